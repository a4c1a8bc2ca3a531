/** Runs the rule engine over every clause of a document version and stores the findings. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import { familyOf } from '../../../shared/model/finding.ts';
import { classify, type ClassifyResult, type Engine } from '../../../shared/rules/index.ts';
import { transaction, type Db } from '../db/database.ts';
import { findingFingerprint } from './fingerprint.ts';

type ClauseRow = { id: string; ord: number; text: string; article_title: string; context: string };

export type AnalysisOutcome = {
  versionId: string;
  clauses: number;
  findings: number;
  results: Map<string, ClassifyResult>;
};

export function analyseVersion(
  db: Db,
  versionId: string,
  engine: Engine,
  rulesVersion: string,
  signal?: AbortSignal,
): AnalysisOutcome {
  const clauses = db
    .prepare(
      'SELECT id, ord, text, article_title, context FROM clauses WHERE version_id = ? ORDER BY ord',
    )
    .all(versionId) as ClauseRow[];
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
  const now = new Date().toISOString();
  let count = 0;
  transaction(db, () => {
    db.prepare("DELETE FROM findings WHERE version_id = ? AND origin = 'rule'").run(versionId);
    const ins = db.prepare(
      `INSERT INTO findings (id, version_id, clause_id, ord, kind, family, severity, rule_id, rules_version,
         span_start, span_end, matched, message_vi, message_en, explanation_vi, explanation_en, directive_ref,
         suggestion_vi, suggestion_en, evidence_json, fingerprint, origin, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'rule', NULL, ?)`,
    );
    for (const c of clauses) {
      const r = results.get(c.id);
      if (!r) continue;
      const seen = new Map<string, number>();
      for (const f of r.findings) {
        const base = `${f.rule}|${f.matched}`;
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        ins.run(
          randomUUID(),
          versionId,
          c.id,
          c.ord,
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
          findingFingerprint({
            rule: f.rule,
            kind: f.kind,
            clauseText: c.text,
            matched: f.matched,
            occurrence,
          }),
          now,
        );
        count++;
      }
    }
    db.prepare(
      `INSERT INTO analysis_runs (version_id, rules_version, finding_count, ran_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (version_id) DO UPDATE SET rules_version = excluded.rules_version,
         finding_count = excluded.finding_count, ran_at = excluded.ran_at`,
    ).run(versionId, rulesVersion, count, now);
  });
  return { versionId, clauses: clauses.length, findings: count, results };
}
