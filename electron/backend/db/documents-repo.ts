/** Read queries over documents and their current versions. */
import type { DocumentSummaryT } from '../../../shared/ipc/schemas.ts';
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
  imported_at: string;
};

export function listDocuments(db: Db): DocumentSummaryT[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.number, d.doc_type, d.issuer, d.issued_date, d.title,
              v.file_name, v.format, v.version, v.id AS version_id, v.imported_at,
              (SELECT COUNT(*) FROM clauses c WHERE c.version_id = v.id) AS clause_count
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
    status: 'imported',
    importedAt: r.imported_at,
  }));
}
