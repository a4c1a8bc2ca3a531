/**
 * 003: findings per clause and the reviewer's decisions. Decisions are keyed by a fingerprint
 * of (rule, kind, clause text, matched words), so re-analysis keeps them on unchanged findings.
 */
export const sql = `
CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  clause_id TEXT REFERENCES clauses(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  family TEXT NOT NULL,
  severity TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  matched TEXT NOT NULL,
  message_vi TEXT NOT NULL,
  message_en TEXT NOT NULL,
  explanation_vi TEXT NOT NULL,
  explanation_en TEXT NOT NULL,
  directive_ref TEXT NOT NULL,
  suggestion_vi TEXT,
  suggestion_en TEXT,
  evidence_json TEXT,
  fingerprint TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('rule', 'manual')),
  created_by TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX findings_version ON findings(version_id, ord);
CREATE INDEX findings_clause ON findings(clause_id);

CREATE TABLE decisions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed')),
  reason TEXT CHECK (reason IS NULL OR reason IN ('not_applicable', 'false_detection', 'justified_by_law')),
  citation TEXT,
  note TEXT,
  suggestion TEXT,
  reviewer TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (document_id, fingerprint)
) STRICT;

CREATE TABLE decision_log (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;

CREATE TABLE analysis_runs (
  version_id TEXT PRIMARY KEY REFERENCES document_versions(id) ON DELETE CASCADE,
  rules_version TEXT NOT NULL,
  finding_count INTEGER NOT NULL,
  ran_at TEXT NOT NULL
) STRICT;

CREATE TABLE ui_state (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
) STRICT;
`;
