/**
 * The same search over SQLite FTS5, kept to measure flexsearch against (scripts/bench/search.ts).
 * FTS5's `remove_diacritics 2` folds tone and vowel marks but not "đ", so that is folded here.
 * Query semantics follow the main index: every syllable required, the last one a prefix while
 * being typed, quoted phrases in order; ranking is bm25 with the same field weights.
 */
import { DatabaseSync } from 'node:sqlite';
import { parseQuery } from './query.ts';
import type { SearchRecord } from './types.ts';

export type Fts5Result = { total: number; ids: string[]; tookMs: number };

export type Fts5Index = {
  add(records: SearchRecord[]): void;
  /** Top `limit` ids by bm25; `total` is -1 unless `count` is asked (it costs a second query). */
  search(query: string, opts?: { limit?: number; count?: boolean }): Fts5Result;
  size(): number;
  close(): void;
};

const foldD = (s: string): string => s.replace(/[đĐ]/g, 'd');

/** FTS5 MATCH expression for a query, or null when it has no syllable. */
export function fts5Match(query: string): string | null {
  const q = parseQuery(query);
  if (!q.terms.length) return null;
  const inPhrase = new Set(q.phrases.flat());
  const parts = q.phrases.map((p) => {
    const last = q.terms[p[p.length - 1] ?? -1];
    const body = p.map((t) => q.terms[t]?.folded ?? '').join(' ');
    return `"${body}"${last?.prefix ? ' *' : ''}`;
  });
  q.terms.forEach((t, i) => {
    if (!inPhrase.has(i)) parts.push(`"${t.folded}"${t.prefix ? ' *' : ''}`);
  });
  return parts.join(' AND ');
}

export function createFts5Index(file = ':memory:'): Fts5Index {
  const db = new DatabaseSync(file);
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts USING fts5(
      body, article, doc, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
    CREATE TABLE IF NOT EXISTS clause_ids (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
  `);
  const insertText = db.prepare(
    'INSERT INTO clause_fts (rowid, body, article, doc) VALUES (?, ?, ?, ?)',
  );
  const insertId = db.prepare('INSERT INTO clause_ids (rowid, id) VALUES (?, ?)');
  const top = db.prepare(`
    SELECT i.id AS id FROM clause_fts f JOIN clause_ids i ON i.rowid = f.rowid
    WHERE clause_fts MATCH ? ORDER BY bm25(clause_fts, 1.0, 1.6, 1.3) LIMIT ?`);
  const count = db.prepare('SELECT count(*) AS n FROM clause_fts WHERE clause_fts MATCH ?');
  const rows = db.prepare('SELECT count(*) AS n FROM clause_ids');

  return {
    add(records) {
      db.exec('BEGIN');
      try {
        let next = Number((rows.get() as { n: number }).n);
        for (const r of records) {
          next++;
          insertId.run(next, r.id);
          insertText.run(
            next,
            foldD(r.text),
            foldD(r.articleLabel),
            foldD(`${r.docNumber} ${r.docTitle}`),
          );
        }
        db.exec('COMMIT');
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
    search(query, opts = {}) {
      const t0 = performance.now();
      const expr = fts5Match(query);
      if (!expr) return { total: 0, ids: [], tookMs: performance.now() - t0 };
      const ids = top.all(expr, opts.limit ?? 20).map((r) => String(r.id));
      const total = opts.count ? Number((count.get(expr) as { n: number }).n) : -1;
      return { total, ids, tookMs: performance.now() - t0 };
    },
    size: () => Number((rows.get() as { n: number }).n),
    close: () => db.close(),
  };
}
