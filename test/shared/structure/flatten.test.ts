import { describe, expect, it } from 'vitest';
import {
  flattenClauses,
  parseDocument,
  sectionsForCli,
  type FlatClause,
} from '../../../shared/structure/index.ts';

const LONG_A =
  'a) Lập dự toán kinh phí hằng năm trước ngày 15 tháng 7 để trình Ủy ban nhân dân tỉnh xem xét, quyết định;';
const LONG_B =
  'b) Báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng theo mẫu quy định.';

function flat(lines: string[]): FlatClause[] {
  return flattenClauses(parseDocument({ text: lines.join('\n'), warnings: [], format: 'txt' }));
}
const view = (f: FlatClause[]) => f.map((c) => [c.key, c.context, c.text.split('\n')[0]]);

describe('flattenClauses', () => {
  it('gives the khoản of an article, each carrying the article lead-in', () => {
    const f = flat([
      'Điều 2. Trách nhiệm của Sở Xây dựng',
      'Sở Xây dựng có trách nhiệm:',
      '1. Chủ trì thẩm định hồ sơ.',
      '2. Trả lời bằng văn bản.',
    ]);
    expect(view(f)).toEqual([
      ['s1/a2/k1', 'Sở Xây dựng có trách nhiệm:', '1. Chủ trì thẩm định hồ sơ.'],
      ['s1/a2/k2', 'Sở Xây dựng có trách nhiệm:', '2. Trả lời bằng văn bản.'],
    ]);
    expect(f[0]).toMatchObject({
      sectionKind: 'body',
      articleNumber: '2',
      articleTitle: 'Điều 2. Trách nhiệm của Sở Xây dựng',
      clauseNumber: '1',
      order: 0,
    });
  });
  it('splits a lead-in khoản with long điểm into điểm carrying the lead-in', () => {
    const f = flat(['Điều 1. A', '2. Phối hợp với Sở Tài chính:', LONG_A, LONG_B]);
    expect(view(f)).toEqual([
      ['s1/a1/k2/a', '2. Phối hợp với Sở Tài chính:', LONG_A],
      ['s1/a1/k2/b', '2. Phối hợp với Sở Tài chính:', LONG_B],
    ]);
    expect(f[1]).toMatchObject({ clauseNumber: '2', pointNumber: 'b' });
  });
  it('keeps a lead-in and its short list as one unit', () => {
    const f = flat([
      'Điều 1. A',
      '1. Hồ sơ gồm:',
      'a) Đơn đề nghị;',
      'b) Bản sao giấy phép.',
      '2. Khoản hai.',
    ]);
    expect(f.map((c) => c.key)).toEqual(['s1/a1/k1', 's1/a1/k2']);
    expect(f[0]?.text).toBe('1. Hồ sơ gồm:\na) Đơn đề nghị;\nb) Bản sao giấy phép.');
  });
  it('keeps a full-sentence khoản as a unit of its own before its items', () => {
    const long = `- ${'Cơ quan, đơn vị ngoài ngành được cấp bản sao tài liệu lưu trữ phải nộp lệ phí theo quy định của pháp luật'}.`;
    const f = flat([
      'Điều 1. A',
      '1. Việc cấp bản sao được thực hiện tại Phòng Lưu trữ.',
      long,
      '- Người đề nghị nộp đơn trực tiếp hoặc qua mạng trong giờ hành chính theo hướng dẫn của Phòng.',
    ]);
    expect(view(f).map((r) => r.slice(0, 2))).toEqual([
      ['s1/a1/k1', ''],
      ['s1/a1/k1/i1', '1. Việc cấp bản sao được thực hiện tại Phòng Lưu trữ.'],
      ['s1/a1/k1/i2', '1. Việc cấp bản sao được thực hiện tại Phòng Lưu trữ.'],
    ]);
    expect(f[0]?.text).toBe('1. Việc cấp bản sao được thực hiện tại Phòng Lưu trữ.');
  });
  it('gives list items under a điểm the điểm as context', () => {
    const item =
      '- Đối với tài liệu thường thì Trưởng phòng Lưu trữ xem xét, cho phép khai thác trong ngày làm việc kể từ khi nhận đủ phiếu yêu cầu.';
    const f = flat([
      'Điều 1. A',
      '1. Khai thác tài liệu:',
      'b) Đối với tài liệu thường:',
      item,
      `${item} `.replace('thường', 'mật'),
    ]);
    expect(f.map((c) => [c.key, c.context, c.pointNumber])).toEqual([
      ['s1/a1/k1/b/i1', 'b) Đối với tài liệu thường:', 'b'],
      ['s1/a1/k1/b/i2', 'b) Đối với tài liệu thường:', 'b'],
    ]);
  });
  it('gives the body of an article with no khoản, and the heading as written', () => {
    const f = flat(['Điều 5.', 'Giá trị pháp lý', 'Ý kiến điện tử có giá trị như văn bản giấy.']);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      key: 's1/a5',
      clauseNumber: '',
      context: '',
      articleTitle: 'Điều 5. Giá trị pháp lý',
      text: 'Ý kiến điện tử có giá trị như văn bản giấy.',
    });
  });
  it('makes keys unique when forms in an appendix repeat article numbers', () => {
    const f = flat([
      'PHỤ LỤC',
      '(Kèm theo Thông tư số 1/2025/TT-BCT)',
      'Điều 1. Kiểm tra việc chấp hành.',
      'Điều 1. Tạm dừng cuộc kiểm tra.',
    ]);
    expect(f.map((c) => [c.key, c.sectionKind])).toEqual([
      ['s1/a1', 'appendix'],
      ['s1/a1~2', 'appendix'],
    ]);
  });
  it('points every unit at its own text', () => {
    const lines = ['Điều 1. A', '1. Hồ sơ gồm:', LONG_A, LONG_B, '2. Khoản hai.'];
    const text = lines.join('\n');
    for (const c of flat(lines)) expect(text.slice(c.span.start, c.span.end).trim()).toBe(c.text);
  });
});

describe('sectionsForCli', () => {
  it('prints the tree without offsets, keeping list items in their khoản', () => {
    const doc = parseDocument({
      text: [
        'Điều 1. Hồ sơ',
        '1. Hồ sơ gồm:',
        '- Đơn;',
        '- Giấy phép.',
        '2. Thời hạn:',
        'a) 05 ngày;',
        'b) 10 ngày.',
      ].join('\n'),
      warnings: [],
      format: 'txt',
    });
    expect(sectionsForCli(doc)).toEqual({
      metadata: doc.metadata,
      sections: [
        {
          kind: 'body',
          title: '',
          articles: [
            {
              number: '1',
              title: 'Hồ sơ',
              clauses: [
                { number: '1', text: '1. Hồ sơ gồm:\n- Đơn;\n- Giấy phép.', points: [] },
                {
                  number: '2',
                  text: '2. Thời hạn:',
                  points: [
                    { number: 'a', text: 'a) 05 ngày;' },
                    { number: 'b', text: 'b) 10 ngày.' },
                  ],
                },
              ],
            },
          ],
        },
      ],
      warnings: doc.warnings,
    });
  });
});
