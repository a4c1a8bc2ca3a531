/** Numbered, append-only migrations. Never edit one that has shipped: add the next. */
import { sql as m001 } from './001-workspace.ts';
import { sql as m002 } from './002-documents.ts';
import { sql as m003 } from './003-findings.ts';
import { sql as m004 } from './004-epoch.ts';
import { sql as m005 } from './005-checklists.ts';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'workspace', sql: m001 },
  { version: 2, name: 'documents', sql: m002 },
  { version: 3, name: 'findings', sql: m003 },
  { version: 4, name: 'epoch', sql: m004 },
  { version: 5, name: 'checklists', sql: m005 },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
