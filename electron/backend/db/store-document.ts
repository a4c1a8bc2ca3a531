/** Writes one parsed document (or a new version of it) in a single transaction: all or nothing. */
import { randomUUID } from 'node:crypto';
import type { ListItem, ParsedDocument, SourceSpan } from '../../../shared/model/document.ts';
import { flattenClauses } from '../../../shared/structure/index.ts';
import { transaction, type Db } from './database.ts';

export type StoreInput = {
  parsed: ParsedDocument;
  sha256: string;
  fileName: string;
  sourcePath: string;
  format: string;
  sizeBytes: number;
};

export type Stored = { documentId: string; versionId: string; version: number };

/** A document with the same số hiệu gets a new version rather than a second entry. */
function findByNumber(db: Db, number: string | undefined): { id: string; version: number } | null {
  if (!number) return null;
  const row = db
    .prepare(
      `SELECT d.id, MAX(v.version) AS version FROM documents d
         JOIN document_versions v ON v.document_id = d.id
        WHERE d.number = ? GROUP BY d.id ORDER BY d.created_at LIMIT 1`,
    )
    .get(number) as { id: string; version: number } | undefined;
  return row ?? null;
}

export function findVersionBySha(
  db: Db,
  sha256: string,
): { documentId: string; versionId: string } | null {
  const row = db
    .prepare(
      'SELECT document_id AS documentId, id AS versionId FROM document_versions WHERE sha256 = ?',
    )
    .get(sha256) as { documentId: string; versionId: string } | undefined;
  return row ?? null;
}

function insertTree(db: Db, versionId: string, parsed: ParsedDocument): void {
  const ins = db.prepare(
    `INSERT INTO nodes (version_id, parent_id, kind, number, title, ord, start_off, end_off, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let ord = 0;
  const add = (
    parent: number | null,
    kind: string,
    number: string,
    title: string,
    span: SourceSpan,
  ): number => {
    const r = ins.run(
      versionId,
      parent,
      kind,
      number,
      title,
      ord++,
      span.start,
      span.end,
      span.page ?? null,
    );
    return Number(r.lastInsertRowid);
  };
  const addItems = (parent: number, items: ListItem[]): void => {
    for (const it of items) addItems(add(parent, 'item', it.marker, it.text, it.span), it.items);
  };
  for (const s of parsed.sections) {
    const sid = add(null, s.kind, '', s.title, s.span);
    for (const h of s.headings) add(sid, h.kind, h.number, h.title, h.span);
    for (const a of s.articles) {
      const aid = add(sid, 'article', a.number, a.title, a.span);
      for (const c of a.clauses) {
        const cid = add(aid, 'clause', c.number, c.text, c.span);
        for (const p of c.points) addItems(add(cid, 'point', p.number, p.text, p.span), p.items);
        addItems(cid, c.items);
      }
    }
  }
}

function insertClauses(db: Db, versionId: string, parsed: ParsedDocument): void {
  const ins = db.prepare(
    `INSERT INTO clauses (id, version_id, key, ord, section_kind, article_number, article_title,
       clause_number, point_number, context, text, start_off, end_off, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of flattenClauses(parsed)) {
    ins.run(
      `${versionId}:${c.key}`,
      versionId,
      c.key,
      c.order,
      c.sectionKind,
      c.articleNumber,
      c.articleTitle,
      c.clauseNumber,
      c.pointNumber ?? null,
      c.context,
      c.text,
      c.span.start,
      c.span.end,
      c.span.page ?? null,
    );
  }
}

export function storeDocument(db: Db, input: StoreInput): Stored {
  return transaction(db, () => {
    const now = new Date().toISOString();
    const m = input.parsed.metadata;
    const existing = findByNumber(db, m.number);
    const documentId = existing?.id ?? randomUUID();
    const version = (existing?.version ?? 0) + 1;
    const versionId = randomUUID();
    if (!existing) {
      db.prepare(
        `INSERT INTO documents (id, number, doc_type, issuer, issued_date, title, signer, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        documentId,
        m.number ?? null,
        m.docType ?? null,
        m.issuer ?? null,
        m.issuedDate ?? null,
        m.title ?? null,
        m.signer ?? null,
        now,
        now,
      );
    }
    db.prepare(
      `INSERT INTO document_versions (id, document_id, version, sha256, file_name, source_path, format,
         size_bytes, metadata_json, text, pages_json, warnings_json, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      versionId,
      documentId,
      version,
      input.sha256,
      input.fileName,
      input.sourcePath,
      input.format,
      input.sizeBytes,
      JSON.stringify(m),
      input.parsed.text,
      input.parsed.pages ? JSON.stringify(input.parsed.pages) : null,
      JSON.stringify(input.parsed.warnings),
      now,
    );
    insertTree(db, versionId, input.parsed);
    insertClauses(db, versionId, input.parsed);
    db.prepare(
      `UPDATE documents SET current_version_id = ?, doc_type = ?, issuer = ?, issued_date = ?, title = ?,
         signer = ?, updated_at = ? WHERE id = ?`,
    ).run(
      versionId,
      m.docType ?? null,
      m.issuer ?? null,
      m.issuedDate ?? null,
      m.title ?? null,
      m.signer ?? null,
      now,
      documentId,
    );
    return { documentId, versionId, version };
  });
}
