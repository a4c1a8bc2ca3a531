/**
 * Generates test documents from the corpus texts into test/fixtures/generated/: TXT, DOCX with
 * real Word numbering, PDF and DOC through LibreOffice, TCVN3 DOCX, VNI TXT, and the hostile
 * files (scanned, encrypted, corrupt, zip bomb). Idempotent: a second run only checks files.
 *
 *   npx node scripts/make-fixtures.ts [--all] [--force]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeCp1252 } from '../electron/backend/formats/cp1252.ts';
import { encodeVni } from '../electron/backend/formats/vni.ts';
import { buildDocx, tcvn3Runs, unicodeRuns } from './fixtures/docx-builder.ts';
import { hasTool, imagesToPdf, libreOffice, zipBombDocx } from './fixtures/hostile.ts';

export { zipArchive } from './fixtures/hostile.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus/docs');
export const GENERATED_DIR = path.join(REPO_ROOT, 'test/fixtures/generated');

/** Default subset: a decision wrapper (004), many points (010), a short one (022), a long decree (033). */
export const DEFAULT_DOC_IDS: readonly string[] = ['004', '010', '022', '033'];

export const DOC_FORMATS = ['txt', 'docx', 'pdf', 'doc', 'tcvn3', 'vni'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

const FORMAT_SUFFIX: Record<DocFormat, string> = {
  txt: '.txt',
  docx: '.docx',
  pdf: '.pdf',
  doc: '.doc',
  tcvn3: '.tcvn3.docx',
  vni: '.vni.txt',
};

export type CorpusDoc = { id: string; source: string };

export type Fixtures = {
  dir: string;
  docs: CorpusDoc[];
  /** Path of a corpus document's generated file in one format. */
  file: (id: string, format: DocFormat) => string;
  scannedPdf: string;
  encryptedPdf: string | null;
  corruptPdf: string;
  corruptDocx: string;
  bombDocx: string;
};

export function corpusDocs(): CorpusDoc[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /^\d{3}-.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, 3), source: path.join(CORPUS_DIR, f) }));
}

export function fixtureFile(id: string, format: DocFormat): string {
  return path.join(GENERATED_DIR, id + FORMAT_SUFFIX[format]);
}

const EXTRA = {
  scannedPdf: 'scanned.pdf',
  encryptedPdf: 'encrypted.pdf',
  corruptPdf: 'corrupt.pdf',
  corruptDocx: 'corrupt.docx',
  bombDocx: 'bomb.docx',
} as const;

// ---------------------------------------------------------------------------------------------
// Orchestration

/** Changes to this script or the encoders invalidate everything generated before. */
function generatorKey(): string {
  const h = createHash('sha256');
  for (const f of [
    import.meta.filename,
    'scripts/fixtures/docx-builder.ts',
    'scripts/fixtures/hostile.ts',
    'electron/backend/formats/tcvn3.ts',
    'electron/backend/formats/vni.ts',
  ]) {
    h.update(fs.readFileSync(path.resolve(REPO_ROOT, f)));
  }
  return h.digest('hex').slice(0, 16);
}

