/**
 * The search index of an open workspace: loaded from `<workspace>/index/` when it matches the
 * database's content epoch, rebuilt from the database otherwise, then kept current document by
 * document and saved in the background.
 */
import path from 'node:path';
import type { Db } from '../db/database.ts';
import { allRecords, contentEpoch, documentRecords } from './records.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';
import type { SearchIndex } from './types.ts';

/** Folder, inside a workspace, that holds its saved search index. */
export function workspaceIndexDir(workspace: string): string {
  return path.join(workspace, 'index');
}

export type WorkspaceSearch = {
  /** The index, current with the database. */
  index: () => Promise<SearchIndex>;
  /** Marks a document as changed (imported, removed, analysed, decided on). */
  touch: (documentId: string) => void;
  touchAll: () => void;
  /** Saves now if anything changed since the last save. */
  flush: () => Promise<void>;
};

export function workspaceSearch(workspace: string, db: Db, saveDelayMs = 3000): WorkspaceSearch {
  const dir = workspaceIndexDir(workspace);
  let current: SearchIndex | null = null;
  let loading: Promise<SearchIndex> | null = null;
  let all = false;
  const dirty = new Set<string>();
  let unsaved = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = async (): Promise<void> => {
    timer = null;
    if (!current || !unsaved) return;
    unsaved = false;
    await current.save(dir, contentEpoch(db));
  };
  const schedule = (): void => {
    unsaved = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save().catch(() => (unsaved = true)), saveDelayMs);
    timer.unref();
  };

  const build = (): SearchIndex => {
    const idx = createSearchIndex();
    idx.add(allRecords(db));
    schedule();
    return idx;
  };

  const load = async (): Promise<SearchIndex> => {
    // A missing, stale or unreadable saved index is rebuilt from the database.
    const saved = await loadSearchIndex(dir, contentEpoch(db)).catch(() => null);
    return saved ?? build();
  };

  return {
    index: async () => {
      if (!current) {
        // A fresh load reads the database as it is now: earlier touches are already in it.
        current = await (loading ??= load());
        all = false;
        dirty.clear();
        return current;
      }
      if (all) {
        all = false;
        dirty.clear();
        current = build();
      } else if (dirty.size > 0) {
        for (const id of dirty) {
          current.removeDocument(id);
          current.add(documentRecords(db, id));
        }
        dirty.clear();
        schedule();
      }
      return current;
    },
    touch: (id) => void dirty.add(id),
    touchAll: () => void (all = true),
    flush: async () => {
      if (timer) clearTimeout(timer);
      await save();
    },
  };
}
