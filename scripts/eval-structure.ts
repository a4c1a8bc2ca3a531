/**
 * How much of each corpus document's structure survives each file format: articles and khoản
 * found vs expected, and whether they come back in order. "Expected" is read from the corpus
 * text by its own rules, independently of the structure parser.
 *
 *   npx node scripts/eval-structure.ts [--all] [--formats txt,docx,pdf] [--child]
 *
 * Columns "dòng" measure the reader alone (the article/khoản lines present in the extracted
 * text); columns "cấu trúc" measure reader + parser (parseDocument).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedText, ParsedDocument } from '../shared/model/document.ts';
import { normalizeText } from '../shared/text/index.ts';
import { readDocument } from '../electron/backend/formats/read.ts';
import {
  parseFileInChild,
  shutdownParseChildren,
} from '../electron/backend/formats/parse-in-child.ts';
import { DOC_FORMATS, ensureFixtures, type DocFormat } from './make-fixtures.ts';

const ARTICLE = /^Điều\s+(\d+[a-zđ]?)\s*\./u;
const CLAUSE = /^(\d{1,3})\.\s/u;
/** Lines that end an article's body for counting purposes. */
const ARTICLE_END = /^(Chương|Mục|Phần|Tiểu mục|PHỤ LỤC|Phụ lục|Nơi nhận)\b/u;

function isCapsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export type Outline = { articles: string[]; clauses: string[] };

/** Articles ("12") and khoản ("12/3") of a text with one paragraph a line, in order. */
export function sourceOutline(text: string): Outline {
  const articles: string[] = [];
  const clauses: string[] = [];
  let current: string | null = null;
  const lines = normalizeText(text)
    .split('\n')
    .map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // "Điều" alone, its number and title on the next line, is one heading split in two.
    const split = line === 'Điều' ? /^(\d+[a-zđ]?)\.\s/u.exec(lines[i + 1] ?? '') : null;
    const a = ARTICLE.exec(line) ?? split;
    if (a) {
      current = a[1] ?? '';
      articles.push(current);
      if (split) i++;
      continue;
    }
    if (ARTICLE_END.test(line) || isCapsLine(line)) {
      current = null;
      continue;
    }
    const c = CLAUSE.exec(line);
    if (c && current !== null) clauses.push(`${current}/${c[1]}`);
  }
  return { articles, clauses };
}

/** Articles and numbered khoản of a parsed document, in order. */
export function parsedOutline(doc: ParsedDocument): Outline {
  const articles: string[] = [];
  const clauses: string[] = [];
  for (const section of doc.sections) {
    for (const article of section.articles) {
      // Text outside any article (appendix bodies, stray lines) is kept as an unnumbered article.
      if (article.number === '') continue;
      articles.push(article.number);
      for (const clause of article.clauses)
        if (clause.number !== '') clauses.push(`${article.number}/${clause.number}`);
    }
  }
  return { articles, clauses };
}

