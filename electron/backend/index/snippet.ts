/**
 * A short excerpt of a clause around its best match, with the matched syllables' ranges. Matching
 * runs on the folded text, which has the length of the original, so ranges apply to it as is.
 */
import { eachWord, fastFold, fastLowerKeep, isWordCode } from './fast-fold.ts';
import type { ParsedQuery } from './query.ts';
import type { Range, Snippet } from './types.ts';

export const SNIPPET_WIDTH = 160;
/** How much text to keep before the anchoring match. */
const LEAD = 50;

type Hit = { start: number; end: number; term: number; exact: boolean };

function findHits(text: string, q: ParsedQuery): Hit[] {
  const folded = fastFold(text);
  const lower = q.hasDiacritics ? fastLowerKeep(text) : folded;
  const hits: Hit[] = [];
  eachWord(folded, (start, end) => {
    const w = folded.slice(start, end);
    const term = q.terms.findIndex((t) => w === t.folded || (t.prefix && w.startsWith(t.folded)));
    const t = q.terms[term];
    if (t)
      hits.push({
        start,
        end,
        term,
        exact: t.exact !== null && lower.slice(start, end) === t.exact,
      });
  });
  return hits;
}

/** Best place to show: the first hit that starts an adjacent query pair, else exact, else any. */
function anchor(hits: Hit[], q: ParsedQuery, text: string): Hit | undefined {
  let best: Hit | undefined;
  let bestQuality = -1;
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    const adjacent =
      next !== undefined &&
      /^\s+$/.test(text.slice(h.end, next.start)) &&
      q.pairs.some((p) => p.a === h.term && p.b === next.term);
    const quality = (adjacent ? 2 : 0) + (h.exact ? 1 : 0);
    if (quality > bestQuality) {
      best = h;
      bestQuality = quality;
    }
  });
  return best;
}

function snapStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && s > i - 15 && isWordCode(text.charCodeAt(s - 1))) s--;
  return s > 0 && isWordCode(text.charCodeAt(s - 1)) ? i : s;
}

function snapEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && e > i - 15 && isWordCode(text.charCodeAt(e))) e--;
  return e < text.length && isWordCode(text.charCodeAt(e)) ? i : e;
}

export function makeSnippet(text: string, q: ParsedQuery, width = SNIPPET_WIDTH): Snippet {
  const hits = findHits(text, q);
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const a = anchor(hits, q, text);
    start = a ? snapStart(text, Math.max(0, Math.min(a.start - LEAD, text.length - width))) : 0;
    end = snapEnd(text, Math.min(text.length, start + width));
  }
  const body = text.slice(start, end).trim();
  const lead = text.slice(start, end).indexOf(body);
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start - lead;
  const highlights: Range[] = hits
    .filter((h) => h.start >= start + lead && h.end <= start + lead + body.length)
    .map((h) => [h.start + shift, h.end + shift]);
  return { text: before + body + after, highlights };
}
