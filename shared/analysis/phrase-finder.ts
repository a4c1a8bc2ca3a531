/**
 * Phrase lists and folded-text patterns compiled once into one RegExp. Phrases match on folded
 * text with Vietnamese word boundaries, then keep only hits whose written marks agree (see
 * marksAgree); patterns are sources over folded text, where every Vietnamese letter is ASCII, so
 * `\b` works there.
 */
import { escapeRegExp, fold, normalizeText } from '../text/index.ts';
import { diacriticKey, marksAgree, type PreparedText } from './prepared.ts';

export type Hit = { span: [number, number]; text: string };

export type PhraseFinder = {
  /** Every non-overlapping hit, in order. */
  all: (p: PreparedText, from?: number, to?: number) => Hit[];
  /** The first hit, or undefined. */
  first: (p: PreparedText, from?: number, to?: number) => Hit | undefined;
};

const WS = String.raw`(?<![\p{L}\p{N}\p{M}])`;
const WE = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** Phrases (written with marks) and patterns (folded sources) into one finder. */
export function phraseFinder(
  phrases: readonly string[] = [],
  patterns: readonly string[] = [],
): PhraseFinder {
  // folded phrase → the mark keys it stands for; a folded form shared by "họp" and "hợp" keeps both.
  const keys = new Map<string, Set<string>>();
  for (const raw of phrases) {
    const norm = normalizeText(raw).trim().replace(/\s+/g, ' ');
    const f = fold(norm);
    const set = keys.get(f) ?? new Set<string>();
    set.add(diacriticKey(norm));
    keys.set(f, set);
  }
  const sorted = [...keys.keys()].sort((a, b) => b.length - a.length);
  const alts: string[] = [];
  if (sorted.length > 0) {
    alts.push(
      WS +
        '(?:' +
        sorted
          .map((f) =>
            f
              .split(' ')
              .map(escapeRegExp)
              .join(String.raw`\s+`),
          )
          .join('|') +
        ')' +
        WE,
    );
  }
  for (const pat of patterns) alts.push('(?:' + pat + ')');
  if (alts.length === 0) throw new Error('phraseFinder: nothing to match');
  const re = new RegExp(alts.join('|'), 'gu');

  const accept = (p: PreparedText, start: number, end: number): boolean => {
    const f = p.folded.slice(start, end).replace(/\s+/g, ' ');
    const want = keys.get(f);
    if (!want) return true; // matched a pattern: patterns are fold-level by design
    const written = p.text.slice(start, end);
    for (const k of want) if (marksAgree(written, k, p.marked)) return true;
    return false;
  };

  const scan = (p: PreparedText, from: number, to: number, one: boolean): Hit[] => {
    const out: Hit[] = [];
    const hay = to < p.folded.length ? p.folded.slice(0, to) : p.folded;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(hay)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      if (accept(p, m.index, end)) {
        out.push({ span: [m.index, end], text: p.text.slice(m.index, end) });
        if (one) break;
      } else re.lastIndex = m.index + 1;
    }
    return out;
  };

  return {
    all: (p, from = 0, to = p.folded.length) => scan(p, from, to, false),
    first: (p, from = 0, to = p.folded.length) => scan(p, from, to, true)[0],
  };
}

export { WS as WORD_START_SRC, WE as WORD_END_SRC };
