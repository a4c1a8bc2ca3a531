import { describe, expect, it } from 'vitest';
import type { ArticleNode, ParsedDocument } from '../../../shared/model/document.ts';
import { parseDocument } from '../../../shared/structure/index.ts';

function parse(
  lines: string[],
  pages?: { page: number; start: number; end: number }[],
): ParsedDocument {
  return parseDocument({ text: lines.join('\n'), warnings: [], format: 'txt', pages });
}
const articles = (d: ParsedDocument): ArticleNode[] => d.sections.flatMap((s) => s.articles);
const numbers = (d: ParsedDocument): string[] => articles(d).map((a) => a.number);
const khoan = (a: ArticleNode | undefined): string[] => (a?.clauses ?? []).map((c) => c.number);

const DECISION = [
  'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
  'Số: 55/2011/QĐ-UBND',
  'Nghệ An, ngày 24 tháng 11 năm 2025',
  'QUYẾT ĐỊNH',
  'Ban hành Quy chế phối hợp giữa các sở',
  'ỦY BAN NHÂN DÂN TỈNH',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa các sở.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 12 năm 2025.',
  'Điều 3. Chánh Văn phòng và Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
  'QUY CHẾ',
  'PHỐI HỢP GIỮA CÁC SỞ',
  '(Ban hành kèm theo Quyết định số 55/2011/QĐ-UBND ngày 24 tháng 11 năm 2025)',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Quy chế này quy định việc phối hợp.',
  'Điều 2. Trách nhiệm của Sở Xây dựng',
  'Sở Xây dựng có trách nhiệm:',
  '1. Chủ trì thẩm định hồ sơ trong thời hạn 05 ngày làm việc; trường hợp hồ sơ chưa đủ thì trả lời bằng văn bản và nêu rõ lý do.',
  '2. Phối hợp với Sở Tài chính:',
  'a) Lập dự toán kinh phí hằng năm trước ngày 15 tháng 7 để trình Ủy ban nhân dân tỉnh xem xét, quyết định;',
  'b) Báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng theo mẫu quy định.',
];