function docMeta(id: string): { number: string; issuer: string } {
  const index = fs.readFileSync(path.resolve(CORPUS_DIR, '../index.tsv'), 'utf8');
  const row =
    index
      .split('\n')
      .find((l) => l.startsWith(id + '\t'))
      ?.split('\t') ?? [];
  return { number: row[3] ?? '', issuer: row[4] ?? '' };
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = path.join(GENERATED_DIR, '.lock');
  fs.mkdirSync(GENERATED_DIR, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age =
        Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('make-fixtures: timed out waiting for ' + lock);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function generateDoc(
  doc: CorpusDoc,
  index: number,
  plainDir: string,
): Promise<{ pdf: string | null; plain: string | null }> {
  const text = fs.readFileSync(doc.source, 'utf8');
  const meta = docMeta(doc.id);
  const header =
    [meta.issuer, meta.number].filter((s) => s !== '').join(' – ') || 'Văn bản ' + doc.id;
  const base = {
    header,
    footerStyle: index % 2 === 0 ? 'trang' : 'bare',
    font: 'Times New Roman',
  } as const;
  const write = (format: DocFormat, data: Buffer | Uint8Array | string): void => {
    if (!fs.existsSync(fixtureFile(doc.id, format)))
      fs.writeFileSync(fixtureFile(doc.id, format), data);
  };
  write('txt', text);
  write('vni', encodeCp1252(encodeVni(text)));
  if (!fs.existsSync(fixtureFile(doc.id, 'docx'))) {
    write('docx', await buildDocx(text, { ...base, autoNumber: true, runs: unicodeRuns }));
  }
  if (!fs.existsSync(fixtureFile(doc.id, 'tcvn3'))) {
    write(
      'tcvn3',
      await buildDocx(text, { ...base, autoNumber: true, runs: tcvn3Runs, font: '.VnTime' }),
    );
  }
  const pdf = fs.existsSync(fixtureFile(doc.id, 'pdf')) ? null : fixtureFile(doc.id, 'docx');
  let plain: string | null = null;
  if (!fs.existsSync(fixtureFile(doc.id, 'doc'))) {
    // word-extractor cannot see Word numbering in .doc, so the DOC carries its labels as text.
    plain = path.join(plainDir, doc.id + '.docx');
    fs.writeFileSync(
      plain,
      await buildDocx(text, { ...base, autoNumber: false, runs: unicodeRuns }),
    );
  }
  return { pdf, plain };
}

async function generateExtras(sample: string): Promise<void> {
  const out = (name: string): string => path.join(GENERATED_DIR, name);
  const pdf = fixtureFile(sample, 'pdf');
  if (!fs.existsSync(out(EXTRA.scannedPdf))) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rasoat-scan-'));
    execFileSync('pdftoppm', [
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '2',
      '-png',
      pdf,
      path.join(tmp, 'page'),
    ]);
    const pngs = fs
      .readdirSync(tmp)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => path.join(tmp, f));
    await imagesToPdf(pngs, out(EXTRA.scannedPdf));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!fs.existsSync(out(EXTRA.encryptedPdf)) && hasTool('qpdf')) {
    execFileSync('qpdf', [
      '--encrypt',
      'nguoi-doc',
      'chu-so-huu',
      '256',
      '--',
      pdf,
      out(EXTRA.encryptedPdf),
    ]);
  }
  if (!fs.existsSync(out(EXTRA.corruptPdf))) {
    // A real header, then damage: the objects and the cross-reference table are gone.
    const bytes = fs.readFileSync(pdf);
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251;
    fs.writeFileSync(out(EXTRA.corruptPdf), Buffer.concat([bytes.subarray(0, 16), garbage]));
  }
  if (!fs.existsSync(out(EXTRA.corruptDocx))) {
    const bytes = fs.readFileSync(fixtureFile(sample, 'docx'));
    fs.writeFileSync(out(EXTRA.corruptDocx), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  }
  if (!fs.existsSync(out(EXTRA.bombDocx))) fs.writeFileSync(out(EXTRA.bombDocx), zipBombDocx());
}

/** Makes sure every fixture exists (generating what is missing) and says where they are. */
export async function ensureFixtures(
  opts: { all?: boolean; force?: boolean } = {},
): Promise<Fixtures> {
  const all = corpusDocs();
  const docs = opts.all ? all : all.filter((d) => DEFAULT_DOC_IDS.includes(d.id));
  await withLock(async () => {
    const keyFile = path.join(GENERATED_DIR, 'generator-key.txt');
    const key = generatorKey();
    const stale = opts.force || !fs.existsSync(keyFile) || fs.readFileSync(keyFile, 'utf8') !== key;
    if (stale) {
      for (const f of fs.readdirSync(GENERATED_DIR))
        if (f !== '.lock') fs.rmSync(path.join(GENERATED_DIR, f), { recursive: true, force: true });
    }
    const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasoat-plain-'));
    try {
      const toPdf: string[] = [];
      const toDoc: string[] = [];
      for (const doc of docs) {
        const { pdf, plain } = await generateDoc(doc, all.indexOf(doc), plainDir);
        if (pdf) toPdf.push(pdf);
        if (plain) toDoc.push(plain);
      }
      libreOffice('pdf', toPdf, GENERATED_DIR);
      libreOffice('doc:MS Word 97', toDoc, GENERATED_DIR);
      const sample = DEFAULT_DOC_IDS[0] ?? '004';
      await generateExtras(sample);
      fs.writeFileSync(keyFile, key);
    } finally {
      fs.rmSync(plainDir, { recursive: true, force: true });
    }
  });
  const out = (name: string): string => path.join(GENERATED_DIR, name);
  return {
    dir: GENERATED_DIR,
    docs,
    file: fixtureFile,
    scannedPdf: out(EXTRA.scannedPdf),
    encryptedPdf: fs.existsSync(out(EXTRA.encryptedPdf)) ? out(EXTRA.encryptedPdf) : null,
    corruptPdf: out(EXTRA.corruptPdf),
    corruptDocx: out(EXTRA.corruptDocx),
    bombDocx: out(EXTRA.bombDocx),
  };
}

if (import.meta.main) {
  const started = Date.now();
  const argv = process.argv.slice(2);
  const fixtures = await ensureFixtures({
    all: argv.includes('--all'),
    force: argv.includes('--force'),
  });
  const files = fs
    .readdirSync(fixtures.dir)
    .filter((f) => !f.startsWith('.') && f !== 'generator-key.txt');
  console.log(
    `Fixtures: ${files.length} files in ${path.relative(REPO_ROOT, fixtures.dir)} (${Date.now() - started} ms)`,
  );
}
