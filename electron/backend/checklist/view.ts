/** One version of the checklist as the screen shows it: items, their status and problems, history. */
import { validateDetermination, type ChecklistItemEntry } from '../../../shared/checklist/index.ts';
import type { ChecklistViewT, ItemViewT } from '../../../shared/ipc/checklist.ts';
import { CHECKLIST_ITEMS, type ChecklistItemId } from '../../../shared/model/checklist.ts';
import type { Bilingual } from '../../../shared/model/finding.ts';
import { fold } from '../../../shared/text/index.ts';
import {
  getChecklist,
  latestVersion,
  listHistory,
  listItems,
  type Actor,
  type ChecklistRow,
  type ItemRow,
} from '../db/checklist-repo.ts';
import type { Db } from '../db/database.ts';
import { liveAssessment, parseAssessment, type Assessment } from './assessment.ts';

export function samePerson(a: Actor | null, b: Actor | null): boolean {
  return a !== null && b !== null && fold(a.name.trim()) === fold(b.name.trim());
}

/** The entry validateDetermination judges; `automatic` is the status shown for this version. */
export function entryOf(
  id: ChecklistItemId,
  automatic: ItemViewT['effective'],
  det: Pick<ItemRow, 'status' | 'reason' | 'revision'> | undefined,
): ChecklistItemEntry {
  return {
    id,
    automatic,
    ...(det?.status
      ? { determination: { status: det.status, ...(det.reason ? { reason: det.reason } : {}) } }
      : {}),
    ...(det?.revision ? { revision: det.revision } : {}),
  };
}

function itemViews(
  row: ChecklistRow | null,
  shown: Assessment,
  live: Assessment,
  items: ItemRow[],
  today: string | undefined,
): ItemViewT[] {
  const byId = new Map(items.map((i) => [i.itemId, i]));
  return CHECKLIST_ITEMS.map(({ id }): ItemViewT => {
    const auto = shown.items[id];
    const det = byId.get(id);
    const { status, issues } = validateDetermination(entryOf(id, auto.status, det), today);
    const liveStatus = live.items[id].status;
    return {
      id,
      label: auto.label,
      automatic: { status: auto.status, explanation: auto.explanation, evidence: auto.evidence },
      liveStatus: row?.assessmentJson && liveStatus !== auto.status ? liveStatus : null,
      determination: det
        ? {
            status: det.status,
            reason: det.reason,
            revision: det.revision,
            updated: { by: det.updatedBy, at: det.updatedAt },
          }
        : null,
      effective: status,
      issues,
    };
  });
}

function listIds(items: ItemViewT[], test: (i: ItemViewT) => boolean): string {
  return items
    .filter(test)
    .map((i) => i.id)
    .join(', ');
}

/** Why an editable version cannot be submitted yet. */
export function blockersOf(
  row: ChecklistRow | null,
  items: ItemViewT[],
  actor: Actor | null,
): Bilingual[] {
  const state = row?.state ?? 'draft';
  if (state !== 'draft' && state !== 'returned') return [];
  const out: Bilingual[] = [];
  const invalid = listIds(items, (i) => i.issues.length > 0);
  if (invalid)
    out.push({
      vi: `Tiêu chí ${invalid} còn thiếu lý do hoặc biện pháp sửa đổi (việc, người, thời hạn).`,
      en: `Items ${invalid} lack a reason or a revision action (what, who, by when).`,
    });
  const open = listIds(items, (i) => i.effective === 'not_assessed');
  if (open)
    out.push({
      vi: `Tiêu chí ${open} chưa có kết luận.`,
      en: `Items ${open} have no conclusion yet.`,
    });
  if (state === 'returned' && !row?.editedSinceReturn)
    out.push({
      vi: 'Danh mục bị trả lại: cần chỉnh sửa theo ý kiến của người phê duyệt trước khi trình lại.',
      en: 'Returned: edit it as the approver asked before submitting again.',
    });
  if (!actor)
    out.push({
      vi: 'Chưa ghi họ tên và chức vụ người thực hiện trong Cài đặt.',
      en: 'Enter your name and position in Settings.',
    });
  return out;
}

/** The version asked for (the latest by default); `today` (ISO) flags deadlines already past. */
export function checklistView(
  db: Db,
  opts: { version?: number; actor: Actor | null; now: string; today: string; live?: Assessment },
): ChecklistViewT {
  const row = getChecklist(db, opts.version);
  const live = opts.live ?? liveAssessment(db, opts.now);
  const shown = row?.assessmentJson ? parseAssessment(row.assessmentJson) : live;
  const frozen = row?.state === 'approved';
  // A submitted or approved version is judged as it stood; its deadlines were valid then.
  const editable = !row || row.state === 'draft' || row.state === 'returned';
  const items = itemViews(
    row,
    shown,
    live,
    row ? listItems(db, row.id) : [],
    editable ? opts.today : undefined,
  );
  const stamp = (by: Actor | null, at: string | null) => (by && at ? { by, at } : null);
  const decided = row ? stamp(row.decidedBy, row.decidedAt) : null;
  return {
    id: row?.id ?? null,
    scope: 'unit',
    version: row?.version ?? 1,
    latestVersion: Math.max(latestVersion(db), 1),
    state: row?.state ?? 'draft',
    frozen,
    created: row ? { by: row.createdBy, at: row.createdAt } : null,
    submitted: row ? stamp(row.submittedBy, row.submittedAt) : null,
    decided: decided && row ? { ...decided, comment: row.decisionComment } : null,
    assessedAt: shown.at,
    documentCount: shown.documentCount,
    directiveDate: shown.directiveDate,
    items,
    blockers: blockersOf(row, items, opts.actor),
    actor: opts.actor,
    actorIsSubmitter: row?.state === 'submitted' && samePerson(opts.actor, row.submittedBy),
    history: listHistory(db),
  };
}
