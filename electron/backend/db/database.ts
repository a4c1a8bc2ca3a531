/** Opens the workspace's SQLite file with the settings that keep committed work safe. */
import { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../../shared/errors.ts';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations/index.ts';

export type Db = DatabaseSync;

export function userVersion(db: Db): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/** Applies migrations above the current version, each in its own transaction. */
export function migrate(
  db: Db,
  upTo: number = SCHEMA_VERSION,
  list: readonly Migration[] = MIGRATIONS,
): number {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new AppError(
      'workspace.too_new',
      `Không gian làm việc được tạo bởi phiên bản RàSoát mới hơn (lược đồ ${current} > ${SCHEMA_VERSION}). Hãy cập nhật ứng dụng.`,
    );
  }
  for (const m of list) {
    if (m.version <= current || m.version > upTo) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  }
  return userVersion(db);
}

/** WAL with synchronous=FULL: NORMAL can lose a committed transaction on power loss. */
export function openDatabase(file: string, opts: { migrate?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
  } catch (err) {
    throw new AppError('workspace.unreadable', `Không mở được cơ sở dữ liệu ${file}.`, {
      cause: err,
    });
  }
  if (opts.migrate !== false) {
    try {
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }
  return db;
}

export function sqliteVersion(): string {
  const db = new DatabaseSync(':memory:');
  try {
    const row = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
    return row.v;
  } finally {
    db.close();
  }
}

/** Runs fn inside one IMMEDIATE transaction; rolls back on any error. */
export function transaction<T>(db: Db, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const out = fn();
    db.exec('COMMIT');
    return out;
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}
