/**
 * Compact, column-per-field store of the indexed records. A record lives in a numbered slot (the
 * id flexsearch sees); removal empties the slot and leaves a tombstone, because flexsearch can
 * only remove an id by scanning its whole map. Documents and articles are shared groups, so a
 * document's title is kept once, not once per clause.
 */
import type { SearchRecord } from './types.ts';

export type DocGroup = {
  documentId: string;
  docKind: string;
  docNumber: string;
  docTitle: string;
  articles: number[];
};

export type ArticleGroup = { doc: number; label: string; members: number[] };

export type StoreData = {
  ids: Array<string | null>;
  texts: string[];
  orders: number[];
  articleOf: number[];
  kindSetOf: number[];
  statusOf: number[];
  docs: DocGroup[];
  articles: ArticleGroup[];
  kindSets: string[][];
  statuses: string[];
};

/**
 * Typed copies of the columns the query loops read for every candidate (article, document and
 * text length by slot): plain arrays cost a hole check per read and spread across memory.
 * Replaced when the store grows, so read them afresh for each query.
 */
export type HotColumns = { article: Int32Array; doc: Int32Array; length: Float32Array };

function grow(h: HotColumns, need: number): HotColumns {
  if (h.article.length >= need) return h;
  const n = Math.max(1024, need * 2);
  const next = { article: new Int32Array(n), doc: new Int32Array(n), length: new Float32Array(n) };
  next.article.set(h.article);
  next.doc.set(h.doc);
  next.length.set(h.length);
  return next;
}

/** What a put changed, so the caller can index the new parts. */
export type PutResult = { slot: number; newArticle: boolean; docChanged: 'new' | 'meta' | null };

function interner(values: string[]): (v: string) => number {
  const ids = new Map(values.map((v, i) => [v, i]));
  return (v) => {
    let i = ids.get(v);
    if (i === undefined) {
      i = values.length;
      values.push(v);
      ids.set(v, i);
    }
    return i;
  };
}

export function emptyStoreData(): StoreData {
  const columns = { ids: [], texts: [], orders: [], articleOf: [], kindSetOf: [], statusOf: [] };
  return { ...columns, docs: [], articles: [], kindSets: [], statuses: [] };
}

export type RecordStore = ReturnType<typeof createRecordStore>;

