import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractFileInChild,
  parseFileInChild,
  shutdownParseChildren,
} from '../../../../electron/backend/formats/parse-in-child.ts';
import { AppError } from '../../../../shared/errors.ts';
import { sourceOutline, parsedOutline } from '../../../../scripts/eval-structure.ts';
import {
  ensureFixtures,
  fixtureFile,
  REPO_ROOT,
  type Fixtures,
} from '../../../../scripts/make-fixtures.ts';

let fixtures: Fixtures;

beforeAll(async () => {
  fixtures = await ensureFixtures();
}, 300_000);

afterAll(() => shutdownParseChildren());

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

const hasParser = fs.existsSync(path.join(REPO_ROOT, 'shared/structure/index.ts'));

describe('parsing in a child process', () => {
  it('extracts text in the child, the same as in process', async () => {
    const out = await extractFileInChild(fixtureFile('022', 'pdf'));
    expect(sourceOutline(out.text)).toEqual(
      sourceOutline(fs.readFileSync(fixtureFile('022', 'txt'), 'utf8')),
    );
  });

  it.skipIf(!hasParser)(
    'parses a document in the child and returns its articles and khoản',
    async () => {
      const doc = await parseFileInChild(fixtureFile('004', 'docx'));
      const expected = sourceOutline(fs.readFileSync(fixtureFile('004', 'txt'), 'utf8'));
      expect(parsedOutline(doc).articles).toEqual(expected.articles);
    },
  );

  it('reuses one child for files read one after another', async () => {
    const a = await extractFileInChild(fixtureFile('004', 'txt'));
    const b = await extractFileInChild(fixtureFile('010', 'txt'));
    expect(a.text).not.toBe(b.text);
  });

  it('passes on reader errors with their code and message', async () => {
    const err = await failure(extractFileInChild(fixtures.scannedPdf));
    expect(err.code).toBe('document.image_only');
    expect(err.message).toContain('OCR');
  });

  it('kills the child and reports a timeout', async () => {
    const err = await failure(extractFileInChild(fixtureFile('033', 'pdf'), { timeoutMs: 1 }));
    expect(err.code).toBe('document.timeout');
  });

  it('cancels on abort', async () => {
    const controller = new AbortController();
    const pending = extractFileInChild(fixtureFile('033', 'pdf'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect((await failure(pending)).code).toBe('job.cancelled');
    const already = await failure(
      extractFileInChild(fixtureFile('033', 'pdf'), { signal: AbortSignal.abort() }),
    );
    expect(already.code).toBe('job.cancelled');
  });

  it('reports a child that runs out of memory as a file too large', async () => {
    const err = await failure(extractFileInChild(fixtureFile('033', 'pdf'), { maxOldSpaceMb: 8 }));
    expect(err.code).toBe('document.too_large');
  });

  it('still works after a child was killed', async () => {
    const out = await extractFileInChild(fixtureFile('022', 'txt'));
    expect(out.format).toBe('txt');
  });
});
