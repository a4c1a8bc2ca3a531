/**
 * Finds the records that hold every query term (in the clause text, its article title or its
 * document's number and title) and scores them. flexsearch supplies the postings of each
 * syllable, of its exact-diacritic form and of adjacent syllable pairs; the AND, the filters and
 * the scores are computed here over typed arrays indexed by slot, article and document. A title
 * match marks its group once instead of every clause under it, so only the rarest term's matches
 * are ever enumerated.
 */
import { verifyPhrases } from './phrase.ts';
import {
  ARTICLE_W,
  count,
  DOC_W,
  mark,
  markPairs,
  plan,
  type Plan,
  type PlanContext,
} from './plan.ts';
import type { Fields } from './field-index.ts';
import type { ParsedQuery } from './query.ts';
import type { GroupScratch, Scratch } from './scratch.ts';

export type MatchContext = PlanContext & { scratch: Scratch };
/** `slots` may view a buffer reused by the next query: read it before matching again. */
export type Matches = { slots: ArrayLike<number>; scores: Float64Array };

/** Score tiers: exact-diacritic terms first, then adjacent pairs, then field/position/rarity. */
const EXACT_TIER = 1000;
const ADJACENT_TIER = 10;

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/**
 * Everything one query's inner loops read, in one object of stable shape, so the loops below
 * can be plain top-level functions that V8 optimises once (closures made per query are not).
 */
/** The query's own view of the scratch arrays, flattened into one object the loops read. */
type Run = Pick<
  Scratch,
  'seen' | 'tstamp' | 'tscore' | 'estamp' | 'exact' | 'adjGen' | 'adj' | 'score' | 'cand'
> & {
  ga: GroupScratch;
  gd: GroupScratch;
  ids: ReadonlyArray<string | null>;
  articleOf: Int32Array;
  docOf: Int32Array;
  lengths: Float32Array;
  articles: ReadonlyArray<{ members: readonly number[] }>;
  allow: Uint8Array | null;
  gen: number;
  tg: number;
  idf: number;
  idfSum: number;
  meanLength: number;
  exactTier: number;
  required: number;
  /** Whether the current term hit any article title, document title, exact form; and whether
   *  any adjacent pair was seen in titles. Lets the loops skip reads that cannot matter. */
  inArticle: boolean;
  inDoc: boolean;
  hasExact: boolean;
  titlePairs: boolean;
  /** Finish candidates as they are found (single-term queries). */
  finishNow: boolean;
  count: number;
};

/** Adds the current term's evidence for slot c; false when the term is not there. */
function step(r: Run, c: number): boolean {
  const a = r.articleOf[c] ?? 0;
  const d = r.docOf[c] ?? 0;
  const { ga, gd, tg } = r;
  let w = r.tstamp[c] === tg ? (r.tscore[c] ?? 0) : 0;
  if (r.inArticle && ga.stamp[a] === tg) w += ga.weight[a] ?? 0;
  if (r.inDoc && gd.stamp[d] === tg) w += gd.weight[d] ?? 0;
  if (w === 0) return false;
  r.score[c] = (r.score[c] ?? 0) + r.idf * w;
  if (r.hasExact && (r.estamp[c] === tg || ga.exact[a] === tg || gd.exact[d] === tg)) {
    r.exact[c] = (r.exact[c] ?? 0) + 1;
  }
  return true;
}

/** Turns the accumulated evidence into the final score; false when a phrase pair is missing. */
function finish(r: Run, c: number): boolean {
  const a = r.articleOf[c] ?? 0;
  const d = r.docOf[c] ?? 0;
  const { ga, gd, gen } = r;
  let bits = r.adjGen[c] === gen ? (r.adj[c] ?? 0) : 0;
  if (r.titlePairs) {
    if (ga.pairGen[a] === gen) bits |= ga.pairs[a] ?? 0;
    if (gd.pairGen[d] === gen) bits |= gd.pairs[d] ?? 0;
  }
  if ((bits & r.required) !== r.required) return false;
  // Shorter clauses rank a little higher at equal evidence (bm25-like length normalisation).
  const length = 0.75 + (0.25 * (r.lengths[c] ?? 0)) / r.meanLength;
  const base = (r.score[c] ?? 0) / r.idfSum / length;
  r.score[c] = r.exactTier * (r.exact[c] ?? 0) + ADJACENT_TIER * popcount(bits) + base;
  return true;
}

function considerList(r: Run, list: readonly number[]): void {
  const { seen, gen, ids, allow, cand } = r;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] ?? 0;
    if (seen[c] === gen) continue;
    seen[c] = gen;
    if (ids[c] == null || (allow !== null && allow[c] !== 1)) continue;
    r.score[c] = 0;
    r.exact[c] = 0;
    step(r, c);
    if (!r.finishNow || finish(r, c)) cand[r.count++] = c;
  }
}

/** Keeps the candidates that hold the current term (and finishes them after the last term). */
function filterTerm(r: Run, finishToo: boolean): void {
  const { cand } = r;
  let n = 0;
  for (let i = 0; i < r.count; i++) {
    const c = cand[i] ?? 0;
    if (step(r, c) && (!finishToo || finish(r, c))) cand[n++] = c;
  }
  r.count = n;
}

