/**
 * The PDF, DOCX and DOC readers hand the parser text with artefacts: headings split from their
 * titles, "Điều" split from its number, page numbers and running headers between any two lines,
 * long paragraphs hard-wrapped, tabs after list labels, blank lines, CRLF. Each corpus document
 * is damaged that way (deterministically) and must still give every article and ≥ 99% of khoản.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../shared/model/document.ts';
import { parseDocument } from '../../../shared/structure/index.ts';
import { loadDoc, loadIndex } from './corpus.ts';
import { damage } from './damage.ts';

type Counts = { articles: number; khoan: number };
function counts(doc: ParsedDocument): Counts {
  const main = doc.sections
    .filter((s) => s.kind !== 'appendix')
    .flatMap((s) => s.articles.filter((a) => a.number));
  return {
    articles: main.length,
    khoan: main.flatMap((a) => a.clauses.filter((c) => c.number)).length,
  };
}

const parse = (text: string): ParsedDocument =>
  parseDocument({ text, warnings: [], format: 'pdf' });

describe('reader artefacts', () => {
  const rows = loadIndex();
  it.each(rows.map((r) => [r.id, r] as const))(
    '%s: all articles and at least 99 per cent of khoản survive',
    (id, row) => {
      const text = loadDoc(row);
      const clean = counts(parse(text));
      for (const seed of [1, 2, 3]) {
        const got = counts(parse(damage(text, Number(id) * 10 + seed)));
        expect(got.articles, `seed ${seed}`).toBe(clean.articles);
        expect(got.khoan, `seed ${seed}`).toBeGreaterThanOrEqual(Math.floor(clean.khoan * 0.99));
        expect(got.khoan, `seed ${seed}`).toBeLessThanOrEqual(Math.ceil(clean.khoan * 1.01));
      }
    },
  );

  it('damages the text for real', () => {
    const text = loadDoc(rows.find((r) => r.id === '006') ?? (rows[0] as (typeof rows)[number]));
    const damaged = damage(text, 1);
    expect(damaged).toMatch(/^Điều\r?$/mu);
    expect(damaged).toMatch(/^Điều \d+\.\r?$/mu);
    expect(damaged).toContain('CÔNG BÁO/Số 45 + 46');
    expect(damaged.split('\n').length).toBeGreaterThan(text.split('\n').length * 1.2);
  });
});
