/**
 * The reviewer's determination of an item overrides the automatic one and carries a reason when
 * it differs. An item that needs revision carries a revision action that itself obeys the
 * directive: what to change, who (a named position, not "các đơn vị liên quan"), by what date.
 */
import { findActors } from '../analysis/actor.ts';
import { POSITIONS } from '../analysis/lexicon.ts';
import { phraseFinder } from '../analysis/phrase-finder.ts';
import { prepareText } from '../analysis/prepared.ts';
import { HEAD_TITLES } from '../checks/head.ts';
import type { ChecklistItemId, ItemStatus } from '../model/checklist.ts';
import type { Bilingual } from '../model/finding.ts';

export type RevisionAction = { what: string; who: string; by: string };
export type ItemDetermination = { status: ItemStatus; reason?: string };
export type ChecklistItemEntry = {
  id: ChecklistItemId;
  automatic: ItemStatus;
  determination?: ItemDetermination;
  revision?: RevisionAction;
};
export type IssueField = 'reason' | 'revision' | 'revision.what' | 'revision.who' | 'revision.by';
export type DeterminationIssue = { field: IssueField; message: Bilingual };

/** Titles too general to name one person ("lãnh đạo", "thành viên"). */
const GENERIC = new Set(['lãnh đạo', 'thành viên']);
const position = phraseFinder(
  [...new Set([...POSITIONS, ...HEAD_TITLES])].filter((p) => !GENERIC.has(p)),
);

const words = (s: string | undefined): number =>
  (s ?? '').trim().split(/\s+/).filter(Boolean).length;

/** An ISO date (yyyy-mm-dd) from "yyyy-mm-dd" or "dd/mm/yyyy", when it is a real calendar date. */
export function parseDeadline(s: string): string | undefined {
  const t = s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = t.includes('/') ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Problems with who, or none: it must name a position and no vague group. */
export function whoIssue(who: string): Bilingual | undefined {
  const p = prepareText(who);
  const vague = findActors(p).find((m) => m.kind === 'vague');
  if (vague) {
    return {
      vi: `"${vague.text}" là nhóm chung chung; ghi một chức danh cụ thể (ví dụ: Trưởng phòng Hành chính).`,
      en: `"${vague.text}" is a vague group; name one position (e.g. Head of the Administration Division).`,
    };
  }
  if (!position.first(p)) {
    return {
      vi: 'Ghi chức danh người chịu trách nhiệm (ví dụ: Chánh Văn phòng, Trưởng phòng Tổ chức).',
      en: 'Name the responsible position (e.g. Chief of Office, Head of the Personnel Division).',
    };
  }
  return undefined;
}

export function effectiveStatus(entry: ChecklistItemEntry): ItemStatus {
  return entry.determination?.status ?? entry.automatic;
}

/** The status that counts, and what is missing; `today` (ISO) rejects a deadline already past. */
export function validateDetermination(
  entry: ChecklistItemEntry,
  today?: string,
): { status: ItemStatus; issues: DeterminationIssue[] } {
  const issues: DeterminationIssue[] = [];
  const d = entry.determination;
  // "Not assessed" is no opinion to differ from.
  if (
    d &&
    d.status !== entry.automatic &&
    entry.automatic !== 'not_assessed' &&
    words(d.reason) < 2
  ) {
    issues.push({
      field: 'reason',
      message: {
        vi: 'Kết luận khác với đánh giá tự động: cần ghi lý do.',
        en: 'The determination differs from the automatic one: give a reason.',
      },
    });
  }
  const status = effectiveStatus(entry);
  if (status !== 'needs_revision') return { status, issues };
  const r = entry.revision;
  if (!r) {
    issues.push({
      field: 'revision',
      message: {
        vi: 'Tiêu chí cần sửa đổi, bổ sung: ghi rõ việc cần làm, người thực hiện và thời hạn.',
        en: 'The item needs revision: say what, who and by when.',
      },
    });
    return { status, issues };
  }
  if (words(r.what) < 3)
    issues.push({
      field: 'revision.what',
      message: {
        vi: 'Nêu cụ thể nội dung cần sửa đổi, bổ sung.',
        en: 'Say specifically what is to change.',
      },
    });
  const who = whoIssue(r.who);
  if (who) issues.push({ field: 'revision.who', message: who });
  const by = parseDeadline(r.by);
  if (!by) {
    issues.push({
      field: 'revision.by',
      message: {
        vi: 'Thời hạn phải là một ngày cụ thể (dd/mm/yyyy).',
        en: 'The deadline must be a date (dd/mm/yyyy).',
      },
    });
  } else if (today && by < today) {
    issues.push({
      field: 'revision.by',
      message: { vi: 'Thời hạn đã qua.', en: 'The deadline has passed.' },
    });
  }
  return { status, issues };
}
