/** Gathers the report's content from the workspace: documents, checklist, findings, inventory. */
import { randomUUID } from 'node:crypto';
import type { DirectiveRefT } from '../../../shared/ipc/reports.ts';
import { clockNow } from '../api/checklist.ts';
import { checklistView } from '../checklist/view.ts';
import type { Db } from '../db/database.ts';
import { listDocuments } from '../db/documents-repo.ts';
import { documentInventory } from '../db/inventory-query.ts';
import { queryFindings } from '../db/findings-query.ts';
import { buildDetails, tallyFindings } from './build-findings.ts';
import {
  docTypeLabel,
  INVENTORY_TOTALS,
  ITEM_STATUS_LABEL,
  STATE_LABEL,
  pick,
  type Lang,
} from './labels.ts';
import { REPORT_SCHEMA, type ReportContent, type ReportRevision } from './model.ts';

export const DEFAULT_DIRECTIVE: DirectiveRefT = {
  number: '34-CT/TU',
  date: '2023-10-27',
  issuer: 'Ban Thường vụ Thành ủy Đà Nẵng',
};

export type BuildInput = {
  db: Db;
  lang: Lang;
  directive?: DirectiveRefT | undefined;
  unit: string;
  reviewer: { name: string; position: string };
  workspaceName: string;
  keyFingerprint: string;
  now?: Date;
};

/** Trích yếu typed in capitals reads better in a table as a sentence. */
function sentenceCase(s: string, lang: Lang): string {
  if (s !== s.toLocaleUpperCase(lang) || !/\p{L}/u.test(s)) return s;
  const lower = s.toLocaleLowerCase(lang);
  return lower.charAt(0).toLocaleUpperCase(lang) + lower.slice(1);
}

export function reportTitle(directiveNumber: string, lang: Lang): string {
  return lang === 'vi'
    ? `Báo cáo rà soát quy chế, quy định theo mục 2.2 Chỉ thị ${directiveNumber}`
    : `Report on the review of internal rules under section 2.2 of Directive ${directiveNumber}`;
}

function checklistOf(
  db: Db,
  lang: Lang,
  now: Date,
): ReportContent['checklist'] & {
  revisions: ReportRevision[];
} {
  const v = checklistView(db, { actor: null, ...clockNow(now) });
  const label = (s: string) => pick(ITEM_STATUS_LABEL[s] ?? { vi: s, en: s }, lang);
  const stamp = (s: { by: { name: string; position: string }; at: string } | null) =>
    s ? { name: s.by.name, position: s.by.position, at: s.at } : null;
  const revisions: ReportRevision[] = [];
  for (const i of v.items) {
    const r = i.determination?.revision;
    if (i.effective === 'needs_revision' && r)
      revisions.push({
        itemId: i.id,
        label: pick(i.label, lang),
        what: r.what,
        who: r.who,
        by: r.by,
      });
  }
  return {
    version: v.version,
    state: v.state,
    stateLabel: pick(STATE_LABEL[v.state] ?? { vi: v.state, en: v.state }, lang),
    submitted: stamp(v.submitted),
    decided: v.decided ? { ...stamp(v.decided)!, comment: v.decided.comment ?? '' } : null,
    items: v.items.map((i) => ({
      id: i.id,
      label: pick(i.label, lang),
      status: i.effective,
      statusLabel: label(i.effective),
      automaticLabel: label(i.automatic.status),
      reason: i.determination?.reason ?? '',
    })),
    revisions,
  };
}

function inventoryOf(db: Db, docs: { id: string; label: string }[], lang: Lang) {
  const counts = new Map<string, number>();
  const days = { working: 0, calendar: 0 };
  let total = 0;
  let unbounded = 0;
  const changes: { document: string; sentence: string }[] = [];
  for (const d of docs) {
    const inv = documentInventory(db, d.id);
    if (!inv) continue;
    for (const [k, n] of Object.entries(inv.summary.counts))
      counts.set(k, (counts.get(k) ?? 0) + n);
    total += inv.summary.total;
    unbounded += inv.summary.unbounded;
    days.working += inv.summary.days.working;
    days.calendar += inv.summary.days.calendar;
    if (inv.change) changes.push({ document: d.label, sentence: pick(inv.change.sentence, lang) });
  }
  return {
    totals: INVENTORY_TOTALS.map(([key, l]) => ({
      key,
      label: pick(l, lang),
      count: counts.get(key) ?? 0,
    })),
    total,
    days: {
      working: Math.round(days.working * 100) / 100,
      calendar: Math.round(days.calendar * 100) / 100,
    },
    unbounded,
    changes,
  };
}

/** The report as of now; `reportId` and `createdAt` are fixed here and signed with the rest. */
export function buildReport(input: BuildInput): ReportContent {
  const now = input.now ?? new Date();
  const { db, lang } = input;
  const directive = input.directive ?? DEFAULT_DIRECTIVE;
  const docs = listDocuments(db);
  const documents = docs.map((d) => ({
    id: d.id,
    number: d.number ?? '',
    docType: docTypeLabel(d.docType, lang),
    issuer: d.issuer ?? '',
    issuedDate: d.issuedDate ?? '',
    title: sentenceCase(d.title ?? '', lang),
    version: d.version,
    fileName: d.fileName,
  }));
  const labels = docs.map((d) => ({ id: d.id, label: d.number ?? d.fileName }));
  const { revisions, ...checklist } = checklistOf(db, lang, now);
  const findings = queryFindings(db, {});
  return {
    schema: REPORT_SCHEMA,
    reportId: randomUUID(),
    createdAt: now.toISOString(),
    language: lang,
    title: reportTitle(directive.number, lang),
    directive,
    unit: input.unit,
    reviewer: input.reviewer,
    workspace: { name: input.workspaceName, keyFingerprint: input.keyFingerprint },
    documents,
    checklist,
    findings: tallyFindings(findings, lang),
    inventory: inventoryOf(db, labels, lang),
    ...buildDetails(findings, lang),
    revisions,
  };
}
