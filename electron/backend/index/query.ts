/**
 * Turns what the user typed into terms. Every syllable is a required term (AND). Syllables inside
 * quotes form a phrase that must appear in order; consecutive syllables outside quotes form runs
 * whose adjacency only raises the rank. The last syllable is a prefix while the user is still
 * typing it (the query does not end in a space or a closing quote).
 */
import { normalizeText } from '../../../shared/text/index.ts';
import { eachWord, fastFold, fastLowerKeep } from './fast-fold.ts';

export type Term = {
  /** Folded syllable. */
  folded: string;
  /** Lower-case syllable with its diacritics, or null when typed without any. */
  exact: string | null;
  prefix: boolean;
};

/** Two terms (indexes into `terms`) that should be adjacent, in this order. */
export type Pair = { a: number; b: number; phrase: number | null };

export type ParsedQuery = {
  terms: Term[];
  pairs: Pair[];
  /** Quoted phrases of two or more syllables (term indexes, in order) that must match in order. */
  phrases: number[][];
  /** True when some term was typed with diacritics. */
  hasDiacritics: boolean;
};

/** More syllables than this add nothing but time; the rest are ignored. */
export const MAX_TERMS = 16;

const QUOTES = /["“”„«»]/;

export function parseQuery(input: string): ParsedQuery {
  const text = normalizeText(input);
  const terms: Term[] = [];
  const termIndex = new Map<string, number>();
  const pairs: Pair[] = [];
  const phrases: number[][] = [];
  const segments = text.split(QUOTES);
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(text);
  let lastTerm = -1;
  let lastIsNew = false;

  segments.forEach((segment, s) => {
    const inPhrase = s % 2 === 1;
    const folded = fastFold(segment);
    const lower = fastLowerKeep(segment);
    const seq: number[] = [];
    eachWord(folded, (start, end) => {
      const f = folded.slice(start, end);
      const l = lower.slice(start, end);
      let t = termIndex.get(l);
      const isNew = t === undefined;
      if (t === undefined) {
        if (terms.length >= MAX_TERMS) return;
        t = terms.length;
        terms.push({ folded: f, exact: l === f ? null : l, prefix: false });
        termIndex.set(l, t);
      }
      lastIsNew = isNew;
      seq.push(t);
    });
    const phrase = inPhrase && seq.length > 1 ? phrases.length : null;
    if (phrase !== null) phrases.push(seq);
    for (let i = 1; i < seq.length; i++) pairs.push({ a: seq[i - 1] ?? 0, b: seq[i] ?? 0, phrase });
    if (seq.length) lastTerm = seq[seq.length - 1] ?? -1;
  });

  // A query ending in a word (not a space or closing quote) is still being typed. A syllable
  // typed earlier in the query is a whole word there, so its repeat stays whole too.
  const last = terms[lastTerm];
  if (last && endsInWord && lastIsNew) last.prefix = true;
  return { terms, pairs, phrases, hasDiacritics: terms.some((t) => t.exact !== null) };
}
