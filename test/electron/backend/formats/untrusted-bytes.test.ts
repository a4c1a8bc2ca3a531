import fs from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentData } from '../../../../electron/backend/formats/read.ts';
import { openZip } from '../../../../electron/backend/formats/zip.ts';
import { AppError } from '../../../../shared/errors.ts';
import { ensureFixtures, fixtureFile } from '../../../../scripts/make-fixtures.ts';

let docx: Buffer;

beforeAll(async () => {
  await ensureFixtures();
  docx = fs.readFileSync(fixtureFile('022', 'docx'));
}, 300_000);

/** Resolves, or rejects with an AppError: anything else is a bug. */
async function onlyAppErrors(p: Promise<unknown>): Promise<boolean> {
  try {
    await p;
    return true;
  } catch (err) {
    return err instanceof AppError;
  }
}

const bytes = fc.uint8Array({ minLength: 0, maxLength: 4096 }).map((a) => Buffer.from(a));

describe('untrusted bytes only ever produce AppError', () => {
  it('as a .txt', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => onlyAppErrors(readDocumentData(data, 'x.txt'))),
      { numRuns: 300 },
    );
  });

  it('as a .docx (zip pre-check)', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => onlyAppErrors(readDocumentData(data, 'x.docx'))),
      { numRuns: 300 },
    );
  });

  it('random bytes behind a zip signature', async () => {
    const zipLike = bytes.map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b]));
    await fc.assert(
      fc.asyncProperty(zipLike, async (data) => onlyAppErrors(openZip(data))),
      { numRuns: 300 },
    );
  });

  it('a real DOCX with bytes overwritten or cut off', async () => {
    const damage = fc.record({
      at: fc.nat(),
      patch: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      cut: fc.option(fc.nat()),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ at, patch, cut }) => {
        const data = Buffer.from(docx);
        data.set(
          patch.subarray(0, Math.max(0, data.length - (at % data.length))),
          at % data.length,
        );
        const damaged = cut === null ? data : data.subarray(0, cut % data.length);
        return onlyAppErrors(readDocumentData(damaged, 'x.docx'));
      }),
      { numRuns: 150 },
    );
    expect(docx.length).toBeGreaterThan(1000);
  });
});
