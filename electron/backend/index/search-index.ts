/**
 * The Vietnamese clause search index: flexsearch postings over folded syllables (so "nguoi dung
 * dau" finds "người đứng đầu" and "d" finds "đ"), exact-diacritic postings for ranking, a compact
 * record store for filters and snippets, and persistence (see persist.ts).
 */
import { match, type MatchContext } from './match.ts';
import { readState, saveIndex } from './persist.ts';
import { parseQuery } from './query.ts';
import { topK, type Compare } from './rank.ts';
import type { RecordStore } from './record-store.ts';
import { createScratch } from './scratch.ts';
import { makeSnippet } from './snippet.ts';
import { emptyState, indexRecord, type IndexState } from './state.ts';
import type { SearchIndex, SearchOptions, SearchRecord, SearchResult } from './types.ts';

export const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;

function sameIndexedFields(a: SearchRecord, b: SearchRecord): boolean {
  return (
    a.text === b.text &&
    a.articleLabel === b.articleLabel &&
    a.documentId === b.documentId &&
    a.docNumber === b.docNumber &&
    a.docTitle === b.docTitle &&
    a.docKind === b.docKind
  );
}

function allowed(values: string[] | undefined, table: readonly string[]): Uint8Array | null {
  if (!values) return null;
  const want = new Set(values);
  return Uint8Array.from(table, (v) => (want.has(v) ? 1 : 0));
}

/** Per-slot mask of the records the filters let through, or null when there are no filters. */
function filterMask(store: RecordStore, opts: SearchOptions): Uint8Array | null {
  const { docs, kindSets, statuses, kindSetOf, statusOf } = store.data;
  const docIds = opts.documentIds && new Set(opts.documentIds);
  const kinds = opts.docKinds && new Set(opts.docKinds);
  const docOk =
    docIds || kinds
      ? Uint8Array.from(docs, (d) =>
          (!docIds || docIds.has(d.documentId)) && (!kinds || kinds.has(d.docKind)) ? 1 : 0,
        )
      : null;
  const wantKinds = opts.findingKinds && new Set(opts.findingKinds);
  const kindOk = wantKinds
    ? Uint8Array.from(kindSets, (ks) => (ks.some((k) => wantKinds.has(k)) ? 1 : 0))
    : null;
  const statusOk = allowed(opts.reviewStatuses, statuses);
  if (!docOk && !kindOk && !statusOk) return null;
  const docOf = store.hot().doc;
  const mask = new Uint8Array(store.slotCount());
  for (let s = 0; s < mask.length; s++) {
    const ok =
      (!docOk || docOk[docOf[s] ?? -1] === 1) &&
      (!kindOk || kindOk[kindSetOf[s] ?? -1] === 1) &&
      (!statusOk || statusOk[statusOf[s] ?? -1] === 1);
    mask[s] = ok ? 1 : 0;
  }
  return mask;
}

/** Wraps a state (fresh or loaded) in the SearchIndex API. */
export function indexFromState(initial: IndexState): SearchIndex {
  let state = initial;
  const scratch = createScratch();
  const ctx = (): MatchContext => ({ ...state, scratch });

  const kill = (slot: number | undefined): void => {
    if (slot !== undefined) state.store.kill(slot);
  };
  // Tombstones cost memory and scan time; rebuild once they outnumber live records.
  const maybeCompact = (): void => {
    const { store } = state;
    const dead = store.slotCount() - store.liveCount();
    if (dead < 1000 || dead < store.liveCount()) return;
    const next = emptyState();
    for (let s = 0; s < store.slotCount(); s++) {
      const r = store.record(s);
      if (r) indexRecord(next, r);
    }
    state = next;
  };
  const upsert = (r: SearchRecord): void => {
    const slot = state.store.slotOf(r.id);
    const old = slot === undefined ? null : state.store.record(slot);
    if (slot !== undefined && old && sameIndexedFields(old, r)) return state.store.patch(slot, r);
    kill(slot);
    indexRecord(state, r);
  };

  return {
    add(records) {
      for (const r of records) upsert(r);
    },
    update(record) {
      upsert(record);
    },
    remove(ids) {
      for (const id of ids) kill(state.store.slotOf(id));
      maybeCompact();
    },
    removeDocument(documentId) {
      const { store } = state;
      const doc = store.docSlot(documentId);
      const d = doc === undefined ? undefined : store.data.docs[doc];
      for (const a of d?.articles ?? [])
        for (const s of store.data.articles[a]?.members ?? []) kill(s);
      maybeCompact();
    },
    size: () => state.store.liveCount(),
    save: (dir, fingerprint) => saveIndex(state, dir, fingerprint),
    search(query, opts = {}): SearchResult {
      const t0 = performance.now();
      const { store } = state;
      const q = parseQuery(query);
      const { slots, scores } = match(ctx(), q, filterMask(store, opts));
      const limit = Math.min(MAX_LIMIT, Math.max(0, opts.limit ?? DEFAULT_LIMIT));
      const offset = Math.max(0, opts.offset ?? 0);
      const rank = store.docRank();
      const docOf = store.hot().doc;
      const { orders } = store.data;
      const byDocument: Compare = (a, b) =>
        (rank[docOf[a] ?? 0] ?? 0) - (rank[docOf[b] ?? 0] ?? 0) ||
        (orders[a] ?? 0) - (orders[b] ?? 0) ||
        a - b;
      const byRelevance: Compare = (a, b) =>
        (scores[b] ?? 0) - (scores[a] ?? 0) || byDocument(a, b);
      const cmp = opts.sort === 'document' || !q.terms.length ? byDocument : byRelevance;
      const page = topK(slots, offset + limit, cmp).slice(offset);
      const hits = page.map((s) => {
        const article = store.data.articles[store.data.articleOf[s] ?? -1];
        const doc = store.data.docs[docOf[s] ?? -1];
        return {
          id: store.data.ids[s] ?? '',
          documentId: doc?.documentId ?? '',
          docNumber: doc?.docNumber ?? '',
          docTitle: doc?.docTitle ?? '',
          articleLabel: article?.label ?? '',
          snippet: makeSnippet(store.data.texts[s] ?? '', q),
          score: Math.round((scores[s] ?? 0) * 1000) / 1000,
        };
      });
      return { total: slots.length, hits, tookMs: performance.now() - t0 };
    },
  };
}

/** A new, empty index. */
export function createSearchIndex(): SearchIndex {
  return indexFromState(emptyState());
}

/**
 * The index saved in `dir`, or null when there is none, it was written by another format
 * version, or (when `fingerprint` is given) it was built from other data: rebuild it then.
 */
export async function loadSearchIndex(
  dir: string,
  fingerprint?: string,
): Promise<SearchIndex | null> {
  const state = await readState(dir, fingerprint);
  return state ? indexFromState(state) : null;
}
