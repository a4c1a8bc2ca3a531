/**
 * The procedure inventory of a document (directive-model.md §4), built from its stored PROC
 * findings that the reviewer has not dismissed, and compared with the previous version.
 */
import type { ClauseFinding, FindingKind } from '../../../shared/model/finding.ts';
import type { ClassifyResult } from '../../../shared/rules/index.ts';
import {
  compareInventories,
  describeDiff,
  inventoryRows,
  summariseInventory,
  type InventoryRow,
  type InventorySummary,
} from '../../../shared/inventory/index.ts';
import type { Bilingual } from '../../../shared/model/finding.ts';
import type { Db } from './database.ts';

type ClauseRow = {
  id: string;
  article_number: string;
  article_title: string;
  context: string;
  text: string;
};
type FindingRow = {
  clause_id: string;
  kind: string;
  rule_id: string;
  span_start: number;
  span_end: number;
  matched: string;
};

function versionInventory(db: Db, versionId: string, documentId: string): InventoryRow[] {
  const clauses = db
    .prepare(
      'SELECT id, article_number, article_title, context, text FROM clauses WHERE version_id = ? ORDER BY ord',
    )
    .all(versionId) as ClauseRow[];
  const findings = db
    .prepare(
      `SELECT f.clause_id, f.kind, f.rule_id, f.span_start, f.span_end, f.matched FROM findings f
         LEFT JOIN decisions dec ON dec.document_id = ? AND dec.fingerprint = f.fingerprint
        WHERE f.version_id = ? AND f.family = 'PROC' AND f.clause_id IS NOT NULL
          AND COALESCE(dec.status, 'open') <> 'dismissed'`,
    )
    .all(documentId, versionId) as FindingRow[];
  const results = new Map<string, ClassifyResult>();
  for (const f of findings) {
    const r = results.get(f.clause_id) ?? {
      id: f.clause_id,
      proc: true,
      resp: false,
      kinds: [],
      findings: [],
    };
    const kind = f.kind as FindingKind;
    if (!r.kinds.includes(kind)) r.kinds.push(kind);
    r.findings.push({
      rule: f.rule_id,
      kind,
      span: [f.span_start, f.span_end],
      matched: f.matched,
    } as ClauseFinding);
    results.set(f.clause_id, r);
  }
  return inventoryRows(
    clauses.map((c) => ({
      id: c.id,
      articleNumber: c.article_number,
      articleTitle: c.article_title,
      context: c.context,
      text: c.text,
    })),
    results,
  );
}

export type DocumentInventory = {
  rows: InventoryRow[];
  summary: InventorySummary;
  /** Against the previous version, when there is one. */
  change: { fromVersion: number; sentence: Bilingual } | null;
};

export function documentInventory(db: Db, documentId: string): DocumentInventory | null {
  const versions = db
    .prepare(
      'SELECT id, version FROM document_versions WHERE document_id = ? ORDER BY version DESC LIMIT 2',
    )
    .all(documentId) as { id: string; version: number }[];
  const [current, previous] = versions;
  if (!current) return null;
  const rows = versionInventory(db, current.id, documentId);
  const summary = summariseInventory(rows);
  if (!previous) return { rows, summary, change: null };
  const before = versionInventory(db, previous.id, documentId);
  return {
    rows,
    summary,
    change: {
      fromVersion: previous.version,
      sentence: describeDiff(compareInventories(before, rows)),
    },
  };
}
