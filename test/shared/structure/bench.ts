/**
 * Prints figures for the structure parser; never asserts. Run: npx node test/shared/structure/bench.ts
 * - parse + flatten time of the largest corpus document and of the whole corpus;
 * - articles and khoản kept when 30 damaged copies of every document are parsed (reader artefacts);
 * - share of the labelled clauses that come out as exactly one unit.
 */
import { readFileSync } from 'node:fs';
import type { ParsedDocument } from '../../../shared/model/document.ts';
import { flattenClauses, parseDocument } from '../../../shared/structure/index.ts';
import { normalizeText } from '../../../shared/text/index.ts';
import { CORPUS_DIR, loadDoc, loadIndex } from './corpus.ts';
import { damage } from './damage.ts';

const parse = (text: string): ParsedDocument =>
  parseDocument({ text, warnings: [], format: 'txt' });
const rows = loadIndex();
const texts = rows.map((r) => ({ id: r.id, text: loadDoc(r) }));

const largest = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
for (let i = 0; i < 5; i++) flattenClauses(parse(largest.text));
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  flattenClauses(parse(largest.text));
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const ms = (x: number | undefined): string => `${(x ?? 0).toFixed(1)} ms`;
console.log(
  `parse+flatten ${largest.id} (${largest.text.length} chars): median ${ms(times[15])}, p90 ${ms(times[27])}, max ${ms(times[29])}`,
);
const t0 = performance.now();
for (const t of texts) flattenClauses(parse(t.text));
const total = texts.reduce((n, t) => n + t.text.length, 0);
console.log(`whole corpus (${texts.length} docs, ${total} chars): ${ms(performance.now() - t0)}`);

type Counts = [number, number];
const counts = (d: ParsedDocument): Counts => {
  const main = d.sections
    .filter((s) => s.kind !== 'appendix')
    .flatMap((s) => s.articles.filter((a) => a.number));
  return [main.length, main.flatMap((a) => a.clauses.filter((c) => c.number)).length];
};
let articles = 0;
let articlesKept = 0;
let khoan = 0;
let khoanMissing = 0;
let khoanExtra = 0;
for (const t of texts) {
  const [a, k] = counts(parse(t.text));
  for (let seed = 0; seed < 30; seed++) {
    const [a2, k2] = counts(parse(damage(t.text, seed * 101 + Number(t.id))));
    articles += a;
    articlesKept += Math.min(a, a2);
    khoan += k;
    khoanMissing += Math.max(0, k - k2);
    khoanExtra += Math.max(0, k2 - k);
  }
}
console.log(
  `reader artefacts (30 damaged copies each): articles ${articlesKept}/${articles}, khoản missing ${khoanMissing}/${khoan}, invented ${khoanExtra}`,
);

type Label = { doc: string; text: string; not_a_clause?: boolean };
const norm = (s: string): string => normalizeText(s).replace(/\s+/g, ' ').trim();
const labels = readFileSync(`${CORPUS_DIR}labels/dev.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Label)
  .filter((l) => !l.not_a_clause);
const units = new Map(
  texts.map((t) => [t.id, flattenClauses(parse(t.text)).map((c) => norm(c.text))]),
);
const exact = labels.filter((l) => units.get(l.doc)?.includes(norm(l.text))).length;
const inside = labels.filter(
  (l) =>
    !units.get(l.doc)?.includes(norm(l.text)) &&
    units.get(l.doc)?.some((u) => u.includes(norm(l.text))),
).length;
console.log(
  `labelled clauses: ${exact}/${labels.length} exactly one unit, ${inside} more inside a larger unit`,
);
