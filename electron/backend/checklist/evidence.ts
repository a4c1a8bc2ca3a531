/** Evidence as a reader needs it: which document, which article and clause, on what page, saying what. */
import type { Evidence } from '../../../shared/checklist/index.ts';
import type { EvidenceViewT } from '../../../shared/ipc/checklist.ts';
import type { Db } from '../db/database.ts';
import { clauseLabel } from '../db/findings-query.ts';

type ClauseRow = {
  id: string;
  article_number: string;
  article_title: string;
  clause_number: string;
  point_number: string | null;
  page: number | null;
  text: string;
};

const EXCERPT = 180;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** Labels every evidence entry; clause rows are read once per call, however many items cite them. */
export function evidenceLabeller(db: Db): (evidence: readonly Evidence[]) => EvidenceViewT[] {
  const docs = new Map(
    (
      db
        .prepare(
          `SELECT d.id, COALESCE(d.number, v.file_name) AS label, COALESCE(d.title, '') AS title
             FROM documents d JOIN document_versions v ON v.id = d.current_version_id`,
        )
        .all() as { id: string; label: string; title: string }[]
    ).map((d) => [d.id, d]),
  );
  const clauseStmt = db.prepare(
    `SELECT id, article_number, article_title, clause_number, point_number, page, text
       FROM clauses WHERE id = ?`,
  );
  const clauses = new Map<string, ClauseRow | undefined>();
  const clause = (id: string): ClauseRow | undefined => {
    if (!clauses.has(id)) clauses.set(id, clauseStmt.get(id) as ClauseRow | undefined);
    return clauses.get(id);
  };
  return (evidence) =>
    evidence.map((e): EvidenceViewT => {
      const doc = docs.get(e.documentId);
      const c = e.clauseId ? clause(e.clauseId) : undefined;
      return {
        documentId: e.documentId,
        docLabel: doc?.label ?? e.documentId,
        clauseId: c ? c.id : null,
        clauseLabel: c ? clauseLabel(c.article_number, c.clause_number, c.point_number) : '',
        articleTitle: c?.article_title ?? '',
        page: c?.page ?? null,
        excerpt: c ? excerpt(c.text) : (doc?.title ?? ''),
        kinds: [...e.kinds],
      };
    });
}
