import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListItem, ParsedDocument, SourceSpan } from '../../../shared/model/document.ts';
import { flattenClauses, parseDocument, sectionsForCli } from '../../../shared/structure/index.ts';

/** Pieces that drive the parser's branches, mixed with arbitrary text. */
const PIECES = [
  'Điều 1.',
  'Điều 2',
  'Điều',
  'ĐIỀU 3:',
  'Điều 12a.',
  'Chương I',
  'Chương IIQUY ĐỊNH',
  'Mục 1',
  'Phần thứ nhất',
  'Tiểu mục 2',
  '1.',
  '2)',
  '4.1.',
  '1.1.1',
  'a)',
  'đ)',
  'a1)',
  'b.',
  '-',
  '+',
  '–',
  '•',
  '-------',
  'Nơi nhận:',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH Nguyễn Văn An',
  'QUYẾT ĐỊNH',
  'QUYẾT ĐỊNH:',
  'QUY CHẾ',
  'PHỤ LỤC',
  'Phụ lục',
  '(Ban hành kèm theo Quyết định số 1/QĐ-UBND ngày 01/01/2025)',
  'Căn cứ Luật Đất đai số 31/2024/QH15;',
  'Số: 5/2025/QĐ-UBND',
  'Hà Nội, ngày 31 tháng 12 năm 2025',
  'có hiệu lực kể từ ngày',
  '2025',
  'Trách nhiệm',
  ':',
  ';',
  '.',
  ' ',
  '\t',
  '\r',
];

const line = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const document = fc.array(line, { maxLength: 60 }).map((ls) => ls.join('\n'));

function within(inner: SourceSpan, outer: SourceSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end;
}

function checkItems(items: ListItem[], parent: SourceSpan): void {
  let prev = parent.start;
  for (const it of items) {
    expect(within(it.span, parent)).toBe(true);
    expect(it.span.start).toBeGreaterThanOrEqual(prev);
    prev = it.span.end;
    checkItems(it.items, it.span);
  }
}

function checkTree(doc: ParsedDocument): void {
  const all: SourceSpan = { start: 0, end: doc.text.length };
  let prevSection = 0;
  for (const s of doc.sections) {
    expect(within(s.span, all)).toBe(true);
    expect(s.span.start).toBeGreaterThanOrEqual(prevSection);
    prevSection = s.span.end;
    for (const h of s.headings) expect(within(h.span, s.span)).toBe(true);
    let prevArticle = s.span.start;
    for (const a of s.articles) {
      expect(within(a.span, s.span)).toBe(true);
      expect(a.span.start).toBeGreaterThanOrEqual(prevArticle);
      prevArticle = a.span.end;
      let prevClause = a.span.start;
      for (const c of a.clauses) {
        expect(within(c.span, a.span)).toBe(true);
        expect(c.span.start).toBeGreaterThanOrEqual(prevClause);
        prevClause = c.span.end;
        expect(doc.text.slice(c.span.start, c.span.end).startsWith(c.text)).toBe(true);
        checkItems(c.items, c.span);
        for (const p of c.points) {
          expect(within(p.span, c.span)).toBe(true);
          checkItems(p.items, p.span);
        }
      }
    }
  }
  if (doc.closing) expect(within(doc.closing, all)).toBe(true);
}

describe('parseDocument on arbitrary text', () => {
  it('never throws, and every span is within bounds and ordered', () => {
    fc.assert(
      fc.property(document, (text) => {
        const doc = parseDocument({ text, warnings: [], format: 'txt' });
        expect(doc.text).toBe(text);
        checkTree(doc);
        const flat = flattenClauses(doc);
        expect(new Set(flat.map((c) => c.key)).size).toBe(flat.length);
        let prev = -1;
        for (const c of flat) {
          expect(within(c.span, { start: 0, end: text.length })).toBe(true);
          expect(c.order).toBe(prev + 1);
          prev = c.order;
        }
        expect(() => JSON.stringify(sectionsForCli(doc))).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('gives every span a page from the page table when one is given', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 5 }), (text, pages) => {
        const size = Math.ceil(text.length / pages) || 1;
        const table = Array.from({ length: pages }, (_, i) => ({
          page: i + 1,
          start: i * size,
          end: Math.min(text.length, (i + 1) * size),
        }));
        const doc = parseDocument({ text, warnings: [], format: 'pdf', pages: table });
        for (const s of doc.sections)
          for (const a of s.articles)
            expect(a.span.page).toBe(Math.min(pages, Math.floor(a.span.start / size) + 1));
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseDocument on adversarial text', () => {
  // Catastrophic regex backtracking would take minutes here; linear work takes milliseconds.
  // The timeout only catches the former, so it is not a timing assertion on normal speed.
  const cases: [string, string][] = [
    ['upper-case line with a long run of spaces', `A${' '.repeat(200_000)}B`],
    ['twenty thousand "Điều 1."', Array.from({ length: 20_000 }, () => 'Điều 1.').join('\n')],
    [
      'twenty thousand repeated list labels',
      `Điều 1. A\n1. x:\n${Array.from({ length: 20_000 }, (_, i) => ['- a', '+ b', 'a) c', '1.1.1 d'][i % 4]).join('\n')}`,
    ],
    ['a long hiệu lực sentence', `Điều 1. ${'có hiệu lực kể từ ngày '.repeat(20_000)}`],
    ['a long signature line', `Nơi nhận:\nTM. ${'Nguyễn '.repeat(30_000)}`],
  ];
  it.each(cases)('%s', { timeout: 10_000 }, (_name, text) => {
    const doc = parseDocument({ text, warnings: [], format: 'txt' });
    expect(flattenClauses(doc).length).toBeGreaterThanOrEqual(0);
    checkTree(doc);
  });
});