/** Length of the longest common subsequence: how many expected items came back in order. */
export function inOrder(expected: string[], found: string[]): number {
  let prev = new Array<number>(found.length + 1).fill(0);
  for (const e of expected) {
    const row = new Array<number>(found.length + 1).fill(0);
    for (let j = 1; j <= found.length; j++) {
      row[j] =
        e === found[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    prev = row;
  }
  return prev[found.length] ?? 0;
}

type Score = { expected: number; matched: number; extra: number };
type Row = {
  id: string;
  format: DocFormat;
  lines: [Score, Score];
  parsed: [Score, Score] | null;
  ms: number;
  error?: string;
};

function score(expected: string[], found: string[]): Score {
  const matched = inOrder(expected, found);
  return { expected: expected.length, matched, extra: found.length - matched };
}

type Parse = (input: ExtractedText) => ParsedDocument;

async function loadParser(): Promise<Parse | null> {
  const file = path.resolve(import.meta.dirname, '../shared/structure/index.ts');
  if (!fs.existsSync(file)) return null;
  const mod = (await import(file)) as { parseDocument: Parse };
  return mod.parseDocument;
}

async function evaluate(
  id: string,
  format: DocFormat,
  file: string,
  expected: Outline,
  parse: Parse | null,
  child: boolean,
): Promise<Row> {
  const started = performance.now();
  try {
    const extracted = await readDocument(file);
    const lines = sourceOutline(extracted.text);
    let parsed: [Score, Score] | null = null;
    if (parse) {
      const doc = child ? await parseFileInChild(file) : parse(extracted);
      const o = parsedOutline(doc);
      parsed = [score(expected.articles, o.articles), score(expected.clauses, o.clauses)];
    }
    const ms = performance.now() - started;
    return {
      id,
      format,
      lines: [score(expected.articles, lines.articles), score(expected.clauses, lines.clauses)],
      parsed,
      ms,
    };
  } catch (err) {
    const zero = (n: number): Score => ({ expected: n, matched: 0, extra: 0 });
    const pair: [Score, Score] = [zero(expected.articles.length), zero(expected.clauses.length)];
    return {
      id,
      format,
      lines: pair,
      parsed: parse ? pair : null,
      ms: performance.now() - started,
      error: String(err),
    };
  }
}

const pct = (s: Score): string =>
  s.expected === 0 ? '—' : ((100 * s.matched) / s.expected).toFixed(1) + '%';
const frac = (s: Score): string =>
  `${s.matched}/${s.expected}${s.extra > 0 ? ` (+${s.extra})` : ''}`;

function printTable(rows: Row[]): void {
  const header = [
    'văn bản',
    'định dạng',
    'dòng Điều',
    'dòng khoản',
    'cấu trúc Điều',
    '%',
    'cấu trúc khoản',
    '%',
    'ms',
  ];
  const body = rows.map((r) => [
    r.id,
    r.format,
    frac(r.lines[0]),
    frac(r.lines[1]),
    r.parsed ? frac(r.parsed[0]) : '—',
    r.parsed ? pct(r.parsed[0]) : '—',
    r.parsed ? frac(r.parsed[1]) : '—',
    r.parsed ? pct(r.parsed[1]) : '—',
    r.error ? 'LỖI' : r.ms.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(fmt(b));
  for (const r of rows) if (r.error) console.log(`LỖI ${r.id}.${r.format}: ${r.error}`);
}

function sum(scores: Score[]): Score {
  return scores.reduce(
    (a, s) => ({
      expected: a.expected + s.expected,
      matched: a.matched + s.matched,
      extra: a.extra + s.extra,
    }),
    {
      expected: 0,
      matched: 0,
      extra: 0,
    },
  );
}

function printTotals(rows: Row[], formats: readonly DocFormat[]): void {
  console.log('\nTổng theo định dạng (khớp đúng thứ tự / kỳ vọng; (+n) = thừa):');
  for (const format of formats) {
    const rs = rows.filter((r) => r.format === format);
    const lines = [sum(rs.map((r) => r.lines[0])), sum(rs.map((r) => r.lines[1]))] as const;
    const parsed = rs.every((r) => r.parsed)
      ? [sum(rs.map((r) => r.parsed?.[0] as Score)), sum(rs.map((r) => r.parsed?.[1] as Score))]
      : null;
    const structure = parsed
      ? `cấu trúc: Điều ${frac(parsed[0] as Score)} ${pct(parsed[0] as Score)}, khoản ${frac(parsed[1] as Score)} ${pct(parsed[1] as Score)}`
      : 'cấu trúc: —';
    console.log(
      `  ${format.padEnd(6)} dòng: Điều ${pct(lines[0])}, khoản ${pct(lines[1])} | ${structure}`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const all = argv.includes('--all');
  const child = argv.includes('--child');
  const formatArg = argv.find((a) => a.startsWith('--formats='))?.slice('--formats='.length);
  const formats = formatArg
    ? DOC_FORMATS.filter((f) => formatArg.split(',').includes(f))
    : DOC_FORMATS;
  const fixtures = await ensureFixtures({ all });
  const parse = await loadParser();
  if (!parse) console.log('Chưa có shared/structure/index.ts: chỉ đo phần đọc tệp (cột "dòng").\n');
  const rows: Row[] = [];
  for (const doc of fixtures.docs) {
    const expected = sourceOutline(fs.readFileSync(doc.source, 'utf8'));
    for (const format of formats)
      rows.push(
        await evaluate(doc.id, format, fixtures.file(doc.id, format), expected, parse, child),
      );
  }
  printTable(rows);
  printTotals(rows, formats);
  shutdownParseChildren();
  return rows.some((r) => r.error) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
