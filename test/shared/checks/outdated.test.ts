/** The outdated-references list: its schema, its pattern syntax, and the two DOC checks on it. */
import { describe, expect, it } from 'vitest';
import {
  builtinOutdated,
  compilePattern,
  runDocChecks,
  validateOutdatedData,
} from '../../../shared/checks/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { fold } from '../../../shared/text/index.ts';
import { docFromText } from './doc-helper.ts';

const matches = (pattern: string, text: string) =>
  compilePattern(pattern).test(fold(text.normalize('NFC')));

describe('outdated list data', () => {
  it('ships a valid, sourced starter list', () => {
    expect(builtinOutdated.entries.length).toBeGreaterThan(5);
    for (const e of builtinOutdated.entries) expect(e.source.length).toBeGreaterThan(10);
  });
  it.each([
    [{ version: '1', entries: [], extra: 1 }, /outdated\.json: .*"extra"/],
    [
      {
        version: '1',
        entries: [{ kind: 'body', pattern: 'x', note: 'n', source: 's', colour: 'red' }],
      },
      /"colour" tại entries\[0\]/,
    ],
    [
      { version: '1', entries: [{ kind: 'body', pattern: 'Sở X', note: 'n' }] },
      /entries\[0\]\.source/,
    ],
    [
      { version: '1', entries: [{ kind: 'law', pattern: 'Sở X', note: 'n', source: 's' }] },
      /entries\[0\]\.kind/,
    ],
    [
      {
        version: '1',
        entries: [{ kind: 'body', pattern: 'Sở X', note: 'n', source: 's', effective: '1/7/2025' }],
      },
      /yyyy-mm-dd/,
    ],
  ])('rejects %j', (data, message) => {
    expect(() => validateOutdatedData(data, 'outdated.json')).toThrow(message);
    expect(() => validateOutdatedData(data, 'outdated.json')).toThrow(AppError);
  });
});

describe('pattern syntax', () => {
  it.each([
    [
      'Luật Tổ chức chính quyền địa phương … 2015',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      true,
    ],
    [
      'Luật Tổ chức chính quyền địa phương … 2015',
      'can cu luat to chuc chinh quyen dia phuong nam 2015',
      true,
    ],
    [
      'Luật Tổ chức chính quyền địa phương … 2015',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      false,
    ],
    [
      'Luật Tổ chức chính quyền địa phương … 2015',
      'Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Luật Đất đai năm 2015',
      false,
    ],
    ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động – Thương binh và Xã hội', true],
    ['Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động-Thương binh và Xã hội', true],
    ['Bộ Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', false],
    ['cấp huyện', 'Ủy ban nhân dân cấp huyện', true],
    ['cấp huyện', 'cấp huyệnx', false],
    ['29-CT/TU … 2013', 'Chỉ thị số 29-CT/TU ngày 06/11/2013 của Ban Thường vụ Thành ủy', true],
    ['29-CT/TU … 2013', 'Chỉ thị số 29-CT/TU ngày 10/5/2024', false],
  ])('%s in "%s" → %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });
});

describe('DOC.outdated_legal_basis and DOC.outdated_body', () => {
  const BODY = `Điều 3. Trách nhiệm thi hành\n1. Văn phòng phối hợp với Ủy ban nhân dân huyện Hòa Vang triển khai Quy chế.\n2. Phòng Tài chính báo cáo Sở Tài chính.`;
  it('reports an outdated basis from the căn cứ lines, with no clause evidence', () => {
    const input = docFromText(BODY, 'quy_dinh', {
      bases: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'],
    });
    const f = runDocChecks(input).filter((x) => x.kind === 'DOC.outdated_legal_basis');
    expect(f.map((x) => x.evidence)).toEqual([[]]);
    expect(f[0]?.explanation.vi).toContain('72/2025/QH15');
  });
  it('reports an outdated body in a clause', () => {
    const f = runDocChecks(docFromText(BODY, 'quy_dinh')).filter(
      (x) => x.kind === 'DOC.outdated_body',
    );
    expect(f.map((x) => [x.message.vi, x.evidence])).toEqual([
      ['Nhắc đến cơ quan, cấp hành chính không còn tồn tại: cấp huyện', ['r3.1']],
    ]);
  });
  it('is silent on current bases and bodies', () => {
    const input = docFromText(
      BODY.replace('Ủy ban nhân dân huyện Hòa Vang', 'Ủy ban nhân dân phường Hải Châu'),
      'quy_dinh',
      { bases: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'] },
    );
    expect(runDocChecks(input).filter((x) => x.kind.startsWith('DOC.outdated'))).toEqual([]);
  });
  it('uses a user-edited list instead of the built-in one', () => {
    const data = validateOutdatedData(
      {
        version: 'u1',
        entries: [
          {
            kind: 'body',
            pattern: 'Sở Tài chính',
            replacedBy: 'Sở Tài chính mới',
            note: 'Thử.',
            source: 'Người dùng',
          },
        ],
      },
      'outdated.json',
    );
    const f = runDocChecks(docFromText(BODY, 'quy_dinh'), data).filter((x) =>
      x.kind.startsWith('DOC.outdated'),
    );
    expect(f.map((x) => x.evidence)).toEqual([['r3.2']]);
  });
  it("skips a higher body's decree", () => {
    expect(runDocChecks(docFromText(BODY, 'nghi_dinh'))).toEqual([]);
  });
});
