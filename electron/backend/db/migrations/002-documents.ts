/** 002: documents, their versions, the structure tree and clauses with source spans. */
export const sql = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  number TEXT,
  doc_type TEXT,
  issuer TEXT,
  issued_date TEXT,
  title TEXT,
  signer TEXT,
  current_version_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_number ON documents(number);

CREATE TABLE document_versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  source_path TEXT,
  format TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  metadata_json TEXT NOT NULL,
  text TEXT NOT NULL,
  pages_json TEXT,
  warnings_json TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (document_id, version)
) STRICT;

CREATE TABLE nodes (
  id INTEGER PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES nodes(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  ord INTEGER NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  page INTEGER
) STRICT;
CREATE INDEX nodes_version ON nodes(version_id, ord);

CREATE TABLE clauses (
  id TEXT PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  ord INTEGER NOT NULL,
  section_kind TEXT NOT NULL,
  article_number TEXT NOT NULL,
  article_title TEXT NOT NULL,
  clause_number TEXT NOT NULL,
  point_number TEXT,
  context TEXT NOT NULL,
  text TEXT NOT NULL,
  start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL,
  page INTEGER,
  UNIQUE (version_id, key)
) STRICT;
CREATE INDEX clauses_version ON clauses(version_id, ord);
`;
