/** Expands the user's selection (files and folders, recursively) into the files to import. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.doc', '.txt', '.md'] as const;

export type Candidate = { file: string; given: string };
export type Skipped = { file: string; reason: 'missing' | 'unsupported' };

function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** Office lock files ("~$…") and hidden files are never documents. */
function isNoise(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const e of entries) {
    if (isNoise(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && isSupported(full)) out.push(full);
  }
}

/**
 * Files given directly are kept whatever their extension (the reader reports unsupported ones,
 * so the user sees why); files found inside folders are filtered by extension.
 */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: Candidate[]; missing: string[] }> {
  const files: Candidate[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const st = await stat(given).catch(() => null);
    if (!st) {
      missing.push(given);
      continue;
    }
    const found: string[] = [];
    if (st.isDirectory()) await walk(given, found);
    else found.push(given);
    for (const f of found) {
      const key = path.resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push({ file: f, given: f });
    }
  }
  return { files, missing };
}
