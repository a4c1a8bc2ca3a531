/**
 * What the automatic checklist assessment reads, from the workspace as it is now: the current
 * version of every document, its rule and DOC findings with the reviewer's decisions, and its
 * procedure inventory. A DOC finding the reviewer dismissed no longer counts, like a clause finding.
 */
import type {
  ChecklistClauseFinding,
  ChecklistConfig,
  ChecklistDocument,
  ChecklistInput,
} from '../../../shared/checklist/index.ts';
import type { DocFinding } from '../../../shared/checks/index.ts';
import type { DocType, Metadata } from '../../../shared/model/document.ts';
import type {
  DocKind,
  FindingKind,
  ReviewStatus,
  Severity,
} from '../../../shared/model/finding.ts';
import type { Db } from '../db/database.ts';
import { documentInventory } from '../db/inventory-query.ts';

type DocRow = {
  id: string;
  doc_type: string | null;
  issued_date: string | null;
  version_id: string;
  metadata_json: string;
};

type FindingRow = {
  version_id: string;
  clause_id: string | null;
  kind: string;
  family: string;
  severity: string;
  message_vi: string;
  message_en: string;
  explanation_vi: string;
  explanation_en: string;
  directive_ref: string;
  evidence_json: string | null;
  article_number: string | null;
  status: ReviewStatus;
};

const CONFIG_KEY = 'checklist.config';

/** The review's settings (workspace table `settings`, key "checklist.config"), with defaults. */
export function checklistConfig(db: Db): ChecklistConfig {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(CONFIG_KEY) as
    { value_json: string } | undefined;
  const stored = row ? (JSON.parse(row.value_json) as Partial<ChecklistConfig>) : {};
  // Most users are state administrative bodies; the reviewer overrides C4 otherwise.
  return { unitIsStateAdministrative: true, ...stored, scope: 'unit' };
}

function toDocFinding(f: FindingRow): DocFinding {
  const evidence = f.evidence_json ? (JSON.parse(f.evidence_json) as string[]) : [];
  return {
    kind: f.kind as DocKind,
    severity: f.severity as Severity,
    message: { vi: f.message_vi, en: f.message_en },
    explanation: { vi: f.explanation_vi, en: f.explanation_en },
    directiveRef: f.directive_ref,
    evidence,
    ...(f.article_number ? { articleNumber: f.article_number } : {}),
  };
}

export function checklistInput(db: Db): ChecklistInput {
  const docs = db
    .prepare(
      `SELECT d.id, d.doc_type, d.issued_date, v.id AS version_id, v.metadata_json
         FROM documents d JOIN document_versions v ON v.id = d.current_version_id
        ORDER BY d.created_at, d.id`,
    )
    .all() as DocRow[];
  const findings = db
    .prepare(
      `SELECT f.version_id, f.clause_id, f.kind, f.family, f.severity, f.message_vi, f.message_en,
              f.explanation_vi, f.explanation_en, f.directive_ref, f.evidence_json,
              c.article_number, COALESCE(dec.status, 'open') AS status
         FROM findings f
         JOIN documents d ON d.current_version_id = f.version_id
         LEFT JOIN clauses c ON c.id = f.clause_id
         LEFT JOIN decisions dec ON dec.document_id = d.id AND dec.fingerprint = f.fingerprint
        ORDER BY f.ord, f.span_start`,
    )
    .all() as FindingRow[];
  const byVersion = Map.groupBy(findings, (f) => f.version_id);
  const documents = docs.map((d): ChecklistDocument => {
    const own = byVersion.get(d.version_id) ?? [];
    const metadata = JSON.parse(d.metadata_json) as Metadata;
    const clauseFindings: ChecklistClauseFinding[] = own
      .filter((f) => f.family !== 'DOC' && f.clause_id !== null)
      .map((f) => ({
        clauseId: f.clause_id as string,
        documentId: d.id,
        kind: f.kind as FindingKind,
        status: f.status,
      }));
    return {
      documentId: d.id,
      docType: (d.doc_type ?? 'other') as DocType,
      metadata,
      ...(d.issued_date ? { issuedDate: d.issued_date } : {}),
      docFindings: own
        .filter((f) => f.family === 'DOC' && f.status !== 'dismissed')
        .map(toDocFinding),
      clauseFindings,
      inventory: documentInventory(db, d.id)?.rows ?? [],
    };
  });
  return { documents, config: checklistConfig(db) };
}
