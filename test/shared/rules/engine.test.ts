import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import {
  builtinPacks,
  classify,
  createEngine,
  RULES_VERSION,
  validatePack,
  type RulePack,
} from '../../../shared/rules/index.ts';

const example = { must_match: ['a', 'b', 'c'], must_not_match: ['d', 'e', 'f'] };
const rule = (over: Record<string, unknown> = {}) => ({
  id: 'test.meeting',
  family: 'PROC',
  kind: 'PROC.meeting',
  matcher: { type: 'phrase', phrases: ['họp'] },
  severity: 'low',
  message: { vi: 'Có cuộc họp', en: 'A meeting' },
  explanation: { vi: 'Giải thích', en: 'Explanation' },
  directive: '2.2',
  suggestion: { vi: 'Xem lại "{matched}"', en: 'Review "{matched}"' },
  examples: example,
  ...over,
});
const pack = (rules: unknown[]): unknown => ({ pack: 'test', version: '0.0.1', rules });

function invalid(data: unknown): AppError {
  try {
    validatePack(data, 'nguoi-dung.json');
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected rules.invalid');
}

describe('validatePack', () => {
  it('accepts the built-in packs', () => {
    expect(builtinPacks.map((p) => p.pack)).toEqual(['proc', 'resp']);
  });

  it.each([
    [pack([{ ...rule(), colour: 'red' }]), 'colour'],
    [pack([rule({ matcher: { type: 'phrase', phrases: ['họp'], fuzzy: true } })]), 'fuzzy'],
    [{ ...(pack([rule()]) as object), author: 'x' }, 'author'],
  ])('names the file and the unknown key (%#)', (data, key) => {
    const e = invalid(data);
    expect(e.code).toBe('rules.invalid');
    expect(e.message).toContain('nguoi-dung.json');
    expect(e.message).toContain(`"${key}"`);
  });

  it.each([
    ['an unknown matcher kind', pack([rule({ matcher: { type: 'llm' } })])],
    ['a kind of another family', pack([rule({ kind: 'RESP.no_actor' })])],
    [
      'too few examples',
      pack([rule({ examples: { must_match: ['a'], must_not_match: ['b', 'c', 'd'] } })]),
    ],
    ['a duplicate id', pack([rule(), rule()])],
  ])('rejects %s', (_name, data) => {
    expect(invalid(data).code).toBe('rules.invalid');
  });
});

describe('engine', () => {
  const testPack = validatePack(pack([rule()]), 'test.json') satisfies RulePack;

  it('fills the suggestion template and reports spans in the clause text', () => {
    const text = 'Giám đốc triệu tập họp tập thể lãnh đạo.';
    const r = classify({ id: 'x', text }, createEngine([testPack]));
    expect(r).toMatchObject({ id: 'x', proc: true, resp: false, kinds: ['PROC.meeting'] });
    const f = r.findings[0];
    expect(f && text.slice(...f.span)).toBe('họp');
    expect(f?.suggestion?.vi).toBe('Xem lại "họp"');
  });

  it('tells "họp" from "hợp" but matches text typed without marks', () => {
    const engine = createEngine([testPack]);
    expect(classify({ id: 'x', text: 'Phòng Tổng hợp phối hợp thực hiện.' }, engine).kinds).toEqual(
      [],
    );
    expect(classify({ id: 'x', text: 'Giam doc trieu tap hop.' }, engine).kinds).toEqual([
      'PROC.meeting',
    ]);
  });

  it('matches NFD input and maps spans back to it', () => {
    const text = 'Các phòng phải họp giao ban.'.normalize('NFD');
    const f = classify({ id: 'x', text }, createEngine([testPack])).findings[0];
    expect(f && text.slice(...f.span).normalize('NFC')).toBe('họp');
  });

  it('skips every rule of a pack for items of a lead-in the pack names', () => {
    const skipping = validatePack(
      {
        ...(pack([rule()]) as object),
        skip: { context: { patterns: ['\\bhinh thuc(?: sau)?\\s*:\\s*$'] } },
      },
      'skip.json',
    );
    const engine = createEngine([skipping]);
    const text = 'b) Họp giao ban định kỳ giữa hai cơ quan;';
    expect(
      classify({ id: 'x', text, context: 'Phối hợp qua các hình thức sau:' }, engine).kinds,
    ).toEqual([]);
    expect(
      classify({ id: 'x', text, context: 'Hai cơ quan có trách nhiệm:' }, engine).kinds,
    ).toEqual(['PROC.meeting']);
  });

  it('honours disabled rules and severity overrides', () => {
    const text = 'Các phòng họp giao ban.';
    expect(
      classify({ id: 'x', text }, createEngine([testPack], { disabled: ['test.meeting'] }))
        .findings,
    ).toEqual([]);
    const f = classify(
      { id: 'x', text },
      createEngine([testPack], { severity: { 'test.meeting': 'high' } }),
    ).findings[0];
    expect(f?.severity).toBe('high');
  });

  it('refuses the same rule id in two packs', () => {
    expect(() => createEngine([testPack, testPack])).toThrow(AppError);
  });

  it('lets guards explain a match away and keeps the others', () => {
    const fee = validatePack(
      pack([
        rule({
          id: 'test.fee',
          kind: 'PROC.fee',
          matcher: { type: 'phrase', phrases: ['phí'] },
          guards: ['negated', 'power'],
        }),
      ]),
      'test.json',
    );
    const engine = createEngine([fee]);
    expect(classify({ id: 'x', text: 'Tổ chức nộp phí thẩm định.' }, engine).kinds).toEqual([
      'PROC.fee',
    ]);
    expect(classify({ id: 'x', text: 'Người dân không phải nộp phí.' }, engine).kinds).toEqual([]);
    expect(
      classify({ id: 'x', text: 'Sở có quyền thu phí theo biểu phí được duyệt.' }, engine).kinds,
    ).toEqual([]);
  });

  it('rejects a guard outside the closed set', () => {
    expect(invalid(pack([rule({ guards: ['sarcasm'] })])).code).toBe('rules.invalid');
  });

  it('silences a rule when its unless term is found in the heading', () => {
    const silenced = validatePack(
      pack([rule({ unless: { article: { patterns: ['\\bnguyen tac\\b'] } } })]),
      'test.json',
    );
    const engine = createEngine([silenced]);
    const text = 'Các phòng họp giao ban.';
    expect(
      classify({ id: 'x', text, article: 'Điều 2. Nguyên tắc làm việc' }, engine).kinds,
    ).toEqual([]);
    expect(classify({ id: 'x', text, article: 'Điều 9. Chế độ họp' }, engine).kinds).toEqual([
      'PROC.meeting',
    ]);
  });

  it('does not let an exception inside the matched words silence it', () => {
    const fee = validatePack(
      pack([
        rule({
          id: 'test.fee',
          kind: 'PROC.fee',
          matcher: { type: 'phrase', phrases: ['đóng góp kinh phí'] },
          exceptions: { phrases: ['kinh phí'], near: 5 },
        }),
      ]),
      'test.json',
    );
    const text = 'Học viên đóng góp kinh phí ăn ở.';
    expect(classify({ id: 'x', text }, createEngine([fee])).kinds).toEqual(['PROC.fee']);
  });

  it('keeps the order of an ordered co-occurrence', () => {
    const send = validatePack(
      pack([
        rule({
          id: 'test.send',
          kind: 'PROC.report',
          matcher: {
            type: 'cooccur',
            ordered: true,
            maxGap: 40,
            all: [{ phrases: ['gửi'] }, { patterns: ['\\b(?:den|cho)\\b'] }],
          },
        }),
      ]),
      'test.json',
    );
    const engine = createEngine([send]);
    expect(
      classify({ id: 'x', text: 'Các phòng gửi báo cáo đến Văn phòng.' }, engine).kinds,
    ).toEqual(['PROC.report']);
    expect(classify({ id: 'x', text: 'Đến hạn, các phòng gửi báo cáo.' }, engine).kinds).toEqual(
      [],
    );
  });

  it('records a version of the built-in rules', () => {
    expect(RULES_VERSION).toMatch(/^proc@[\w.]+\+resp@[\w.]+#[0-9a-f]{8}$/);
  });
});

describe('built-in rules on clauses of directive-model.md §3 (written for the spec)', () => {
  it.each([
    [
      'Hồ sơ đề nghị gồm: đơn, bản sao có chứng thực giấy phép và các giấy tờ khác có liên quan.',
      'PROC.dossier',
    ],
    [
      'Trước khi ban hành, dự thảo phải được Phó Giám đốc phụ trách cho ý kiến bằng văn bản.',
      'PROC.approval',
    ],
    [
      'Các phòng báo cáo tình hình thực hiện bằng văn bản về Văn phòng trước ngày 20 hằng tháng.',
      'PROC.report',
    ],
    [
      'Nội dung phải được đưa ra họp tập thể lãnh đạo và lấy ý kiến các phòng trước khi trình.',
      'PROC.meeting',
    ],
    ['Tổ chức đề nghị chịu chi phí khảo sát thực tế.', 'PROC.fee'],
    ['Thời hạn giải quyết là 30 ngày làm việc, có thể gia hạn thêm 15 ngày.', 'PROC.time'],
    ['Người đề nghị nộp hồ sơ trực tiếp tại Bộ phận một cửa.', 'PROC.in_person'],
    ['Hồ sơ gồm đơn và các tài liệu khác theo yêu cầu của cơ quan giải quyết.', 'PROC.open_ended'],
    ['Hồ sơ được xem xét, giải quyết theo đúng quy định.', 'RESP.no_actor'],
    ['Các đơn vị có liên quan có trách nhiệm phối hợp thực hiện.', 'RESP.vague_actor'],
    ['Phòng Tổng hợp và Phòng Pháp chế cùng chủ trì tham mưu nội dung này.', 'RESP.no_lead'],
    ['Bộ phận chuyên môn kịp thời tham mưu xử lý khi cần thiết.', 'RESP.vague_time'],
    ['Việc lưu trữ hồ sơ thực hiện theo quy định hiện hành.', 'RESP.vague_reference'],
    [
      'Trường hợp chưa rõ, Trưởng phòng báo cáo xin ý kiến Giám đốc trước khi giải quyết.',
      'RESP.escalation',
    ],
    ['Giám đốc ủy quyền cho Phó Giám đốc ký thay các văn bản khi cần thiết.', 'RESP.delegation'],
    ['Tùy theo tình hình thực tế, lãnh đạo phòng quyết định việc tổ chức họp.', 'RESP.discretion'],
  ])('%s → %s', (text, kind) => {
    expect(classify({ id: 's', text }).kinds).toContain(kind);
  });

  it('finds nothing to fault in the well-formed clause', () => {
    const text =
      'Trưởng phòng Hành chính chủ trì, phối hợp với Phòng Tài chính hoàn thành dự thảo và trình Giám đốc trước ngày 15/3/2024; quá thời hạn 03 ngày làm việc mà Phòng Tài chính không có ý kiến thì được xem là đồng ý.';
    expect(classify({ id: 'g', text }).resp).toBe(false);
  });

  it('takes the actor from the lead-in', () => {
    const text = 'a) Rà soát thủ tục hành chính thuộc phạm vi quản lý.';
    expect(
      classify({ id: 'c', text, context: 'Các cơ quan, đơn vị có liên quan có trách nhiệm:' })
        .kinds,
    ).toContain('RESP.vague_actor');
    expect(classify({ id: 'c', text, context: 'Sở Nội vụ có trách nhiệm:' }).kinds).not.toContain(
      'RESP.vague_actor',
    );
  });
});
