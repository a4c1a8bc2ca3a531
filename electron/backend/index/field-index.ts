/**
 * One searchable field over flexsearch: folded syllables with an adjacency (context) index, plus
 * a second index of the syllables that carry diacritics, in their lower-cased exact form, so a
 * query typed with diacritics can rank exact matches first without re-reading any text.
 */
import { Index } from 'flexsearch';
import type { Id } from 'flexsearch';
import { eachWord } from './fast-fold.ts';

/** flexsearch's raw result: one id array per score slot (earlier slots = earlier in the text). */
export type Postings = ReadonlyArray<readonly Id[] | null | undefined>;

/** Score slots for term position; a few are enough to prefer clauses that open with the term. */
export const RESOLUTION = 5;

// Tokens reach flexsearch already folded and space-joined: its own encoder must not touch them.
const splitSpaces = (s: string): string[] => s.split(' ');

/** The searchable fields: clause text (keyed by slot), article title and document number and
 *  title (keyed by their group). */
export type Fields = { text: FieldIndex; article: FieldIndex; doc: FieldIndex };

export type FieldIndex = {
  /** Indexes a field value given in folded and lower-cased (diacritics kept) form. */
  add(key: number, folded: string, lower: string): void;
  /** Re-indexes a key (small fields only: flexsearch scans its whole map to remove). */
  replace(key: number, folded: string, lower: string): void;
  postings(term: string): Postings;
  exactPostings(term: string): Postings;
  /** Keys where folded syllable `b` directly follows `a`. */
  pairPostings(a: string, b: string): Postings;
  exportTo(out: Array<[string, string]>): void;
  importFrom(key: string, data: string): void;
};

const EMPTY: Postings = [];

function resultOf(r: { result: Id[][] }): Postings {
  return r.result;
}

export function createFieldIndex(): FieldIndex {
  const fold = new Index({
    encode: splitSpaces,
    resolution: RESOLUTION,
    context: { depth: 1, bidirectional: false, resolution: 1 },
  });
  const exact = new Index({ encode: splitSpaces, resolution: 1 });

  const tokens = (folded: string, lower: string): [string, string] => {
    const f: string[] = [];
    const x: string[] = [];
    eachWord(folded, (s, e) => {
      const w = folded.slice(s, e);
      f.push(w);
      const l = lower.slice(s, e);
      if (l !== w) x.push(l);
    });
    return [f.join(' '), x.join(' ')];
  };

  const add = (key: number, folded: string, lower: string): void => {
    const [f, x] = tokens(folded, lower);
    if (f) fold.add(key, f);
    if (x) exact.add(key, x);
  };

  return {
    add,
    replace(key, folded, lower) {
      fold.remove(key);
      exact.remove(key);
      add(key, folded, lower);
    },
    postings(term) {
      return term ? resultOf(fold.search(term, { resolve: false, context: false })) : EMPTY;
    },
    exactPostings(term) {
      return term ? resultOf(exact.search(term, { resolve: false })) : EMPTY;
    },
    pairPostings(a, b) {
      if (!a || !b) return EMPTY;
      return resultOf(fold.search(`${a} ${b}`, { resolve: false, context: true }));
    },
    exportTo(out) {
      fold.export((k, d) => void out.push([`f.${k}`, d]));
      exact.export((k, d) => void out.push([`x.${k}`, d]));
    },
    importFrom(key, data) {
      const target = key.startsWith('f.') ? fold : exact;
      target.import(key.slice(2), data);
    },
  };
}
