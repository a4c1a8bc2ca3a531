/**
 * Per-term query plans: which syllables a term stands for (itself, or its completions while it
 * is being typed), their postings in each field, and how many records that could reach, so the
 * rarest term is enumerated first. Also the loops that stamp postings into the scratch arrays.
 */
import { RESOLUTION, type Fields, type FieldIndex, type Postings } from './field-index.ts';
import type { Term } from './query.ts';
import type { RecordStore } from './record-store.ts';
import type { GroupScratch } from './scratch.ts';
import type { Vocabulary } from './vocabulary.ts';

export type PlanContext = { store: RecordStore; fields: Fields; vocab: Vocabulary };

/** Field weights: a word in the article title or the document title says more than one in text. */
export const ARTICLE_W = 1.6;
export const DOC_W = 1.3;
/** A completion of the word being typed counts less than the word itself. */
const PREFIX_W = 0.7;
const MAX_EXPANSIONS = 64;
/**
 * Completions of the word being typed are taken most frequent first until they would touch
 * about twice the number of records: a first letter stands for its common words, not all of
 * them (their postings would cost tens of milliseconds), and a longer prefix gets them all.
 */
const EXPANSION_BUDGET = 2;

export type Variant = { text: Postings; article: Postings; doc: Postings; weight: number };
export type Plan = {
  words: string[];
  variants: Variant[];
  exact: Variant | null;
  size: number;
  idf: number;
};

export const count = (p: Postings): number => p.reduce((n, ids) => n + (ids?.length ?? 0), 0);
const position = (i: number): number => 1 - (0.25 * i) / (RESOLUTION - 1);

/** The syllables a term stands for: itself, or its completions while it is being typed. */
export function wordsOf(ctx: PlanContext, term: Term): string[] {
  if (!term.prefix) return [term.folded];
  const budget = EXPANSION_BUDGET * Math.max(1000, ctx.store.liveCount());
  return ctx.vocab.expand(term.folded, MAX_EXPANSIONS, budget);
}

export function plan(ctx: PlanContext, term: Term): Plan {
  const { fields, store } = ctx;
  const words = wordsOf(ctx, term);
  const variant = (get: (f: FieldIndex) => Postings, weight: number): Variant => ({
    text: get(fields.text),
    article: get(fields.article),
    doc: get(fields.doc),
    weight,
  });
  const variants = words.map((w) =>
    variant((f) => f.postings(w), w === term.folded ? 1 : PREFIX_W),
  );
  const exactWord = term.exact;
  const exact = exactWord ? variant((f) => f.exactPostings(exactWord), 1) : null;
  const { articles } = store.data;
  let size = 0;
  for (const v of variants) {
    size += count(v.text);
    for (const ids of v.article)
      for (const a of ids ?? []) size += articles[a as number]?.members.length ?? 0;
    for (const ids of v.doc) for (const d of ids ?? []) size += store.docSize[d as number] ?? 0;
  }
  const n = Math.max(1, store.liveCount());
  return { words, variants, exact, size, idf: Math.log(1 + n / (1 + Math.min(size, n))) };
}

/** Stamps ids with generation `tg` and, for the first (best) variant that hits them, a weight. */
export function mark(
  p: Postings,
  stamp: Uint32Array,
  weight: Float32Array | null,
  tg: number,
  w0: number,
): void {
  for (let i = 0; i < p.length; i++) {
    const ids = p[i];
    if (!ids) continue;
    const w = w0 * position(i);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (stamp[id] !== tg) {
        stamp[id] = tg;
        if (weight) weight[id] = w;
      }
    }
  }
}

/** Returns whether any pair was marked. */
export function markPairs(p: Postings, g: GroupScratch, gen: number, bit: number): boolean {
  let any = false;
  for (const ids of p) {
    for (const id of ids ?? []) {
      const k = id as number;
      if (g.pairGen[k] !== gen) {
        g.pairGen[k] = gen;
        g.pairs[k] = 0;
      }
      g.pairs[k] = (g.pairs[k] ?? 0) | bit;
      any = true;
    }
  }
  return any;
}