export function createRecordStore(data: StoreData = emptyStoreData()) {
  const d = data;
  const slotById = new Map<string, number>();
  const docById = new Map<string, number>();
  const articleByKey = new Map<string, number>();
  /** Live clauses per document group, and the live text length, for the query planner. */
  const docSize: number[] = d.docs.map(() => 0);
  let hot = grow(
    { article: new Int32Array(0), doc: new Int32Array(0), length: new Float32Array(0) },
    d.ids.length,
  );
  let live = 0;
  let chars = 0;
  let rank: Int32Array | null = null;

  d.docs.forEach((doc, i) => docById.set(doc.documentId, i));
  d.articles.forEach((a, i) => articleByKey.set(`${a.doc}\u0000${a.label}`, i));
  d.ids.forEach((id, slot) => {
    const doc = d.articles[d.articleOf[slot] ?? 0]?.doc ?? 0;
    hot.article[slot] = d.articleOf[slot] ?? 0;
    hot.doc[slot] = doc;
    hot.length[slot] = d.texts[slot]?.length ?? 0;
    if (id !== null) {
      slotById.set(id, slot);
      live++;
      chars += d.texts[slot]?.length ?? 0;
      docSize[doc] = (docSize[doc] ?? 0) + 1;
    }
  });
  const statusId = interner(d.statuses);
  const kindKeys = interner(d.kindSets.map((k) => k.join('\u0000')));
  const kindSetId = (kinds: string[]): number => {
    const sorted = [...new Set(kinds)].sort();
    const id = kindKeys(sorted.join('\u0000'));
    if (id === d.kindSets.length) d.kindSets.push(sorted);
    return id;
  };

  const docFor = (r: SearchRecord): { doc: number; changed: PutResult['docChanged'] } => {
    const known = docById.get(r.documentId);
    const meta = { docKind: r.docKind, docNumber: r.docNumber, docTitle: r.docTitle };
    if (known === undefined) {
      rank = null;
      docById.set(r.documentId, d.docs.length);
      d.docs.push({ documentId: r.documentId, ...meta, articles: [] });
      docSize.push(0);
      return { doc: d.docs.length - 1, changed: 'new' };
    }
    const doc = d.docs[known];
    if (!doc) throw new Error(`record store: missing document group ${known}`);
    const same =
      doc.docKind === meta.docKind &&
      doc.docNumber === meta.docNumber &&
      doc.docTitle === meta.docTitle;
    Object.assign(doc, meta);
    return { doc: known, changed: same ? null : 'meta' };
  };

  return {
    data: d,
    docSize,
    hot: (): HotColumns => hot,
    /** Mean length of live clause texts. */
    meanLength: (): number => (live ? chars / live : 1),
    slotOf: (id: string): number | undefined => slotById.get(id),
    docSlot: (documentId: string): number | undefined => docById.get(documentId),
    liveCount: (): number => live,
    slotCount: (): number => d.ids.length,
    isLive: (slot: number): boolean => d.ids[slot] != null,

    /** Stores a record in a new slot; the caller removes any older version first. */
    put(r: SearchRecord): PutResult {
      const { doc, changed } = docFor(r);
      const key = `${doc}\u0000${r.articleLabel}`;
      let article = articleByKey.get(key);
      const newArticle = article === undefined;
      if (article === undefined) {
        article = d.articles.length;
        d.articles.push({ doc, label: r.articleLabel, members: [] });
        d.docs[doc]?.articles.push(article);
        articleByKey.set(key, article);
      }
      const slot = d.ids.length;
      d.ids.push(r.id);
      d.texts.push(r.text);
      d.orders.push(r.order);
      d.articleOf.push(article);
      d.kindSetOf.push(kindSetId(r.findingKinds));
      d.statusOf.push(statusId(r.reviewStatus));
      d.articles[article]?.members.push(slot);
      slotById.set(r.id, slot);
      live++;
      chars += r.text.length;
      hot = grow(hot, slot + 1);
      hot.article[slot] = article;
      hot.doc[slot] = doc;
      hot.length[slot] = r.text.length;
      docSize[doc] = (docSize[doc] ?? 0) + 1;
      return { slot, newArticle, docChanged: changed };
    },

    /** Updates fields that are not indexed (findings, review status, order) in place. */
    patch(slot: number, r: SearchRecord): void {
      d.orders[slot] = r.order;
      d.kindSetOf[slot] = kindSetId(r.findingKinds);
      d.statusOf[slot] = statusId(r.reviewStatus);
    },

    kill(slot: number): void {
      const id = d.ids[slot];
      if (id == null) return;
      slotById.delete(id);
      chars -= d.texts[slot]?.length ?? 0;
      const doc = hot.doc[slot] ?? 0;
      docSize[doc] = (docSize[doc] ?? 0) - 1;
      d.ids[slot] = null;
      d.texts[slot] = '';
      hot.length[slot] = 0;
      live--;
    },

    /** Rank of each document group by documentId, for document-order sorting. */
    docRank(): Int32Array {
      if (rank) return rank;
      const order = d.docs.map((_, i) => i);
      order.sort((a, b) => {
        const x = d.docs[a]?.documentId ?? '';
        const y = d.docs[b]?.documentId ?? '';
        return x < y ? -1 : x > y ? 1 : 0;
      });
      rank = new Int32Array(d.docs.length);
      order.forEach((doc, i) => {
        if (rank) rank[doc] = i;
      });
      return rank;
    },

    /** The record as it was given (from the store's columns). */
    record(slot: number): SearchRecord | null {
      const id = d.ids[slot];
      const article = d.articles[d.articleOf[slot] ?? -1];
      const doc = d.docs[article?.doc ?? -1];
      if (id == null || !article || !doc) return null;
      return {
        id,
        documentId: doc.documentId,
        docKind: doc.docKind,
        docNumber: doc.docNumber,
        docTitle: doc.docTitle,
        articleLabel: article.label,
        text: d.texts[slot] ?? '',
        order: d.orders[slot] ?? 0,
        findingKinds: d.kindSets[d.kindSetOf[slot] ?? -1] ?? [],
        reviewStatus: d.statuses[d.statusOf[slot] ?? -1] ?? '',
      };
    },
  };
}
