/** Storage of the section 2.2 checklist (migration 005): versions, item determinations, history. */
import { randomUUID } from 'node:crypto';
import type {
  ChecklistItemId,
  ChecklistState,
  ItemStatus,
} from '../../../shared/model/checklist.ts';
import type { Db } from './database.ts';

export type Actor = { name: string; position: string };

export type ChecklistRow = {
  id: string;
  version: number;
  state: ChecklistState;
  editedSinceReturn: boolean;
  createdBy: Actor;
  createdAt: string;
  submittedBy: Actor | null;
  submittedAt: string | null;
  decidedBy: Actor | null;
  decidedAt: string | null;
  decisionComment: string | null;
  /** The automatic assessment as submitted (JSON), null while the version is editable. */
  assessmentJson: string | null;
};

export type ItemRow = {
  itemId: ChecklistItemId;
  status: ItemStatus | null;
  reason: string | null;
  revision: { what: string; who: string; by: string } | null;
  updatedBy: Actor;
  updatedAt: string;
};

export type EventAction = 'create' | 'edit' | 'submit' | 'approve' | 'return' | 'new_version';

export type EventRow = {
  id: number;
  version: number;
  action: EventAction;
  itemId: string | null;
  /** For an edit: the status the item was given (null: back to the automatic one). */
  itemStatus: ItemStatus | null;
  from: ChecklistState | null;
  to: ChecklistState;
  by: Actor;
  comment: string | null;
  at: string;
};

type RawChecklist = {
  id: string;
  version: number;
  state: ChecklistState;
  edited_since_return: number;
  created_by: string;
  created_position: string;
  created_at: string;
  submitted_by: string | null;
  submitted_position: string | null;
  submitted_at: string | null;
  decided_by: string | null;
  decided_position: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  assessment_json: string | null;
};

const person = (name: string | null, position: string | null): Actor | null =>
  name === null ? null : { name, position: position ?? '' };

function toChecklist(r: RawChecklist): ChecklistRow {
  return {
    id: r.id,
    version: r.version,
    state: r.state,
    editedSinceReturn: r.edited_since_return === 1,
    createdBy: { name: r.created_by, position: r.created_position },
    createdAt: r.created_at,
    submittedBy: person(r.submitted_by, r.submitted_position),
    submittedAt: r.submitted_at,
    decidedBy: person(r.decided_by, r.decided_position),
    decidedAt: r.decided_at,
    decisionComment: r.decision_comment,
    assessmentJson: r.assessment_json,
  };
}

/** The version asked for, or the latest one; null when the workspace has none yet. */
export function getChecklist(db: Db, version?: number): ChecklistRow | null {
  const raw = (
    version === undefined
      ? db
          .prepare("SELECT * FROM checklists WHERE scope = 'unit' ORDER BY version DESC LIMIT 1")
          .get()
      : db.prepare("SELECT * FROM checklists WHERE scope = 'unit' AND version = ?").get(version)
  ) as RawChecklist | undefined;
  return raw ? toChecklist(raw) : null;
}

export function latestVersion(db: Db): number {
  const row = db.prepare("SELECT MAX(version) AS v FROM checklists WHERE scope = 'unit'").get() as {
    v: number | null;
  };
  return row.v ?? 0;
}

