/** Write side of the review: decisions (logged for undo and audit), manual findings. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import type { DecisionT } from '../../../shared/ipc/findings.ts';
import { familyOf, isFindingKind } from '../../../shared/model/finding.ts';
import { findingFingerprint } from '../analysis/fingerprint.ts';
import { transaction, type Db } from './database.ts';
import { getFindingRaw, type RawFinding } from './findings-query.ts';

type DecisionRow = {
  status: string;
  reason: string | null;
  citation: string | null;
  note: string | null;
  suggestion: string | null;
  reviewer: string;
  decided_at: string;
};

function currentDecision(db: Db, documentId: string, fingerprint: string): DecisionRow | null {
  return (
    (db
      .prepare(
        'SELECT status, reason, citation, note, suggestion, reviewer, decided_at FROM decisions WHERE document_id = ? AND fingerprint = ?',
      )
      .get(documentId, fingerprint) as DecisionRow | undefined) ?? null
  );
}

function writeDecision(
  db: Db,
  documentId: string,
  fingerprint: string,
  d: DecisionRow | null,
): void {
  if (!d) {
    db.prepare('DELETE FROM decisions WHERE document_id = ? AND fingerprint = ?').run(
      documentId,
      fingerprint,
    );
    return;
  }
  db.prepare(
    `INSERT INTO decisions (document_id, fingerprint, status, reason, citation, note, suggestion, reviewer, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (document_id, fingerprint) DO UPDATE SET status = excluded.status, reason = excluded.reason,
       citation = excluded.citation, note = excluded.note, suggestion = excluded.suggestion,
       reviewer = excluded.reviewer, decided_at = excluded.decided_at`,
  ).run(
    documentId,
    fingerprint,
    d.status,
    d.reason,
    d.citation,
    d.note,
    d.suggestion,
    d.reviewer,
    d.decided_at,
  );
}

function requireFinding(db: Db, id: string): RawFinding {
  const f = getFindingRaw(db, id);
  if (!f)
    throw new AppError(
      'input.invalid',
      'Không tìm thấy phát hiện này (có thể văn bản đã được nhập lại).',
    );
  return f;
}

/** Records a decision at once; a dismissal needs a reason, and "justified by law" a citation. */
export function decide(db: Db, input: DecisionT, reviewer: string): void {
  if (input.status === 'dismissed' && !input.reason) {
    throw new AppError(
      'input.invalid',
      'Bỏ qua phát hiện cần nêu lý do: không áp dụng, phát hiện sai, hoặc có căn cứ pháp luật.',
    );
  }
  if (input.reason === 'justified_by_law' && !input.citation?.trim()) {
    throw new AppError(
      'input.invalid',
      'Lý do "có căn cứ pháp luật" cần trích dẫn văn bản (số hiệu, điều, khoản).',
    );
  }
  transaction(db, () => {
    const f = requireFinding(db, input.findingId);
    const before = currentDecision(db, f.documentId, f.fingerprint);
    const after: DecisionRow = {
      status: input.status,
      reason: input.status === 'dismissed' ? (input.reason ?? null) : null,
      citation: input.status === 'dismissed' ? (input.citation?.trim() ?? null) : null,
      note: input.note ?? before?.note ?? null,
      suggestion: input.suggestion ?? before?.suggestion ?? null,
      reviewer,
      decided_at: new Date().toISOString(),
    };
    writeDecision(db, f.documentId, f.fingerprint, after);
    db.prepare(
      'INSERT INTO decision_log (document_id, fingerprint, before_json, after_json, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      f.documentId,
      f.fingerprint,
      before ? JSON.stringify(before) : null,
      JSON.stringify(after),
      reviewer,
      after.decided_at,
    );
  });
}

export type Undone = {
  findingId: string | null;
  removedId: string | null;
  documentId: string | null;
};

