/** Document-level checks (DOC.*) for one stored version, from its clauses and their results. */
import type { DocType, Metadata } from '../../../shared/model/document.ts';
import { runDocChecks, type DocFinding } from '../../../shared/checks/index.ts';
import type { ClassifyResult } from '../../../shared/rules/index.ts';
import type { Db } from '../db/database.ts';

export type StoredClause = {
  id: string;
  ord: number;
  text: string;
  article_title: string;
  article_number: string;
  clause_number: string;
  point_number: string | null;
  context: string;
  section_kind: string;
};

export function docFindings(
  db: Db,
  versionId: string,
  clauses: StoredClause[],
  results: Map<string, ClassifyResult>,
): DocFinding[] {
  const v = db
    .prepare(
      `SELECT v.metadata_json, v.document_id, d.doc_type FROM document_versions v
         JOIN documents d ON d.id = v.document_id WHERE v.id = ?`,
    )
    .get(versionId) as
    { metadata_json: string; document_id: string; doc_type: string | null } | undefined;
  if (!v) return [];
  const articles = db
    .prepare(
      "SELECT number, title FROM nodes WHERE version_id = ? AND kind = 'article' ORDER BY ord",
    )
    .all(versionId) as { number: string; title: string }[];
  return runDocChecks({
    documentId: v.document_id,
    metadata: JSON.parse(v.metadata_json) as Metadata,
    docType: (v.doc_type ?? 'other') as DocType,
    articles,
    clauses: clauses.map((c) => ({
      id: c.id,
      articleNumber: c.article_number,
      articleTitle: c.article_title,
      clauseNumber: c.clause_number,
      pointNumber: c.point_number ?? undefined,
      context: c.context,
      text: c.text,
      sectionKind: c.section_kind as 'decision' | 'regulation' | 'appendix' | 'body',
    })),
    clauseResults: results,
  });
}