/** Marks adjacent pairs (bit i for q.pairs[i]); returns the bits quoted phrases require. */
function markAdjacency(r: Run, q: ParsedQuery, fields: Fields, plans: Plan[]): number {
  let required = 0;
  q.pairs.forEach((pair, i) => {
    const a = q.terms[pair.a];
    const b = q.terms[pair.b];
    if (!a || !b || i >= 31) return;
    const bit = 1 << i;
    // A pair with the word being typed counts for its completions; a phrase checks it by text.
    if (pair.phrase !== null && !a.prefix && !b.prefix) required |= bit;
    for (const aw of plans[pair.a]?.words ?? []) {
      for (const bw of plans[pair.b]?.words ?? []) {
        for (const list of fields.text.pairPostings(aw, bw)) {
          for (const id of list ?? []) {
            const s = id as number;
            if (r.adjGen[s] !== r.gen) {
              r.adjGen[s] = r.gen;
              r.adj[s] = 0;
            }
            r.adj[s] = (r.adj[s] ?? 0) | bit;
          }
        }
        if (markPairs(fields.article.pairPostings(aw, bw), r.ga, r.gen, bit)) r.titlePairs = true;
        if (markPairs(fields.doc.pairPostings(aw, bw), r.gd, r.gen, bit)) r.titlePairs = true;
      }
    }
  });
  return required;
}

/** Records matching `q` (and allowed by `allow`, when given), with their scores by slot. */
export function match(ctx: MatchContext, q: ParsedQuery, allow: Uint8Array | null): Matches {
  const { store, scratch: x } = ctx;
  const { articles, docs, ids } = store.data;
  const hot = store.hot();
  x.ensure(store.slotCount(), articles.length, docs.length);
  const r: Run = {
    seen: x.seen,
    tstamp: x.tstamp,
    tscore: x.tscore,
    estamp: x.estamp,
    exact: x.exact,
    adjGen: x.adjGen,
    adj: x.adj,
    score: x.score,
    ga: x.article,
    gd: x.doc,
    ids,
    articleOf: hot.article,
    docOf: hot.doc,
    lengths: hot.length,
    articles,
    allow,
    gen: x.nextGen(),
    tg: 0,
    idf: 0,
    idfSum: 0,
    meanLength: store.meanLength(),
    exactTier: q.hasDiacritics ? EXACT_TIER : 0,
    required: 0,
    inArticle: false,
    inDoc: false,
    hasExact: false,
    titlePairs: false,
    finishNow: false,
    cand: x.cand,
    count: 0,
  };

  if (!q.terms.length) {
    for (let s = 0; s < store.slotCount(); s++) {
      if (ids[s] != null && (!allow || allow[s] === 1)) r.cand[r.count++] = s;
      r.score[s] = 0;
    }
    return { slots: r.cand.subarray(0, r.count), scores: r.score };
  }

  const plans = q.terms.map((t) => plan(ctx, t));
  r.required = markAdjacency(r, q, ctx.fields, plans);
  const order = plans
    .map((_, i) => i)
    .sort((a, b) => (plans[a]?.size ?? 0) - (plans[b]?.size ?? 0));
  r.idfSum = plans.reduce((n, p) => n + p.idf, 0);
  r.finishNow = order.length === 1;
  for (let k = 0; k < order.length; k++) {
    const p = plans[order[k] ?? 0];
    if (!p) continue;
    r.tg = x.nextTermGen();
    r.idf = p.idf;
    r.inArticle = p.variants.some((v) => count(v.article) > 0);
    r.inDoc = p.variants.some((v) => count(v.doc) > 0);
    r.hasExact = p.exact !== null;
    for (const v of p.variants) {
      mark(v.text, r.tstamp, r.tscore, r.tg, v.weight);
      mark(v.article, r.ga.stamp, r.ga.weight, r.tg, v.weight * ARTICLE_W);
      mark(v.doc, r.gd.stamp, r.gd.weight, r.tg, v.weight * DOC_W);
    }
    if (p.exact) {
      mark(p.exact.text, r.estamp, null, r.tg, 1);
      mark(p.exact.article, r.ga.exact, null, r.tg, 1);
      mark(p.exact.doc, r.gd.exact, null, r.tg, 1);
    }
    if (k > 0) filterTerm(r, k === order.length - 1);
    else {
      // Enumerate the rarest term's matches: these are the only possible results.
      for (const v of p.variants) {
        for (const list of v.text) if (list) considerList(r, list as number[]);
        for (const list of v.article)
          for (const a of list ?? []) considerList(r, r.articles[a as number]?.members ?? []);
        for (const list of v.doc) {
          for (const d of list ?? []) {
            for (const a of docs[d as number]?.articles ?? [])
              considerList(r, r.articles[a]?.members ?? []);
          }
        }
      }
    }
    if (!r.count) break;
  }
  const slots = r.cand.subarray(0, r.count);
  return {
    slots: q.phrases.length ? verifyPhrases(store, q, Array.from(slots)) : slots,
    scores: r.score,
  };
}
