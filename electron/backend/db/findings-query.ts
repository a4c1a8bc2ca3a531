/** Read side of findings: rows for the queue, one finding in detail, review progress. */
import type {
  FindingDetailT,
  FindingFilterT,
  FindingRowT,
  ReviewProgressT,
} from '../../../shared/ipc/findings.ts';
import type { Db } from './database.ts';

/** Findings of current versions, with their clause and the reviewer's decision. */
const FROM = `FROM findings f
    JOIN document_versions v ON v.id = f.version_id
    JOIN documents d ON d.id = v.document_id AND d.current_version_id = v.id
    LEFT JOIN clauses c ON c.id = f.clause_id
    LEFT JOIN decisions dec ON dec.document_id = d.id AND dec.fingerprint = f.fingerprint`;

export const FINDING_SELECT = `
  SELECT f.id, d.id AS documentId, COALESCE(d.number, v.file_name) AS docLabel, f.clause_id AS clauseId,
         COALESCE(c.article_number, '') AS articleNumber, COALESCE(c.clause_number, '') AS clauseNumber,
         c.point_number AS pointNumber, f.kind, f.family, f.severity,
         COALESCE(dec.status, 'open') AS status, f.matched, COALESCE(c.text, '') AS clauseText,
         f.span_start AS spanStart, f.span_end AS spanEnd, f.origin,
         f.version_id AS versionId, COALESCE(c.article_title, '') AS articleTitle, COALESCE(c.context, '') AS context,
         c.start_off AS clauseStart, c.page, f.rule_id AS ruleId, f.rules_version AS rulesVersion,
         f.message_vi, f.message_en, f.explanation_vi, f.explanation_en, f.directive_ref AS directiveRef,
         f.suggestion_vi, f.suggestion_en, dec.reason, dec.citation, dec.note, dec.suggestion AS editedSuggestion,
         dec.reviewer AS decidedBy, dec.decided_at AS decidedAt, f.fingerprint, f.ord
    ${FROM}`;

export type RawFinding = Omit<FindingRowT, 'clauseLabel' | 'excerpt'> & {
  clauseNumber: string;
  pointNumber: string | null;
  clauseText: string;
  spanStart: number;
  spanEnd: number;
  versionId: string;
  articleTitle: string;
  context: string;
  clauseStart: number | null;
  page: number | null;
  ruleId: string;
  rulesVersion: string;
  message_vi: string;
  message_en: string;
  explanation_vi: string;
  explanation_en: string;
  directiveRef: string;
  suggestion_vi: string | null;
  suggestion_en: string | null;
  reason: FindingDetailT['reason'];
  citation: string | null;
  note: string | null;
  editedSuggestion: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  fingerprint: string;
  ord: number;
};