/** A new draft version; with `copyFrom`, it starts from that version's determinations. */
export function insertChecklist(
  db: Db,
  version: number,
  actor: Actor,
  at: string,
  copyFrom?: string,
): ChecklistRow {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO checklists (id, scope, version, state, created_by, created_position, created_at)
     VALUES (?, 'unit', ?, 'draft', ?, ?, ?)`,
  ).run(id, version, actor.name, actor.position, at);
  if (copyFrom) {
    db.prepare(
      `INSERT INTO checklist_items (checklist_id, item_id, status, reason, revision_what, revision_who,
         revision_by, updated_by, updated_position, updated_at)
       SELECT ?, item_id, status, reason, revision_what, revision_who, revision_by, updated_by,
              updated_position, updated_at
         FROM checklist_items WHERE checklist_id = ?`,
    ).run(id, copyFrom);
  }
  return getChecklist(db, version)!;
}

export function listItems(db: Db, checklistId: string): ItemRow[] {
  const rows = db
    .prepare('SELECT * FROM checklist_items WHERE checklist_id = ? ORDER BY item_id')
    .all(checklistId) as {
    item_id: ChecklistItemId;
    status: ItemStatus | null;
    reason: string | null;
    revision_what: string | null;
    revision_who: string | null;
    revision_by: string | null;
    updated_by: string;
    updated_position: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    itemId: r.item_id,
    status: r.status,
    reason: r.reason,
    revision:
      r.revision_what === null
        ? null
        : { what: r.revision_what, who: r.revision_who ?? '', by: r.revision_by ?? '' },
    updatedBy: { name: r.updated_by, position: r.updated_position },
    updatedAt: r.updated_at,
  }));
}

/** Replaces an item's determination; an empty one (no status, no revision) removes the row. */
export function saveItem(db: Db, checklistId: string, item: ItemRow): void {
  if (item.status === null && item.revision === null) {
    db.prepare('DELETE FROM checklist_items WHERE checklist_id = ? AND item_id = ?').run(
      checklistId,
      item.itemId,
    );
    return;
  }
  db.prepare(
    `INSERT INTO checklist_items (checklist_id, item_id, status, reason, revision_what, revision_who,
       revision_by, updated_by, updated_position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (checklist_id, item_id) DO UPDATE SET status = excluded.status,
       reason = excluded.reason, revision_what = excluded.revision_what,
       revision_who = excluded.revision_who, revision_by = excluded.revision_by,
       updated_by = excluded.updated_by, updated_position = excluded.updated_position,
       updated_at = excluded.updated_at`,
  ).run(
    checklistId,
    item.itemId,
    item.status,
    item.reason,
    item.revision?.what ?? null,
    item.revision?.who ?? null,
    item.revision?.by ?? null,
    item.updatedBy.name,
    item.updatedBy.position,
    item.updatedAt,
  );
}

/** A returned version was edited: it may be submitted again. */
export function markEdited(db: Db, id: string): void {
  db.prepare('UPDATE checklists SET edited_since_return = 1 WHERE id = ?').run(id);
}

/** Submitted with the automatic assessment as it stood, which the approver then judges. */
export function markSubmitted(db: Db, id: string, by: Actor, at: string, assessment: string): void {
  db.prepare(
    `UPDATE checklists SET state = 'submitted', submitted_by = ?, submitted_position = ?,
       submitted_at = ?, assessment_json = ?, decided_by = NULL, decided_position = NULL,
       decided_at = NULL, decision_comment = NULL, edited_since_return = 0
     WHERE id = ?`,
  ).run(by.name, by.position, at, assessment, id);
}

/** Approved (frozen from here on) or returned (editable again, assessed live again). */
export function markDecided(
  db: Db,
  id: string,
  state: 'approved' | 'returned',
  by: Actor,
  at: string,
  comment: string | null,
): void {
  db.prepare(
    `UPDATE checklists SET state = ?, decided_by = ?, decided_position = ?, decided_at = ?,
       decision_comment = ?, edited_since_return = 0,
       assessment_json = CASE WHEN ? = 'returned' THEN NULL ELSE assessment_json END
     WHERE id = ?`,
  ).run(state, by.name, by.position, at, comment, state, id);
}

export function addEvent(
  db: Db,
  checklistId: string,
  e: Omit<EventRow, 'id' | 'version' | 'itemStatus'>,
): void {
  db.prepare(
    `INSERT INTO checklist_events (checklist_id, action, item_id, from_state, to_state, actor_name,
       actor_position, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(checklistId, e.action, e.itemId, e.from, e.to, e.by.name, e.by.position, e.comment, e.at);
}

/** Every event of every version, newest first. */
export function listHistory(db: Db): EventRow[] {
  const rows = db
    .prepare(
      `SELECT e.id, c.version, e.action, e.item_id, e.from_state, e.to_state, e.actor_name,
              e.actor_position, e.comment, e.at
         FROM checklist_events e JOIN checklists c ON c.id = e.checklist_id
        ORDER BY e.id DESC`,
    )
    .all() as {
    id: number;
    version: number;
    action: EventAction;
    item_id: string | null;
    from_state: ChecklistState | null;
    to_state: ChecklistState;
    actor_name: string;
    actor_position: string;
    comment: string | null;
    at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    action: r.action,
    itemId: r.item_id,
    itemStatus: r.action === 'edit' ? (r.comment as ItemStatus | null) : null,
    from: r.from_state,
    to: r.to_state,
    by: { name: r.actor_name, position: r.actor_position },
    comment: r.action === 'edit' ? null : r.comment,
    at: r.at,
  }));
}
