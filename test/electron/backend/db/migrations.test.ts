import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, userVersion } from '../../../../electron/backend/db/database.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../electron/backend/db/migrations/index.ts';

const tmpFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'rasoat-db-')), 'test.sqlite');

const objects = (db: DatabaseSync, type = "'table', 'index', 'trigger'"): string[] =>
  (
    db.prepare(`SELECT name FROM sqlite_master WHERE type IN (${type}) ORDER BY name`).all() as {
      name: string;
    }[]
  ).map((r) => r.name);
const tables = (db: DatabaseSync): string[] => objects(db, "'table'");

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m) => [m.version - 1, m.version]))(
    'go from version %i to %i',
    (from, to) => {
      const file = tmpFile();
      const db = openDatabase(file, { migrate: false });
      migrate(db, from);
      expect(userVersion(db)).toBe(from);
      const before = objects(db);
      migrate(db, to);
      expect(userVersion(db)).toBe(to);
      const after = objects(db);
      expect(after.length).toBeGreaterThan(before.length);
      for (const t of before) expect(after).toContain(t);
      db.close();
    },
  );

  it('advances the content epoch on every change to documents, findings and decisions', () => {
    const db = openDatabase(tmpFile());
    const epoch = () =>
      (db.prepare("SELECT value FROM meta WHERE key = 'epoch'").get() as { value: string }).value;
    const e0 = epoch();
    db.prepare(
      "INSERT INTO documents (id, number, created_at, updated_at) VALUES ('d1', '1/QĐ-UBND', 'x', 'x')",
    ).run();
    const e1 = epoch();
    db.prepare("UPDATE documents SET title = 'Quy chế' WHERE id = 'd1'").run();
    const e2 = epoch();
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(new Set([e0, e1, e2, epoch()]).size).toBe(4);
    db.close();
  });

  it('keeps data written at an earlier version', () => {
    const file = tmpFile();
    const db = openDatabase(file, { migrate: false });
    migrate(db, 1);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('workspace_id', 'abc');
    migrate(db);
    expect(db.prepare('SELECT value FROM meta WHERE key = ?').get('workspace_id')).toEqual({
      value: 'abc',
    });
    db.close();
  });

  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(tmpFile());
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    db.close();
  });

  it('refuses a database made by a newer app', () => {
    const file = tmpFile();
    const raw = new DatabaseSync(file);
    raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrowError(
      expect.objectContaining({ code: 'workspace.too_new' }),
    );
  });

  it('rolls back a failing migration whole', () => {
    const db = openDatabase(tmpFile(), { migrate: false });
    const bad = [
      { version: 1, name: 'bad', sql: 'CREATE TABLE a (x INTEGER); CREATE TABLE a (y INTEGER);' },
    ];
    expect(() => migrate(db, 1, bad)).toThrow();
    expect(userVersion(db)).toBe(0);
    expect(tables(db)).not.toContain('a');
    db.close();
  });
});