export function clauseLabel(article: string, clause: string, point: string | null): string {
  const parts = [
    article ? `Điều ${article}` : '',
    clause ? `khoản ${clause}` : '',
    point ? `điểm ${point}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** ~160 characters of the clause around the match. */
export function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, Math.max(end, start) + 100);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

type RowSource = Omit<FindingRowT, 'clauseLabel' | 'excerpt'> & {
  clauseNumber: string;
  pointNumber: string | null;
};

function rowOf(r: RowSource, excerptText: string): FindingRowT {
  return {
    id: r.id,
    documentId: r.documentId,
    docLabel: r.docLabel,
    clauseId: r.clauseId,
    articleNumber: r.articleNumber,
    clauseLabel: clauseLabel(r.articleNumber, r.clauseNumber, r.pointNumber),
    kind: r.kind,
    family: r.family,
    severity: r.severity,
    status: r.status,
    matched: r.matched,
    excerpt: excerptText,
    origin: r.origin,
  };
}

export function toRow(r: RawFinding): FindingRowT {
  return rowOf(r, excerpt(r.clauseText, r.spanStart, r.spanEnd));
}

export function toDetail(r: RawFinding): FindingDetailT {
  const suggestion =
    r.suggestion_vi !== null
      ? { vi: r.suggestion_vi, en: r.suggestion_en ?? r.suggestion_vi }
      : null;
  return {
    ...toRow(r),
    versionId: r.versionId,
    articleTitle: r.articleTitle,
    context: r.context,
    clauseText: r.clauseText,
    span: [r.spanStart, r.spanEnd],
    clauseStart: r.clauseStart,
    page: r.page,
    ruleId: r.ruleId,
    rulesVersion: r.rulesVersion,
    message: { vi: r.message_vi, en: r.message_en },
    explanation: { vi: r.explanation_vi, en: r.explanation_en },
    directiveRef: r.directiveRef,
    suggestion,
    reason: r.reason,
    citation: r.citation,
    note: r.note,
    editedSuggestion: r.editedSuggestion,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
  };
}

function inList(
  column: string,
  values: readonly string[] | undefined,
  where: string[],
  params: string[],
): void {
  if (!values || values.length === 0) return;
  where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

function whereOf(filter: FindingFilterT): { where: string; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  inList('d.id', filter.documentIds, where, params);
  inList('f.family', filter.families, where, params);
  inList('f.kind', filter.kinds, where, params);
  inList('f.severity', filter.severities, where, params);
  inList("COALESCE(dec.status, 'open')", filter.statuses, where, params);
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function queryFindings(db: Db, filter: FindingFilterT): RawFinding[] {
  const { where, params } = whereOf(filter);
  const sql = `${FINDING_SELECT} ${where}
    ORDER BY d.created_at, d.id, f.ord, f.span_start, f.id`;
  return db.prepare(sql).all(...params) as RawFinding[];
}

/**
 * The queue's rows only: no explanations or clause texts leave SQLite, and the excerpt is cut
 * there, which keeps a 10,000-finding list fast to read and small to send.
 */
const ROW_SELECT = `
  SELECT f.id, d.id AS documentId, COALESCE(d.number, v.file_name) AS docLabel, f.clause_id AS clauseId,
         COALESCE(c.article_number, '') AS articleNumber, COALESCE(c.clause_number, '') AS clauseNumber,
         c.point_number AS pointNumber, f.kind, f.family, f.severity, COALESCE(dec.status, 'open') AS status,
         f.matched, f.origin, f.span_start AS spanStart, f.span_end AS spanEnd,
         CASE WHEN f.span_start > 60 THEN '…' ELSE '' END
           || substr(COALESCE(c.text, ''), MAX(1, f.span_start - 59), MAX(f.span_end, f.span_start) + 100 - MAX(0, f.span_start - 60))
           || CASE WHEN length(COALESCE(c.text, '')) > MAX(f.span_end, f.span_start) + 100 THEN '…' ELSE '' END AS excerpt
    ${FROM}`;

type SlimRow = Omit<FindingRowT, 'clauseLabel'> & {
  clauseNumber: string;
  pointNumber: string | null;
  spanStart: number;
  spanEnd: number;
};

export type RowWithSpan = FindingRowT & { span: [number, number] };

export function countFindings(db: Db, filter: FindingFilterT): number {
  const { where, params } = whereOf(filter);
  return (db.prepare(`SELECT COUNT(*) AS n ${FROM} ${where}`).get(...params) as { n: number }).n;
}

export function queryFindingRows(db: Db, filter: FindingFilterT): RowWithSpan[] {
  const { where, params } = whereOf(filter);
  const paged = filter.limit !== undefined || filter.offset !== undefined;
  const sql = `${ROW_SELECT} ${where} ORDER BY d.created_at, d.id, f.ord, f.span_start, f.id
    ${paged ? 'LIMIT ? OFFSET ?' : ''}`;
  const args: (string | number)[] = paged
    ? [...params, filter.limit ?? -1, filter.offset ?? 0]
    : params;
  return (db.prepare(sql).all(...args) as SlimRow[]).map((r) => ({
    ...rowOf(r, r.excerpt),
    span: [r.spanStart, r.spanEnd],
  }));
}

export function getFindingRaw(db: Db, id: string): RawFinding | null {
  return (db.prepare(`${FINDING_SELECT} WHERE f.id = ?`).get(id) as RawFinding | undefined) ?? null;
}

export function reviewProgress(db: Db): ReviewProgressT {
  const rows = db
    .prepare(
      `SELECT d.id AS documentId, COUNT(f.id) AS total,
              SUM(CASE WHEN dec.status = 'confirmed' THEN 1 ELSE 0 END) AS confirmed,
              SUM(CASE WHEN dec.status = 'dismissed' THEN 1 ELSE 0 END) AS dismissed
         FROM documents d
         JOIN findings f ON f.version_id = d.current_version_id
         LEFT JOIN decisions dec ON dec.document_id = d.id AND dec.fingerprint = f.fingerprint
        GROUP BY d.id`,
    )
    .all() as { documentId: string; total: number; confirmed: number; dismissed: number }[];
  const sum = (k: 'total' | 'confirmed' | 'dismissed') => rows.reduce((n, r) => n + (r[k] ?? 0), 0);
  const total = sum('total');
  return {
    total,
    confirmed: sum('confirmed'),
    dismissed: sum('dismissed'),
    open: total - sum('confirmed') - sum('dismissed'),
    byDocument: rows.map((r) => ({
      documentId: r.documentId,
      total: r.total,
      decided: (r.confirmed ?? 0) + (r.dismissed ?? 0),
    })),
  };
}
