/** Read queries over documents and their current versions. */
import type { DocumentSummaryT } from '../../../shared/ipc/schemas.ts';
import type { ClauseRefT, DocumentDetailT, OutlineNodeT } from '../../../shared/ipc/documents.ts';
import type { Db } from './database.ts';

type Row = {
  id: string;
  number: string | null;
  doc_type: string | null;
  issuer: string | null;
  issued_date: string | null;
  title: string | null;
  file_name: string;
  format: string;
  version: number;
  version_id: string;
  clause_count: number;
  status: DocumentSummaryT['status'];
  imported_at: string;
};

export function listDocuments(db: Db): DocumentSummaryT[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.number, d.doc_type, d.issuer, d.issued_date, d.title,
              v.file_name, v.format, v.version, v.id AS version_id, v.imported_at,
              (SELECT COUNT(*) FROM clauses c WHERE c.version_id = v.id) AS clause_count,
              -- Where the review of this version stands: not analysed, analysed, under way, done.
              CASE
                WHEN NOT EXISTS (SELECT 1 FROM analysis_runs r WHERE r.version_id = v.id) THEN 'imported'
                WHEN NOT EXISTS (SELECT 1 FROM findings f JOIN decisions dec
                                   ON dec.document_id = d.id AND dec.fingerprint = f.fingerprint
                                  WHERE f.version_id = v.id) THEN 'analysed'
                WHEN EXISTS (SELECT 1 FROM findings f LEFT JOIN decisions dec
                               ON dec.document_id = d.id AND dec.fingerprint = f.fingerprint
                              WHERE f.version_id = v.id AND COALESCE(dec.status, 'open') = 'open') THEN 'in_review'
                ELSE 'reviewed'
              END AS status
         FROM documents d JOIN document_versions v ON v.id = d.current_version_id
        ORDER BY d.issued_date IS NULL, d.issued_date DESC, d.number, d.id`,
    )
    .all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    docType: r.doc_type,
    issuer: r.issuer,
    issuedDate: r.issued_date,
    title: r.title,
    fileName: r.file_name,
    format: r.format,
    version: r.version,
    versionId: r.version_id,
    clauseCount: r.clause_count,
    status: r.status,
    importedAt: r.imported_at,
  }));
}

type VersionRow = {
  id: string;
  document_id: string;
  metadata_json: string;
  text: string;
  warnings_json: string;
};

/** The reader's view: metadata, full text, outline tree and clause spans of one version. */
export function getDocument(db: Db, id: string, versionId?: string): DocumentDetailT | null {
  const summary = listDocuments(db).find((d) => d.id === id);
  if (!summary) return null;
  const vid = versionId ?? summary.versionId;
  const v = db
    .prepare(
      'SELECT id, document_id, metadata_json, text, warnings_json FROM document_versions WHERE id = ? AND document_id = ?',
    )
    .get(vid, id) as VersionRow | undefined;
  if (!v) return null;
  const outline = db
    .prepare(
      `SELECT id, parent_id AS parentId, kind, number, title, start_off AS start, end_off AS end, page
         FROM nodes WHERE version_id = ? AND kind NOT IN ('item') ORDER BY ord`,
    )
    .all(vid) as OutlineNodeT[];
  const clauses = db
    .prepare(
      `SELECT id, key, article_number AS articleNumber, article_title AS articleTitle, clause_number AS clauseNumber,
              point_number AS pointNumber, start_off AS start, end_off AS end, page
         FROM clauses WHERE version_id = ? ORDER BY ord`,
    )
    .all(vid) as ClauseRefT[];
  const versions = db
    .prepare(
      `SELECT id, version, file_name AS fileName, imported_at AS importedAt
         FROM document_versions WHERE document_id = ? ORDER BY version DESC`,
    )
    .all(id) as DocumentDetailT['versions'];
  return {
    summary,
    metadata: JSON.parse(v.metadata_json) as DocumentDetailT['metadata'],
    text: v.text,
    outline,
    clauses,
    warnings: JSON.parse(v.warnings_json) as string[],
    versions,
  };
}

export function removeDocument(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}
