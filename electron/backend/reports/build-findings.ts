/** The findings part of the report: counts for the summary, details grouped by document and article. */
import { clauseLabel, excerpt, type RawFinding } from '../db/findings-query.ts';
import {
  FAMILY_LABEL,
  REASON_LABEL,
  REVIEW_STATUS_LABEL,
  kindLabel,
  pick,
  type Lang,
} from './labels.ts';
import type { Counted, ReportContent, ReportFinding } from './model.ts';

function tally(keys: string[], label: (k: string) => string, order?: readonly string[]): Counted[] {
  const counts = new Map<string, number>();
  for (const k of order ?? []) counts.set(k, 0);
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, label: label(key), count }));
}

export function tallyFindings(findings: RawFinding[], lang: Lang): ReportContent['findings'] {
  const byKind = tally(
    findings.map((f) => f.kind),
    (k) => kindLabel(k, lang),
  ).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    total: findings.length,
    byFamily: tally(
      findings.map((f) => f.family),
      (k) => pick(FAMILY_LABEL[k as 'PROC'] ?? { vi: k, en: k }, lang),
      ['PROC', 'RESP', 'DOC'],
    ),
    byKind,
    byStatus: tally(
      findings.map((f) => f.status),
      (k) => pick(REVIEW_STATUS_LABEL[k] ?? { vi: k, en: k }, lang),
      ['confirmed', 'open', 'dismissed'],
    ),
  };
}

function whereOf(f: RawFinding, lang: Lang): string {
  const vi = clauseLabel(f.articleNumber, f.clauseNumber, f.pointNumber);
  if (!vi) return lang === 'vi' ? 'Toàn văn bản' : 'Whole document';
  if (lang === 'vi') return vi;
  return [
    f.articleNumber ? `Article ${f.articleNumber}` : '',
    f.clauseNumber ? `clause ${f.clauseNumber}` : '',
    f.pointNumber ? `point ${f.pointNumber}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function findingOf(f: RawFinding, lang: Lang): ReportFinding {
  const suggested = lang === 'vi' ? f.suggestion_vi : (f.suggestion_en ?? f.suggestion_vi);
  return {
    id: f.id,
    status: f.status === 'confirmed' ? 'confirmed' : 'open',
    statusLabel: pick(REVIEW_STATUS_LABEL[f.status] ?? { vi: f.status, en: f.status }, lang),
    kind: f.kind,
    kindLabel: kindLabel(f.kind, lang),
    where: whereOf(f, lang),
    page: f.page,
    excerpt: f.clauseText ? excerpt(f.clauseText, f.spanStart, f.spanEnd) : '',
    matched: f.matched,
    explanation:
      lang === 'vi' ? f.explanation_vi || f.message_vi : f.explanation_en || f.message_en,
    directiveRef: f.directiveRef,
    rewrite: f.editedSuggestion ?? suggested ?? '',
    rewriteEdited: f.editedSuggestion !== null,
    note: f.note ?? '',
  };
}

/** Confirmed and open findings per document and article, in reading order; dismissed apart. */
export function buildDetails(
  findings: RawFinding[],
  lang: Lang,
): Pick<ReportContent, 'details' | 'dismissed'> {
  const details: ReportContent['details'] = [];
  const byDoc = new Map<string, ReportContent['details'][number]>();
  const dismissed: ReportContent['dismissed'] = [];
  for (const f of findings) {
    if (f.status === 'dismissed') {
      dismissed.push({
        document: f.docLabel,
        where: whereOf(f, lang),
        kindLabel: kindLabel(f.kind, lang),
        matched: f.matched,
        reason: f.reason
          ? pick(REASON_LABEL[f.reason] ?? { vi: f.reason, en: f.reason }, lang)
          : '',
        citation: f.citation ?? '',
        by: f.decidedBy ?? '',
      });
      continue;
    }
    let doc = byDoc.get(f.documentId);
    if (!doc) {
      doc = { documentId: f.documentId, document: f.docLabel, articles: [] };
      byDoc.set(f.documentId, doc);
      details.push(doc);
    }
    const article = f.articleNumber
      ? lang === 'vi'
        ? `Điều ${f.articleNumber}`
        : `Article ${f.articleNumber}`
      : lang === 'vi'
        ? 'Toàn văn bản'
        : 'Whole document';
    let group = doc.articles.find((a) => a.article === article);
    if (!group) {
      // Stored titles often repeat the label ("Điều 2. Nguyên tắc…"); keep the title alone.
      const title = f.articleTitle.replace(/^(Điều|Article)\s+\S+?[.:]\s*/u, '');
      group = { article, title, findings: [] };
      doc.articles.push(group);
    }
    group.findings.push(findingOf(f, lang));
  }
  return { details, dismissed };
}
