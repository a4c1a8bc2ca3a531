/** Search records straight from the database: current versions only, with finding kinds and status. */
import type { Db } from '../db/database.ts';
import type { SearchRecord } from './types.ts';

const SELECT = `
  SELECT c.id, d.id AS documentId, COALESCE(d.doc_type, '') AS docKind, COALESCE(d.number, '') AS docNumber,
         COALESCE(d.title, v.file_name) AS docTitle, c.article_title AS articleLabel, c.text, c.ord AS ord,
         (SELECT group_concat(DISTINCT f.kind) FROM findings f WHERE f.clause_id = c.id) AS kinds,
         (SELECT CASE WHEN COUNT(f.id) = 0 THEN 'none'
                      WHEN SUM(CASE WHEN COALESCE(dec.status, 'open') = 'open' THEN 1 ELSE 0 END) > 0 THEN 'open'
                      ELSE 'reviewed' END
            FROM findings f LEFT JOIN decisions dec ON dec.document_id = d.id AND dec.fingerprint = f.fingerprint
           WHERE f.clause_id = c.id) AS reviewStatus
    FROM clauses c
    JOIN document_versions v ON v.id = c.version_id
    JOIN documents d ON d.current_version_id = v.id`;

type Row = Omit<SearchRecord, 'findingKinds' | 'order'> & { kinds: string | null; ord: number };

function toRecord(r: Row): SearchRecord {
  return {
    id: r.id,
    documentId: r.documentId,
    docKind: r.docKind,
    docNumber: r.docNumber,
    docTitle: r.docTitle,
    articleLabel: r.articleLabel,
    text: r.text,
    order: r.ord,
    findingKinds: r.kinds ? r.kinds.split(',') : [],
    reviewStatus: r.reviewStatus,
  };
}

export function allRecords(db: Db): SearchRecord[] {
  return (db.prepare(`${SELECT} ORDER BY d.id, c.ord`).all() as Row[]).map(toRecord);
}

export function documentRecords(db: Db, documentId: string): SearchRecord[] {
  return (db.prepare(`${SELECT} WHERE d.id = ? ORDER BY c.ord`).all(documentId) as Row[]).map(
    toRecord,
  );
}

/** Advanced by triggers on every change to documents, findings and decisions (migration 004). */
export function contentEpoch(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'epoch'").get() as
    { value: string } | undefined;
  return row?.value ?? '0';
}
