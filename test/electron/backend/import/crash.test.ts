/** An import killed half-way (SIGKILL) leaves no half-written document, and the next run resumes. */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../electron/backend/workspace.ts';
import { CORPUS_DOCS, REPO, folderOf, tempDir } from '../../../helpers/corpus.ts';

function startImport(folder: string, wsDir: string) {
  return spawn(
    process.execPath,
    ['electron/backend/cli/main.ts', 'import', folder, '--workspace', wsDir],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('import killed half-way', () => {
  it('keeps every committed document whole and nothing of the one in flight', async () => {
    const names = readdirSync(CORPUS_DOCS)
      .filter((n) => n.endsWith('.txt'))
      .slice(0, 12);
    const folder = folderOf(names);
    const wsDir = tempDir('crash');
    const child = startImport(folder, wsDir);
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        // Kill while the fourth file is being parsed or stored.
        if (err.includes('[4/12]')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    await new Promise((r) => child.once('exit', r).once('close', r));

    const ws = openWorkspace(wsDir);
    expect(ws.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    const docs = ws.db
      .prepare(
        `SELECT d.id, (SELECT COUNT(*) FROM clauses c WHERE c.version_id = d.current_version_id) AS clauses,
              (SELECT COUNT(*) FROM document_versions v WHERE v.id = d.current_version_id) AS version
         FROM documents d`,
      )
      .all() as { id: string; clauses: number; version: number }[];
    expect(docs.length).toBeGreaterThanOrEqual(3);
    expect(docs.length).toBeLessThan(12);
    for (const d of docs) {
      expect(d.version).toBe(1);
      expect(d.clauses).toBeGreaterThan(0);
    }
    const orphans = ws.db
      .prepare(
        'SELECT COUNT(*) AS n FROM document_versions v LEFT JOIN documents d ON d.id = v.document_id WHERE d.id IS NULL',
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    ws.close();

    // Running the same import again finishes the job: the committed ones are duplicates.
    const again = startImport(folder, wsDir);
    let out = '';
    again.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((r) => again.on('exit', r));
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`trùng lặp ${docs.length}`));
    expect(out).toMatch(new RegExp(`Đã nhập ${12 - docs.length},`));
  }, 120_000);
});
