/**
 * 005: the section 2.2 checklist. One row per version of the unit's checklist; the reviewer's
 * determination per item; every transition and edit in a log. Triggers keep an approved version
 * frozen even against a bug above them: its row and its items can no longer change.
 */
const ITEMS = Array.from({ length: 12 }, (_, i) => `'C${i + 1}'`).join(', ');
const STATES = "'draft', 'submitted', 'approved', 'returned'";
const STATUSES = "'met', 'needs_revision', 'not_applicable', 'not_assessed'";

const frozenItems = ['INSERT', 'UPDATE', 'DELETE']
  .map((e) => {
    const row = e === 'INSERT' ? 'NEW' : 'OLD';
    return `CREATE TRIGGER checklist_items_${e.toLowerCase()}_frozen BEFORE ${e} ON checklist_items
WHEN (SELECT state FROM checklists WHERE id = ${row}.checklist_id) IN ('submitted', 'approved')
BEGIN SELECT RAISE(ABORT, 'checklist.frozen'); END;`;
  })
  .join('\n');

export const sql = `
CREATE TABLE checklists (
  id TEXT PRIMARY KEY,
  scope TEXT NOT NULL DEFAULT 'unit' CHECK (scope IN ('unit')),
  version INTEGER NOT NULL CHECK (version >= 1),
  state TEXT NOT NULL CHECK (state IN (${STATES})),
  edited_since_return INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_position TEXT NOT NULL,
  created_at TEXT NOT NULL,
  submitted_by TEXT,
  submitted_position TEXT,
  submitted_at TEXT,
  decided_by TEXT,
  decided_position TEXT,
  decided_at TEXT,
  decision_comment TEXT,
  assessment_json TEXT,
  UNIQUE (scope, version)
) STRICT;

CREATE TABLE checklist_items (
  checklist_id TEXT NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL CHECK (item_id IN (${ITEMS})),
  status TEXT CHECK (status IS NULL OR status IN (${STATUSES})),
  reason TEXT,
  revision_what TEXT,
  revision_who TEXT,
  revision_by TEXT,
  updated_by TEXT NOT NULL,
  updated_position TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (checklist_id, item_id)
) STRICT;

CREATE TABLE checklist_events (
  id INTEGER PRIMARY KEY,
  checklist_id TEXT NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (action IN ('create', 'edit', 'submit', 'approve', 'return', 'new_version')),
  item_id TEXT,
  from_state TEXT CHECK (from_state IS NULL OR from_state IN (${STATES})),
  to_state TEXT NOT NULL CHECK (to_state IN (${STATES})),
  actor_name TEXT NOT NULL,
  actor_position TEXT NOT NULL,
  comment TEXT,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX checklist_events_checklist ON checklist_events(checklist_id, id);

CREATE TRIGGER checklists_approved_frozen BEFORE UPDATE ON checklists
WHEN OLD.state = 'approved'
BEGIN SELECT RAISE(ABORT, 'checklist.frozen'); END;
CREATE TRIGGER checklists_approved_kept BEFORE DELETE ON checklists
WHEN OLD.state = 'approved'
BEGIN SELECT RAISE(ABORT, 'checklist.frozen'); END;
${frozenItems}
`;
