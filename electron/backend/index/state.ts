/** The index's parts, and how one record enters them. */
import { fastFold, fastLowerKeep, words } from './fast-fold.ts';
import { createFieldIndex, type Fields } from './field-index.ts';
import { createRecordStore, type RecordStore, type StoreData } from './record-store.ts';
import type { SearchRecord } from './types.ts';
import { createVocabulary, type Vocabulary } from './vocabulary.ts';

/** Internal state, also what persist.ts writes and reads back. */
export type IndexState = { store: RecordStore; fields: Fields; vocab: Vocabulary };

export function emptyState(data?: StoreData, vocab?: Array<[string, number]>): IndexState {
  return {
    store: createRecordStore(data),
    fields: { text: createFieldIndex(), article: createFieldIndex(), doc: createFieldIndex() },
    vocab: createVocabulary(vocab),
  };
}

/** Stores `r` in a new slot and indexes its text (and its article and document when new). */
export function indexRecord(state: IndexState, r: SearchRecord): void {
  const { store, fields, vocab } = state;
  const put = store.put(r);
  const folded = fastFold(r.text);
  fields.text.add(put.slot, folded, fastLowerKeep(r.text));
  const seen = new Set(words(folded));
  if (put.newArticle) {
    const label = fastFold(r.articleLabel);
    fields.article.add(store.data.articleOf[put.slot] ?? 0, label, fastLowerKeep(r.articleLabel));
    for (const w of words(label)) seen.add(w);
  }
  if (put.docChanged) {
    const meta = `${r.docNumber} ${r.docTitle}`;
    const doc = store.hot().doc[put.slot] ?? 0;
    const f = fastFold(meta);
    if (put.docChanged === 'new') fields.doc.add(doc, f, fastLowerKeep(meta));
    else fields.doc.replace(doc, f, fastLowerKeep(meta));
    for (const w of words(f)) seen.add(w);
  }
  vocab.addWords(seen);
}
