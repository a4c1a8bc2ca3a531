/**
 * On-disk form of the index, in one folder:
 *   manifest.json        format version, the caller's fingerprint, and the current file names
 *   store-<gen>.json     the record store and vocabulary
 *   flex-<gen>.tsv       flexsearch's export, one "<field>.<key>\t<json>" line per chunk
 * Files of a generation are complete before the manifest names them, and the manifest is
 * replaced by rename, so a crash mid-save leaves the previous index readable.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fields } from './field-index.ts';
import type { StoreData } from './record-store.ts';
import { emptyState, type IndexState } from './state.ts';

/** Bump when the layout of any file, or the way text is tokenized, changes. */
export const INDEX_FORMAT = 1;
const MANIFEST = 'manifest.json';
const FIELDS = ['text', 'article', 'doc'] as const satisfies ReadonlyArray<keyof Fields>;

type Manifest = {
  format: number;
  fingerprint: string;
  records: number;
  store: string;
  flex: string;
};
type StoreFile = { data: StoreData; vocab: Array<[string, number]> };

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  const closed = once(out, 'close');
  for (const line of lines) if (!out.write(line + '\n')) await once(out, 'drain');
  out.end();
  await closed;
}

function* flexLines(fields: Fields): Generator<string> {
  for (const name of FIELDS) {
    const chunks: Array<[string, string]> = [];
    fields[name].exportTo(chunks);
    for (const [key, data] of chunks) yield `${name}.${key}\t${data}`;
  }
}

export async function saveIndex(
  state: IndexState,
  dir: string,
  fingerprint: string,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const gen = `${Date.now().toString(36)}-${process.pid.toString(36)}`;
  const manifest: Manifest = {
    format: INDEX_FORMAT,
    fingerprint,
    records: state.store.liveCount(),
    store: `store-${gen}.json`,
    flex: `flex-${gen}.tsv`,
  };
  const storeFile: StoreFile = { data: state.store.data, vocab: state.vocab.toJSON() };
  await writeFile(path.join(dir, manifest.store), JSON.stringify(storeFile));
  await writeLines(path.join(dir, manifest.flex), flexLines(state.fields));
  await writeFile(path.join(dir, `${MANIFEST}.tmp`), JSON.stringify(manifest, null, 2));
  await rename(path.join(dir, `${MANIFEST}.tmp`), path.join(dir, MANIFEST));
  for (const f of await readdir(dir)) {
    if (/^(store|flex)-/.test(f) && f !== manifest.store && f !== manifest.flex) {
      await rm(path.join(dir, f), { force: true });
    }
  }
}

async function readManifest(dir: string): Promise<Manifest | null> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const m = JSON.parse(raw) as Partial<Manifest>;
  if (typeof m.store !== 'string' || typeof m.flex !== 'string') return null;
  return {
    format: Number(m.format),
    fingerprint: String(m.fingerprint ?? ''),
    records: Number(m.records ?? 0),
    store: m.store,
    flex: m.flex,
  };
}

/** The fingerprint a saved index was built from, or null when there is no index in `dir`. */
export async function readIndexFingerprint(dir: string): Promise<string | null> {
  const m = await readManifest(dir);
  return m && m.format === INDEX_FORMAT ? m.fingerprint : null;
}

/** Null when absent, of another format, or built from data other than `fingerprint`. */
export async function readState(dir: string, fingerprint?: string): Promise<IndexState | null> {
  const m = await readManifest(dir);
  if (!m || m.format !== INDEX_FORMAT) return null;
  if (fingerprint !== undefined && m.fingerprint !== fingerprint) return null;
  const stored = JSON.parse(await readFile(path.join(dir, m.store), 'utf8')) as StoreFile;
  const state = emptyState(stored.data, stored.vocab);
  const flex = await readFile(path.join(dir, m.flex), 'utf8');
  for (let at = 0; at < flex.length;) {
    const nl = flex.indexOf('\n', at);
    const end = nl < 0 ? flex.length : nl;
    const tab = flex.indexOf('\t', at);
    const key = flex.slice(at, tab);
    const dot = key.indexOf('.');
    const field = state.fields[key.slice(0, dot) as keyof Fields];
    if (tab < 0 || tab > end || !field) throw new Error(`search index: bad line in ${m.flex}`);
    field.importFrom(key.slice(dot + 1), flex.slice(tab + 1, end));
    at = end + 1;
  }
  return state;
}