/** Reverts the most recent decision: the finding it touched, or the manual finding it removed. */
export function undoLast(db: Db): Undone {
  return transaction(db, () => {
    const last = db
      .prepare(
        'SELECT id, document_id, fingerprint, before_json FROM decision_log ORDER BY id DESC LIMIT 1',
      )
      .get() as
      | { id: number; document_id: string; fingerprint: string; before_json: string | null }
      | undefined;
    if (!last) return { findingId: null, removedId: null, documentId: null };
    writeDecision(
      db,
      last.document_id,
      last.fingerprint,
      last.before_json ? (JSON.parse(last.before_json) as DecisionRow) : null,
    );
    db.prepare('DELETE FROM decision_log WHERE id = ?').run(last.id);
    // Undoing the creation of a manual finding removes the finding itself.
    let removedId: string | null = null;
    if (!last.before_json) {
      const manual = db
        .prepare("SELECT id FROM findings WHERE origin = 'manual' AND fingerprint = ?")
        .get(last.fingerprint) as { id: string } | undefined;
      if (manual) {
        db.prepare('DELETE FROM findings WHERE id = ?').run(manual.id);
        removedId = manual.id;
      }
    }
    const f = db
      .prepare(
        `SELECT f.id FROM findings f JOIN documents d ON d.current_version_id = f.version_id
          WHERE d.id = ? AND f.fingerprint = ? LIMIT 1`,
      )
      .get(last.document_id, last.fingerprint) as { id: string } | undefined;
    return { findingId: f?.id ?? null, removedId, documentId: last.document_id };
  });
}

/** A reviewer's own finding on a selected span of a clause; it starts confirmed. */
export function addManual(
  db: Db,
  input: { clauseId: string; start: number; end: number; kind: string; note?: string },
  reviewer: string,
): string {
  if (!isFindingKind(input.kind))
    throw new AppError('input.invalid', `Loại phát hiện không hợp lệ: ${input.kind}`);
  const kind = input.kind;
  return transaction(db, () => {
    const c = db
      .prepare(
        `SELECT c.id, c.version_id, c.ord, c.text, v.document_id FROM clauses c
           JOIN document_versions v ON v.id = c.version_id WHERE c.id = ?`,
      )
      .get(input.clauseId) as
      | { id: string; version_id: string; ord: number; text: string; document_id: string }
      | undefined;
    if (!c) throw new AppError('input.invalid', 'Không tìm thấy khoản/điểm đã chọn.');
    if (input.end > c.text.length || input.start >= input.end) {
      throw new AppError('input.invalid', 'Đoạn văn bản đã chọn nằm ngoài khoản/điểm.');
    }
    const matched = c.text.slice(input.start, input.end);
    const id = randomUUID();
    const fingerprint = findingFingerprint({
      rule: `manual:${id}`,
      kind,
      clauseText: c.text,
      matched,
      occurrence: 0,
    });
    const now = new Date().toISOString();
    const msg = 'Phát hiện do người rà soát bổ sung.';
    db.prepare(
      `INSERT INTO findings (id, version_id, clause_id, ord, kind, family, severity, rule_id, rules_version,
         span_start, span_end, matched, message_vi, message_en, explanation_vi, explanation_en, directive_ref,
         suggestion_vi, suggestion_en, evidence_json, fingerprint, origin, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'medium', 'manual', '', ?, ?, ?, ?, ?, ?, ?, '2.2', NULL, NULL, NULL, ?, 'manual', ?, ?)`,
    ).run(
      id,
      c.version_id,
      c.id,
      c.ord,
      kind,
      familyOf(kind),
      input.start,
      input.end,
      matched,
      msg,
      'Finding added by the reviewer.',
      input.note ?? '',
      input.note ?? '',
      fingerprint,
      reviewer,
      now,
    );
    writeDecision(db, c.document_id, fingerprint, {
      status: 'confirmed',
      reason: null,
      citation: null,
      note: input.note ?? null,
      suggestion: null,
      reviewer,
      decided_at: now,
    });
    db.prepare(
      'INSERT INTO decision_log (document_id, fingerprint, before_json, after_json, reviewer, at) VALUES (?, ?, NULL, ?, ?, ?)',
    ).run(c.document_id, fingerprint, JSON.stringify({ status: 'confirmed' }), reviewer, now);
    return id;
  });
}
