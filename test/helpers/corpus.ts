/** Paths into ../shared/corpus, beside the checkout (as in CI). */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CORPUS_DOCS = path.resolve(REPO, '../shared/corpus/docs');

export function corpusDoc(prefix: string): string {
  return path.join(CORPUS_DOCS, `${prefix}`);
}

export function tempDir(tag: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `rasoat-${tag}-`));
}

/** Copies corpus documents (by file name) into a fresh folder, optionally nested. */
export function folderOf(names: readonly string[], sub = ''): string {
  const dir = tempDir('folder');
  const target = path.join(dir, sub);
  mkdirSync(target, { recursive: true });
  for (const n of names) copyFileSync(path.join(CORPUS_DOCS, n), path.join(target, n));
  return dir;
}
