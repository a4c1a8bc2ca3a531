/** C3–C5 checks on short working regulations written for these tests. */
import { describe, expect, it } from 'vitest';
import { runDocChecks } from '../../../shared/checks/index.ts';
import type { DocKind, Severity } from '../../../shared/model/finding.ts';
import { docFromText } from './doc-helper.ts';

const PRINCIPLE = `Điều 1. Nguyên tắc làm việc
1. Sở làm việc theo nguyên tắc tập trung dân chủ, chế độ thủ trưởng.
2. Những vấn đề quan trọng được đưa ra thảo luận tập thể tại cuộc họp Ban Giám đốc; Giám đốc kết luận và quyết định.`;
const HEAD = `Điều 2. Trách nhiệm của Giám đốc Sở
1. Giám đốc Sở trực tiếp quyết định các vấn đề về tổ chức bộ máy, cán bộ và tài chính.
2. Giám đốc chịu trách nhiệm trước Ủy ban nhân dân thành phố về toàn bộ hoạt động của Sở, kể cả khi các phòng chậm trễ tiến độ.`;

type Case = {
  name: string;
  kind: DocKind;
  text: string;
  severity?: Severity;
  stateAdministrative?: boolean;
};

/** Cases where the kind must be reported (with that severity) … */
const FIRES: Case[] = [
  {
    name: 'no democratic centralism',
    kind: 'DOC.no_democratic_centralism',
    severity: 'high',
    text: `Điều 1. Nguyên tắc làm việc\n1. Sở làm việc theo chế độ thủ trưởng; Giám đốc quyết định mọi việc.\n${HEAD}`,
  },
  {
    name: 'centralism stated, no collective decision',
    kind: 'DOC.no_democratic_centralism',
    severity: 'low',
    text: `Điều 1. Nguyên tắc làm việc\n1. Sở làm việc theo nguyên tắc tập trung dân chủ, chế độ thủ trưởng.\n${HEAD}`,
  },
  {
    name: 'no head regime',
    kind: 'DOC.no_head_regime',
    severity: 'medium',
    text: `Điều 1. Nguyên tắc làm việc\n1. Sở làm việc theo nguyên tắc tập trung dân chủ.\n2. Các vấn đề lớn được thảo luận tập thể trước khi quyết định.\n${HEAD}`,
  },
  {
    name: 'head regime with nothing reserved to the head',
    kind: 'DOC.no_head_regime',
    severity: 'low',
    text: `${PRINCIPLE.replace('Giám đốc kết luận và quyết định', 'Văn phòng tổng hợp ý kiến')}\nĐiều 2. Trách nhiệm của Giám đốc Sở\n1. Giám đốc chịu trách nhiệm trước Ủy ban nhân dân thành phố về tiến độ công việc của Sở.`,
  },
  {
    name: 'no article on the head',
    kind: 'DOC.no_head_responsibility',
    severity: 'high',
    text: `${PRINCIPLE}\nĐiều 2. Trách nhiệm của Trưởng phòng\n1. Trưởng phòng chịu trách nhiệm trước Giám đốc về công việc của phòng.`,
  },
  {
    name: "deputy's article only",
    kind: 'DOC.no_head_responsibility',
    severity: 'high',
    text: `${PRINCIPLE}\nĐiều 2. Trách nhiệm của Phó Giám đốc\n1. Phó Giám đốc chịu trách nhiệm trước Giám đốc về lĩnh vực được phân công.`,
  },
  {
    name: 'head article without accountability',
    kind: 'DOC.no_head_responsibility',
    severity: 'medium',
    text: `${PRINCIPLE}\nĐiều 2. Nhiệm vụ, quyền hạn của Giám đốc\n1. Giám đốc lãnh đạo, điều hành toàn bộ hoạt động của Sở.`,
  },
  {
    name: 'head accountable but not for delays',
    kind: 'DOC.no_head_responsibility',
    severity: 'low',
    text: `${PRINCIPLE}\nĐiều 2. Trách nhiệm của Giám đốc\n1. Giám đốc chịu trách nhiệm trước pháp luật về hoạt động của Sở.`,
  },
];

/** … and cases where it must not be. */
const SILENT: Case[] = [
  {
    name: 'centralism stated and given effect',
    kind: 'DOC.no_democratic_centralism',
    text: `${PRINCIPLE}\n${HEAD}`,
  },
  {
    name: 'centralism typed without diacritics',
    kind: 'DOC.no_democratic_centralism',
    text: `Điều 1. Nguyên tắc\n1. So lam viec theo nguyen tac tap trung dan chu.\n2. Cac van de lon duoc bieu quyet theo da so tai cuoc hop.`,
  },
  {
    name: 'head regime stated, head decides',
    kind: 'DOC.no_head_regime',
    text: `${PRINCIPLE}\n${HEAD}`,
  },
  {
    name: 'collegial body',
    kind: 'DOC.no_head_regime',
    text: `Điều 1. Nguyên tắc\n1. Hội đồng làm việc theo chế độ tập thể, quyết định theo đa số.`,
  },
  {
    name: 'not a state administrative body',
    kind: 'DOC.no_head_regime',
    stateAdministrative: false,
    text: `Điều 1. Nguyên tắc\n1. Trường làm việc theo nguyên tắc tập trung dân chủ.`,
  },
  {
    name: 'head accountable for delays',
    kind: 'DOC.no_head_responsibility',
    text: `${PRINCIPLE}\n${HEAD}`,
  },
  {
    name: 'head as subject outside a head article',
    kind: 'DOC.no_head_responsibility',
    text: `${PRINCIPLE}\nĐiều 9. Tổ chức thực hiện\n1. Thủ trưởng cơ quan chịu trách nhiệm khi đơn vị chậm trễ, né tránh, đùn đẩy công việc.`,
  },
];

const run = (c: Case) =>
  runDocChecks(
    docFromText(
      c.text,
      'quy_che_lam_viec',
      c.stateAdministrative === undefined ? {} : { stateAdministrative: c.stateAdministrative },
    ),
  ).filter((f) => f.kind === c.kind);

describe('principle and head checks', () => {
  it.each(FIRES.map((c) => [c.name, c] as const))('fires: %s', (_n, c) => {
    const found = run(c);
    expect(found.map((f) => f.severity)).toEqual([c.severity]);
    expect(found[0]?.message.vi.length).toBeGreaterThan(10);
    expect(found[0]?.directiveRef).toMatch(/^\d/);
  });
  it.each(SILENT.map((c) => [c.name, c] as const))('silent: %s', (_n, c) => {
    expect(run(c)).toEqual([]);
  });
  it('points at the stating clause when the principle has no effect', () => {
    const text = `Điều 1. Nguyên tắc làm việc\n1. Sở làm việc theo nguyên tắc tập trung dân chủ.\n${HEAD}`;
    const [f] = runDocChecks(docFromText(text, 'quy_che_lam_viec')).filter(
      (x) => x.kind === 'DOC.no_democratic_centralism',
    );
    expect(f?.evidence).toEqual(['r1.1']);
  });
});
