/**
 * DOC.outdated_legal_basis and DOC.outdated_body: references to laws and bodies that the
 * outdated list (outdated-data.ts) marks as replaced. Legal bases are looked for in the căn cứ
 * lines and the clauses; bodies in the clauses, their headings, the issuer and the title.
 */
import type { PreparedText } from '../analysis/prepared.ts';
import { prepareText } from '../analysis/prepared.ts';
import type { Metadata } from '../model/document.ts';
import { escapeRegExp, fold, normalizeText, WORD_END, WORD_START } from '../text/index.ts';
import { docFinding } from './messages.ts';
import type { OutdatedData, OutdatedEntry } from './outdated-data.ts';
import type { Scanned } from './scan.ts';
import type { DocFinding } from './types.ts';

const DASH = /^[-–—]$/;

function partSource(part: string): string {
  const tokens = fold(normalizeText(part)).replace(/[-–—]/g, ' - ').trim().split(/\s+/);
  let src = '';
  tokens.forEach((t, i) => {
    const dash = DASH.test(t);
    if (i > 0) src += dash || DASH.test(tokens[i - 1] ?? '') ? String.raw`\s*` : String.raw`\s+`;
    src += dash ? '[-–—]' : escapeRegExp(t);
  });
  return src;
}

/** A RegExp over folded text for one pattern of the outdated list (syntax in outdated-data.ts). */
export function compilePattern(pattern: string): RegExp {
  const parts = pattern
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const body = parts.map(partSource).join(String.raw`[^;\n]{0,60}?`);
  return new RegExp(WORD_START + body + WORD_END, 'u');
}

type Compiled = { entry: OutdatedEntry; res: RegExp[] };

const cache = new WeakMap<OutdatedData, Compiled[]>();

function compiled(data: OutdatedData): Compiled[] {
  let c = cache.get(data);
  if (!c) {
    c = data.entries.map((entry) => ({
      entry,
      res: [entry.pattern, ...(entry.variants ?? [])].map(compilePattern),
    }));
    cache.set(data, c);
  }
  return c;
}

const hit = (res: RegExp[], p: PreparedText): boolean => res.some((re) => re.test(p.folded));

function finding(entry: OutdatedEntry, evidence: string[]): DocFinding {
  const slots = {
    pattern: entry.pattern.replace(/\s*(?:…|\.\.\.)\s*/g, ' … '),
    replacedBy: entry.replacedBy ?? '(chưa xác định)',
    note: entry.note,
  };
  return docFinding(entry.kind === 'body' ? 'body' : 'legal_basis', evidence, { slots });
}

/** One finding per list entry the document refers to, with the clauses that refer to it. */
export function checkOutdated(
  scanned: readonly Scanned[],
  metadata: Metadata,
  data: OutdatedData,
): DocFinding[] {
  const bases = metadata.bases.map((b) => prepareText(b.text));
  const head = [metadata.issuer, metadata.title].filter((s) => s !== undefined).map(prepareText);
  const out: DocFinding[] = [];
  for (const { entry, res } of compiled(data)) {
    const seenTitles = new Set<string>();
    const evidence: string[] = [];
    for (const s of scanned) {
      const inTitle =
        entry.kind === 'body' && hit(res, s.title) && !seenTitles.has(s.clause.articleNumber);
      if (inTitle) seenTitles.add(s.clause.articleNumber);
      if (inTitle || hit(res, s.full)) evidence.push(s.clause.id);
    }
    const outside = entry.kind === 'legal_basis' ? bases : head;
    if (evidence.length > 0 || outside.some((p) => hit(res, p))) out.push(finding(entry, evidence));
  }
  return out;
}
