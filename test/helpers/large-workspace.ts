/**
 * A workspace of real size from the corpus: every corpus document imported `copies` times, each
 * copy with its own số hiệu (and bytes), so none is a duplicate or a new version of another.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyseOnStore } from '../../electron/backend/analysis/on-store.ts';
import { parseFileInChild } from '../../electron/backend/formats/parse-in-child.ts';
import { importFiles } from '../../electron/backend/import/import-files.ts';
import { openWorkspace } from '../../electron/backend/workspace.ts';
import { CORPUS_DOCS, tempDir } from './corpus.ts';

export function corpusCopies(copies: number): string {
  const dir = tempDir('copies');
  for (const name of readdirSync(CORPUS_DOCS).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(path.join(CORPUS_DOCS, name), 'utf8');
    for (let k = 1; k <= copies; k++) {
      const sub = path.join(dir, `ban-${k}`);
      mkdirSync(sub, { recursive: true });
      const numbered =
        k === 1
          ? text
          : text.replace(/^Số: *([^\n]+)$/m, (_m, n: string) => `Số: ${n.trim()}-${k}`);
      writeFileSync(path.join(sub, name), `${numbered}${'\n'.repeat(k)}`);
    }
  }
  return dir;
}

/** Imports the copies into a new workspace folder and returns its path and clause count. */
export async function largeWorkspace(
  copies: number,
): Promise<{ dir: string; clauses: number; findings: number }> {
  const dir = path.join(tempDir('large'), 'ws');
  const ws = openWorkspace(dir);
  await importFiles(
    ws.db,
    [corpusCopies(copies)],
    {
      signal: new AbortController().signal,
      progress: () => {},
      onStored: analyseOnStore(ws),
      originalsDir: ws.originalsDir,
    },
    (file, signal) => parseFileInChild(file, { signal }),
  );
  const count = (sql: string) => (ws.db.prepare(sql).get() as { n: number }).n;
  const out = {
    dir,
    clauses: count('SELECT COUNT(*) AS n FROM clauses'),
    findings: count('SELECT COUNT(*) AS n FROM findings'),
  };
  await ws.close();
  return out;
}
