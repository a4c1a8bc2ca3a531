/** A workspace is a folder holding one SQLite database (and caches such as the search index). */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
import type { WorkspaceInfoT } from '../../shared/ipc/schemas.ts';
import { openDatabase, userVersion, type Db } from './db/database.ts';
import { APP_VERSION } from './app-meta.ts';
import { workspaceSearch, type WorkspaceSearch } from './index/workspace-index.ts';

export const DB_FILE = 'rasoat.sqlite';
export const ORIGINALS_DIR = 'originals';

export type Workspace = {
  path: string;
  originalsDir: string;
  db: Db;
  search: WorkspaceSearch;
  info: () => WorkspaceInfoT;
  /** Saves the search index if it changed, then closes the database. */
  close: () => Promise<void>;
};

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new AppError('workspace.unreadable', `Không tạo hoặc mở được thư mục làm việc: ${dir}`, {
      cause: err,
    });
  }
}

export function openWorkspace(dir: string): Workspace {
  const abs = path.resolve(dir);
  ensureDir(abs);
  const db = openDatabase(path.join(abs, DB_FILE));
  const search = workspaceSearch(abs, db);
  const now = new Date().toISOString();
  const insertMeta = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  insertMeta.run('workspace_id', randomUUID());
  insertMeta.run('created_at', now);
  insertMeta.run('created_by_version', APP_VERSION);
  const meta = (key: string): string =>
    (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value ?? '';
  return {
    path: abs,
    originalsDir: path.join(abs, ORIGINALS_DIR),
    db,
    search,
    info: () => {
      const count = db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
      return {
        path: abs,
        name: path.basename(abs),
        schemaVersion: userVersion(db),
        documentCount: count.n,
        createdAt: meta('created_at'),
      };
    },
    close: async () => {
      const saved = search.flush();
      db.close();
      await saved.catch(() => {}); // a lost save only means a rebuild on next open
    },
  };
}
