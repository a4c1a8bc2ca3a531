/**
 * Changes to the checklist: a determination on one item, and the moves of the approval flow. The
 * state machine (shared/checklist/state.ts) decides what is allowed; this module stores the result
 * and the history in one transaction.
 *
 * Roles, with no login in an offline app: the person acting is the reviewer profile in Settings,
 * and their name and position are recorded. Whoever approves or returns a submitted version acts as
 * approver, except the person who submitted it: a unit's legal officer prepares and submits, the
 * department head (under their own name in Settings) approves or returns.
 */
import {
  parseDeadline,
  transition,
  validateDetermination,
  type ChecklistAction,
  type ChecklistRecord,
} from '../../../shared/checklist/index.ts';
import { AppError } from '../../../shared/errors.ts';
import type { SetItemInputT, TransitionInputT } from '../../../shared/ipc/checklist.ts';
import {
  addEvent,
  getChecklist,
  insertChecklist,
  listItems,
  markDecided,
  markEdited,
  markSubmitted,
  saveItem,
  type Actor,
  type ChecklistRow,
  type ItemRow,
} from '../db/checklist-repo.ts';
import { transaction, type Db } from '../db/database.ts';
import { liveAssessment, type Assessment } from './assessment.ts';
import { checklistView, entryOf, samePerson } from './view.ts';

export type Clock = { now: string; today: string };

function record(row: ChecklistRow): ChecklistRecord {
  return {
    state: row.state,
    version: row.version,
    editedSinceReturn: row.editedSinceReturn,
    ...(row.submittedBy ? { submittedBy: row.submittedBy.name } : {}),
  };
}

/** The latest version, created as a draft (version 1) by the first change when there is none. */
function currentOrNew(db: Db, actor: Actor, now: string): ChecklistRow {
  const row = getChecklist(db);
  if (row) return row;
  const created = insertChecklist(db, 1, actor, now);
  addEvent(db, created.id, {
    action: 'create',
    itemId: null,
    from: null,
    to: 'draft',
    by: actor,
    comment: null,
    at: now,
  });
  return created;
}

const clean = (s: string | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

function sameItem(a: ItemRow | undefined, b: Omit<ItemRow, 'updatedBy' | 'updatedAt'>): boolean {
  return (
    (a?.status ?? null) === b.status &&
    (a?.reason ?? null) === b.reason &&
    JSON.stringify(a?.revision ?? null) === JSON.stringify(b.revision)
  );
}

/**
 * Saves the reviewer's determination of one item; refuses one that does not meet the directive.
 * Returns the live assessment it judged against, so the caller need not compute it again.
 */
export function setItem(db: Db, input: SetItemInputT, actor: Actor, clock: Clock): Assessment {
  return transaction(db, () => {
    const row = currentOrNew(db, actor, clock.now);
    const edited = transition(
      record(row),
      { type: 'edit' },
      { name: actor.name, role: 'reviewer' },
    );
    const live = liveAssessment(db, clock.now);
    const automatic = live.items[input.itemId].status;
    const r = input.revision;
    const revision = r
      ? {
          what: clean(r.what) ?? '',
          who: clean(r.who) ?? '',
          by: parseDeadline(r.by) ?? r.by.trim(),
        }
      : null;
    const next = {
      itemId: input.itemId,
      status: input.status,
      reason: clean(input.reason),
      revision,
    };
    const { status, issues } = validateDetermination(
      entryOf(input.itemId, automatic, next),
      clock.today,
    );
    // A revision action belongs to an item that needs revision; elsewhere it would go stale.
    if (status !== 'needs_revision') next.revision = null;
    if (next.status === null) next.reason = null;
    const empty = next.status === null && next.revision === null;
    if (issues.length > 0 && !empty) {
      throw new AppError(
        'input.invalid',
        `${input.itemId}: ${issues.map((i) => i.message.vi).join(' ')}`,
      );
    }
    const before = listItems(db, row.id).find((i) => i.itemId === input.itemId);
    if (sameItem(before, next)) return live;
    saveItem(db, row.id, { ...next, updatedBy: actor, updatedAt: clock.now });
    if (edited.editedSinceReturn && !row.editedSinceReturn) markEdited(db, row.id);
    addEvent(db, row.id, {
      action: 'edit',
      itemId: input.itemId,
      from: row.state,
      to: row.state,
      by: actor,
      // An edit's comment is the status it set (a code), read back as itemStatus.
      comment: next.status,
      at: clock.now,
    });
    return live;
  });
}

function toAction(input: TransitionInputT): ChecklistAction {
  switch (input.action) {
    case 'return':
      return { type: 'return', comment: input.comment ?? '' };
    case 'submit':
    case 'approve':
    case 'new_version':
      return { type: input.action };
    default: {
      const never: never = input.action;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
}

/** One move of the approval flow by `actor`; returns the version that results. */
export function applyTransition(
  db: Db,
  input: TransitionInputT,
  actor: Actor,
  clock: Clock,
): number {
  return transaction(db, () => {
    const action = toAction(input);
    const comment = clean(input.comment);
    const row = action.type === 'submit' ? currentOrNew(db, actor, clock.now) : getChecklist(db);
    if (!row) {
      throw new AppError(
        'checklist.invalid_transition',
        'Chưa có danh mục kiểm tra nào được trình; chưa thể phê duyệt hay trả lại.',
      );
    }
    const deciding = action.type === 'approve' || action.type === 'return';
    if (deciding && row.state === 'submitted' && samePerson(actor, row.submittedBy)) {
      throw new AppError(
        'auth.denied',
        `${actor.name} đã trình danh mục này nên không tự phê duyệt hoặc trả lại. Người phê duyệt ghi họ tên, chức vụ của mình trong Cài đặt → Người rà soát.`,
      );
    }
    const next = transition(record(row), action, {
      name: actor.name,
      role: deciding ? 'approver' : 'reviewer',
    });
    const event = { by: actor, at: clock.now, itemId: null, comment };
    switch (action.type) {
      case 'submit': {
        const live = liveAssessment(db, clock.now);
        const { blockers } = checklistView(db, { actor, now: clock.now, today: clock.today, live });
        if (blockers.length > 0) {
          throw new AppError(
            'input.invalid',
            `Chưa trình được: ${blockers.map((b) => b.vi).join(' ')}`,
          );
        }
        markSubmitted(db, row.id, actor, clock.now, JSON.stringify(live));
        addEvent(db, row.id, { ...event, action: 'submit', from: row.state, to: next.state });
        return row.version;
      }
      case 'approve':
      case 'return':
        markDecided(
          db,
          row.id,
          action.type === 'approve' ? 'approved' : 'returned',
          actor,
          clock.now,
          comment,
        );
        addEvent(db, row.id, { ...event, action: action.type, from: row.state, to: next.state });
        return row.version;
      case 'new_version': {
        const created = insertChecklist(db, next.version, actor, clock.now, row.id);
        addEvent(db, created.id, { ...event, action: 'new_version', from: row.state, to: 'draft' });
        return created.version;
      }
      case 'edit':
        throw new Error('edit is not a transition request');
      default: {
        const never: never = action;
        throw new Error(`unknown action ${JSON.stringify(never)}`);
      }
    }
  });
}
