/** Runs the rule engine and the document checks over a version and stores the findings. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import {
  familyOf,
  type Bilingual,
  type FindingKind,
  type Severity,
} from '../../../shared/model/finding.ts';
import { classify, type ClassifyResult, type Engine } from '../../../shared/rules/index.ts';
import { transaction, type Db } from '../db/database.ts';
import { findingFingerprint } from './fingerprint.ts';
import { docFindings, type StoredClause } from './doc-findings.ts';
import type { RuleOverrides } from './workspace-rules.ts';

export type AnalysisOutcome = {
  versionId: string;
  clauses: number;
  findings: number;
  results: Map<string, ClassifyResult>;
};

type Row = {
  clauseId: string | null;
  ord: number;
  kind: FindingKind;
  severity: Severity;
  rule: string;
  span: [number, number];
  matched: string;
  message: Bilingual;
  explanation: Bilingual;
  directiveRef: string;
  suggestion?: Bilingual;
  evidence: string[] | null;
  fingerprint: string;
};

function clauseRows(c: StoredClause, r: ClassifyResult): Row[] {
  const seen = new Map<string, number>();
  return r.findings.map((f) => {
    const base = `${f.rule}|${f.matched}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return {
      ...f,
      clauseId: c.id,
      ord: c.ord,
      evidence: null,
      fingerprint: findingFingerprint({
        rule: f.rule,
        kind: f.kind,
        clauseText: c.text,
        matched: f.matched,
        occurrence,
      }),
    };
  });
}

/** The rules a run uses; `overrides` also switch off or re-grade document checks ("doc.<kind>"). */
export type AnalysisRules = { engine: Engine; version: string; overrides?: RuleOverrides };

export function analyseVersion(
  db: Db,
  versionId: string,
  rules: AnalysisRules,
  signal?: AbortSignal,
): AnalysisOutcome {
  const { engine, version: rulesVersion } = rules;
  const disabled = new Set(rules.overrides?.disabled ?? []);
  const clauses = db
    .prepare(
      `SELECT id, ord, text, article_title, article_number, clause_number, point_number, context, section_kind
         FROM clauses WHERE version_id = ? ORDER BY ord`,
    )
    .all(versionId) as StoredClause[];
  const results = new Map<string, ClassifyResult>();
  for (const c of clauses) {
    if (signal?.aborted) break;
    results.set(
      c.id,
      classify({ id: c.id, text: c.text, article: c.article_title, context: c.context }, engine),
    );
  }
  // A cancelled run stores nothing: the previous findings stay as they were.
  if (signal?.aborted) throw new AppError('job.cancelled', 'Đã hủy phân tích theo yêu cầu.');

  const rows: Row[] = clauses.flatMap((c) => clauseRows(c, results.get(c.id)!));
  const ordOf = new Map(clauses.map((c) => [c.id, c.ord]));
  for (const d of docFindings(db, versionId, clauses, results)) {
    const rule = `doc.${d.kind.slice(4)}`;
    if (disabled.has(rule)) continue;
    const first = d.evidence[0] ?? null;
    rows.push({
      ...d,
      severity: rules.overrides?.severity[rule] ?? d.severity,
      rule,
      clauseId: first,
      ord: first ? (ordOf.get(first) ?? -1) : -1,
      span: [0, 0],
      matched: '',
      evidence: d.evidence,
      fingerprint: findingFingerprint({
        rule: d.kind,
        kind: d.kind,
        clauseText: d.articleNumber ?? '',
        matched: d.evidence.join(','),
        occurrence: 0,
      }),
    });
  }
  const now = new Date().toISOString();
  transaction(db, () => {
    db.prepare("DELETE FROM findings WHERE version_id = ? AND origin = 'rule'").run(versionId);
    const ins = db.prepare(
      `INSERT INTO findings (id, version_id, clause_id, ord, kind, family, severity, rule_id, rules_version,
         span_start, span_end, matched, message_vi, message_en, explanation_vi, explanation_en, directive_ref,
         suggestion_vi, suggestion_en, evidence_json, fingerprint, origin, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'rule', NULL, ?)`,
    );
    for (const f of rows) {
      ins.run(
        randomUUID(),
        versionId,
        f.clauseId,
        f.ord,
        f.kind,
        familyOf(f.kind),
        f.severity,
        f.rule,
        rulesVersion,
        f.span[0],
        f.span[1],
        f.matched,
        f.message.vi,
        f.message.en,
        f.explanation.vi,
        f.explanation.en,
        f.directiveRef,
        f.suggestion?.vi ?? null,
        f.suggestion?.en ?? null,
        f.evidence ? JSON.stringify(f.evidence) : null,
        f.fingerprint,
        now,
      );
    }
    db.prepare(
      `INSERT INTO analysis_runs (version_id, rules_version, finding_count, ran_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (version_id) DO UPDATE SET rules_version = excluded.rules_version,
         finding_count = excluded.finding_count, ran_at = excluded.ran_at`,
    ).run(versionId, rulesVersion, rows.length, now);
  });
  return { versionId, clauses: clauses.length, findings: rows.length, results };
}