describe('sections', () => {
  const doc = parse(DECISION);
  it('gives the decision and the regulation it issues as two sections', () => {
    expect(doc.sections.map((s) => s.kind)).toEqual(['decision', 'regulation']);
    expect(doc.sections[0]?.articles.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(doc.sections[1]?.articles.map((a) => a.number)).toEqual(['1', '2']);
    expect(doc.sections[1]?.title).toBe('QUY CHẾ PHỐI HỢP GIỮA CÁC SỞ');
    expect(doc.sections[1]?.headings[0]).toMatchObject({
      kind: 'chapter',
      number: 'I',
      title: 'QUY ĐỊNH CHUNG',
    });
    expect(doc.sections[1]?.articles[0]?.path).toEqual(['Chương I. QUY ĐỊNH CHUNG']);
  });
  it('puts Nơi nhận and the signature in closing, not in any clause', () => {
    const closing = doc.closing;
    expect(closing && doc.text.slice(closing.start, closing.end)).toMatch(
      /^Nơi nhận:[\s\S]*Nguyễn Văn An$/,
    );
    for (const a of articles(doc))
      for (const c of a.clauses) expect(c.text).not.toMatch(/Nơi nhận|CHỦ TỊCH/);
  });
  it('reads a decision article written as one sentence as its body, not its title', () => {
    const a2 = doc.sections[0]?.articles[1];
    expect(a2?.title).toBe('');
    expect(a2?.clauses[0]?.text).toBe(
      'Quyết định này có hiệu lực kể từ ngày 05 tháng 12 năm 2025.',
    );
  });
  it('keeps the lead-in, khoản and điểm apart', () => {
    const a = doc.sections[1]?.articles[1];
    expect(khoan(a)).toEqual(['', '1', '2']);
    expect(a?.clauses[0]?.text).toBe('Sở Xây dựng có trách nhiệm:');
    expect(a?.clauses[2]?.points.map((p) => p.number)).toEqual(['a', 'b']);
  });
  it('starts a new section when numbering restarts after a closing block with no title', () => {
    const d = parse([
      'Điều 1. A.',
      'Điều 2. B.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'Chương I',
      'Điều 1. Phạm vi',
      'Nội dung.',
    ]);
    expect(d.sections.map((s) => s.articles.map((a) => a.number))).toEqual([['1', '2'], ['1']]);
  });
  it('keeps appendices as appendix sections', () => {
    const d = parse([
      ...DECISION,
      'PHỤ LỤC I',
      'DANH MỤC HỒ SƠ',
      '(Kèm theo Quyết định số 55/2011/QĐ-UBND)',
      '1. Đơn đề nghị.',
      '2. Bản sao giấy phép.',
    ]);
    const app = d.sections[2];
    expect(app?.kind).toBe('appendix');
    expect(app?.title).toBe('PHỤ LỤC I DANH MỤC HỒ SƠ');
    expect(khoan(app?.articles[0])).toEqual(['1', '2']);
  });
});

describe('article headings', () => {
  it.each([
    ['Điều 1:', ['Điều 1: Phạm vi', 'Điều 2. Đối tượng'], ['1', '2']],
    ['Điều 1 .', ['Điều 1 . Phạm vi', 'Điều 2 . Đối tượng'], ['1', '2']],
    ['all caps', ['ĐIỀU 1. PHẠM VI', 'ĐIỀU 2. ĐỐI TƯỢNG'], ['1', '2']],
    ['12a', ['Điều 12. A', 'Điều 12a. B', 'Điều 13. C'], ['12', '12a', '13']],
    ['no punctuation but in sequence', ['Điều 1. A', 'Điều 2 Trách nhiệm'], ['1', '2']],
  ])('%s', (_name, lines, expected) => {
    expect(numbers(parse(lines))).toEqual(expected);
  });

  it('reads a title on the next line', () => {
    const d = parse(['Điều 5.', 'Trách nhiệm của Sở Tài chính', '1. Thẩm định dự toán.']);
    expect(articles(d)[0]).toMatchObject({ number: '5', title: 'Trách nhiệm của Sở Tài chính' });
    expect(khoan(articles(d)[0])).toEqual(['1']);
  });
  it('joins "Điều" and a number that a converter put on the next line', () => {
    const d = parse([
      'Điều 8. A',
      'Nội dung.',
      'Điều',
      '9. Công bố danh mục',
      '1. Thời gian thực hiện: 15 ngày.',
    ]);
    expect(numbers(d)).toEqual(['8', '9']);
    expect(articles(d)[1]?.title).toBe('Công bố danh mục');
    expect(khoan(articles(d)[1])).toEqual(['1']);
  });
  it('splits a khoản "1." glued to the end of the heading', () => {
    const d = parse([
      'Điều 2. Đối tượng áp dụng 1.',
      'Các cơ quan có nhiệm vụ tiếp nhận hồ sơ.',
      '2. Tổ chức, cá nhân.',
    ]);
    expect(articles(d)[0]?.title).toBe('Đối tượng áp dụng');
    expect(articles(d)[0]?.clauses.map((c) => c.text)).toEqual([
      '1.\nCác cơ quan có nhiệm vụ tiếp nhận hồ sơ.',
      '2. Tổ chức, cá nhân.',
    ]);
  });
  it.each([
    [
      'a cross-reference a broken line put first',
      [
        'Điều 1. A',
        'Việc giao đất thực hiện theo quy định tại khoản 2',
        'Điều 118 Luật Đất đai, thuê đất.',
      ],
    ],
    ['"Điều N của"', ['Điều 1. A', 'Thực hiện theo quy định tại', 'Điều 5 của Luật này.']],
    [
      'a heading-looking line that ends a broken sentence',
      ['Điều 1. A', 'Hồ sơ gửi theo quy định tại', 'Điều 7. Trường hợp khác'],
    ],
    ['"Điều" in running text', ['Điều 1. A', 'Điều kiện đăng ký thực hiện theo Luật.']],
  ])('does not take %s for a heading', (_name, lines) => {
    expect(numbers(parse(lines))).toEqual(['1']);
  });
});

describe('khoản, điểm and list items', () => {
  it('does not split lines that merely start with a number', () => {
    const d = parse([
      'Điều 1. A',
      '1. Năm đầu tiên:',
      '2025 là năm bản lề của giai đoạn.',
      '15 ngày làm việc kể từ ngày nhận hồ sơ.',
      '2.500 hồ sơ mỗi năm.',
      '2. Khoản hai.',
    ]);
    expect(khoan(articles(d)[0])).toEqual(['1', '2']);
  });
  it('does not take an out-of-order number that continues a sentence for a khoản', () => {
    const d = parse([
      'Điều 1. A',
      '1. Thời hạn giải quyết không quá',
      '30. ngày làm việc.',
      '2. Khoản hai.',
    ]);
    expect(khoan(articles(d)[0])).toEqual(['1', '2']);
  });
  it('accepts "1)" khoản, "đ)" and "a1)" điểm', () => {
    const d = parse([
      'Điều 1. A',
      '1) Khoản một:',
      'd) Điểm d;',
      'đ) Điểm đ;',
      'a1) Điểm a1.',
      '2) Khoản hai.',
    ]);
    const a = articles(d)[0];
    expect(khoan(a)).toEqual(['1', '2']);
    expect(a?.clauses[0]?.points.map((p) => p.number)).toEqual(['d', 'đ', 'a1']);
  });
  it('nests "+" under "-" and keeps en-dash and bullets as dashes', () => {
    const d = parse([
      'Điều 1. A',
      '1. Hồ sơ gồm:',
      '- Đơn đề nghị;',
      '+ Bản chính;',
      '+ Bản sao;',
      '– Giấy phép;',
      '• Văn bản khác.',
    ]);
    const items = articles(d)[0]?.clauses[0]?.items ?? [];
    expect(items.map((i) => i.marker)).toEqual(['-', '–', '•']);
    expect(items[0]?.items.map((i) => i.text)).toEqual(['+ Bản chính;', '+ Bản sao;']);
  });
  it('reads "4.1." as a điểm of khoản 4 and its "a)" as items', () => {
    const d = parse([
      'Điều 2. Nhiệm vụ',
      '4. Về bổ trợ tư pháp',
      '4.1. Về luật sư',
      'a) Cấp giấy phép;',
      'b) Thu hồi giấy phép.',
      '4.2. Về công chứng',
      '5. Về thi hành án',
    ]);
    const k4 = articles(d)[0]?.clauses[0];
    expect(khoan(articles(d)[0])).toEqual(['4', '5']);
    expect(k4?.points.map((p) => p.number)).toEqual(['4.1', '4.2']);
    expect(k4?.points[0]?.items.map((i) => i.marker)).toEqual(['a)', 'b)']);
  });
  it('rejoins a name a converter broke at its hyphen instead of making a list item', () => {
    const d = parse([
      'Điều 1. A',
      '3. Chủ tịch Hội đồng Thi đua',
      '- Khen thưởng tỉnh quyết định thành phần.',
      '4. Các tổ chức chính trị',
      '- xã hội tham gia.',
    ]);
    const a = articles(d)[0];
    expect(a?.clauses.map((c) => c.items.length)).toEqual([0, 0]);
    expect(a?.clauses[0]?.text).toContain('Khen thưởng tỉnh');
  });
  it('does not take the tail of a wrapped line ("2." before another marker) for a khoản', () => {
    const d = parse([
      'Điều 1. A',
      '1. Vòng 1 kiểm tra điều kiện; nếu đạt thì được dự vòng',
      '2.',
      '2. Vòng 2: xét nghiệp vụ',
      'a) Hình thức: vấn đáp.',
    ]);
    expect(khoan(articles(d)[0])).toEqual(['1', '2']);
  });
  it.each([
    [
      'Mục 2 Phần XI của Nghị định',
      [
        'Điều 1. A',
        '1. Thực hiện theo quy định tại',
        'Mục 2 Phần XI của Nghị định số 151/2025/NĐ-CP.',
        '2. Khoản hai.',
      ],
    ],
    [
      'Chương III Nghị định số …',
      [
        'Điều 1. A',
        '1. Kiểm soát theo quy định tại',
        'Chương III Nghị định số 45/2020/NĐ-CP.',
        '2. Khoản hai.',
      ],
    ],
  ])('does not take a wrapped reference to %s for a heading', (_name, lines) => {
    const d = parse(lines);
    expect(d.sections[0]?.headings).toEqual([]);
    expect(khoan(articles(d)[0])).toEqual(['1', '2']);
  });
  it('ignores page numbers and running headers between a heading and its title', () => {
    const d = parse([
      'Chương I',
      '- 2 -',
      'QUY ĐỊNH CHUNG',
      'Điều 1.',
      'CÔNG BÁO/Số 45/Ngày 20-01-2025',
      'Phạm vi điều chỉnh',
      'Nội dung.',
      'CÔNG BÁO/Số 45/Ngày 20-01-2025',
      'Điều 2. B',
      'CÔNG BÁO/Số 45/Ngày 20-01-2025',
    ]);
    expect(d.sections[0]?.headings[0]?.title).toBe('QUY ĐỊNH CHUNG');
    expect(articles(d).map((a) => a.title)).toEqual(['Phạm vi điều chỉnh', 'B']);
  });
  it('keeps stray page numbers and cross-references from creating nodes', () => {
    const d = parse([
      'Điều 1. A',
      '1. Theo quy định tại khoản 2 Điều 5 Luật này;',
      '12',
      '2. Khoản hai.',
    ]);
    expect(numbers(d)).toEqual(['1']);
    expect(khoan(articles(d)[0])).toEqual(['1', '2']);
  });
});

describe('spans', () => {
  it('points every node into the text, with pages from the page table', () => {
    const text = DECISION.join('\n');
    const cut = text.indexOf('QUY CHẾ\n');
    const d = parse(DECISION, [
      { page: 1, start: 0, end: cut },
      { page: 2, start: cut, end: text.length },
    ]);
    const reg = d.sections[1];
    expect(reg?.span.page).toBe(2);
    expect(d.sections[0]?.articles[0]?.span.page).toBe(1);
    for (const a of articles(d)) {
      expect(text.slice(a.span.start, a.span.end)).toMatch(/^Điều \d/);
      for (const c of a.clauses)
        expect(text.slice(c.span.start, c.span.end).startsWith(c.text)).toBe(true);
    }
  });
  it('handles empty and headless text without throwing', () => {
    expect(parse(['']).warnings).toContain('Không nhận diện được Điều nào trong văn bản.');
    expect(parse(['Một đoạn văn không có cấu trúc.']).sections).toHaveLength(1);
  });
});
