import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument, readDocumentData } from '../../../../electron/backend/formats/read.ts';
import { AppError } from '../../../../shared/errors.ts';
import { ensureFixtures, fixtureFile, type Fixtures } from '../../../../scripts/make-fixtures.ts';

let fixtures: Fixtures;
let tmp: string;

beforeAll(async () => {
  fixtures = await ensureFixtures();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rasoat-read-'));
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function failure(file: string, opts?: { maxBytes?: number }): Promise<AppError> {
  const err = await readDocument(file, opts).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

function write(name: string, data: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
}

describe('readDocument refuses what it cannot read, with a Vietnamese reason', () => {
  it('a scanned PDF needs OCR', async () => {
    const err = await failure(fixtures.scannedPdf);
    expect(err.code).toBe('document.image_only');
    expect(err.message).toContain('cần nhận dạng ký tự (OCR)');
  });

  it('a password-protected PDF is encrypted', async (ctx) => {
    if (!fixtures.encryptedPdf) ctx.skip(); // needs qpdf to make the fixture
    expect((await failure(fixtures.encryptedPdf ?? '')).code).toBe('document.encrypted');
  });

  it.each([
    ['damaged PDF', () => fixtures.corruptPdf],
    ['truncated DOCX', () => fixtures.corruptDocx],
    ['PDF extension, text inside', () => write('gia.pdf', 'không phải PDF')],
    ['DOC extension, random bytes', () => write('gia.doc', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]))],
    ['empty file', () => write('rong.txt', '')],
  ])('%s is corrupt', async (_name, file) => {
    expect((await failure(file())).code).toBe('document.corrupt');
  });

  it('a zip bomb is too large, refused before inflating', async () => {
    const started = Date.now();
    const err = await failure(fixtures.bombDocx);
    expect(err.code).toBe('document.too_large');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a file over the size limit is too large', async () => {
    expect((await failure(fixtureFile('004', 'pdf'), { maxBytes: 1000 })).code).toBe(
      'document.too_large',
    );
  });

  it.each([
    ['unknown extension', 'bang.xlsx', 'a;b;c'],
    ['RTF', 'van-ban.rtf', '{\\rtf1\\ansi Điều 1.}'],
    ['binary data in a .txt', 'nhi-phan.txt', Buffer.alloc(2000, 1)],
  ])('%s is unsupported', async (_name, name, data) => {
    const err = await failure(write(name, data));
    expect(err.code).toBe('document.unsupported');
    expect(err.message).toMatch(/[ăâđêôơưạ-ỹ]/u);
  });

  it('a missing file is not found', async () => {
    expect((await failure(path.join(tmp, 'khong-co.pdf'))).code).toBe('document.not_found');
  });

  it('an encrypted Office package (OLE with EncryptedPackage) is encrypted', async () => {
    expect(
      (
        await failure(
          write('mat-khau.docx', oleWithStreams(['EncryptionInfo', 'EncryptedPackage'])),
        )
      ).code,
    ).toBe('document.encrypted');
  });

  it('reads by content, not by name: a PDF named .txt is read as PDF', async () => {
    const out = await readDocumentData(fs.readFileSync(fixtureFile('022', 'pdf')), 'nhan-nham.txt');
    expect(out.format).toBe('pdf');
  });
});

describe('text and Markdown', () => {
  it.each([
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Điều 1. Phạm vi')]),
    ],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Điều 1. Phạm vi', 'utf16le')]),
    ],
    ['NFD', Buffer.from('Điều 1. Phạm vi'.normalize('NFD'))],
  ])('%s', async (_name, data) => {
    expect((await readDocumentData(data, 'a.txt')).text).toBe('Điều 1. Phạm vi\n');
  });

  it('strips Markdown markup but keeps khoản numbers and dashes', async () => {
    const md = [
      '# QUY CHẾ',
      '## Điều 1. **Phạm vi**',
      '1. Quy chế này áp dụng cho *các phòng*;',
      '* mục một',
      '| Bước | Thời hạn |',
      '|---|---|',
      '| Tiếp nhận | 01 ngày |',
      '[Nghị định 30](http://example.invalid/nd30)',
    ].join('\n');
    const out = await readDocumentData(Buffer.from(md), 'quy-che.md');
    expect(out.format).toBe('md');
    expect(out.text).toBe(
      'QUY CHẾ\nĐiều 1. Phạm vi\n1. Quy chế này áp dụng cho các phòng;\n- mục một\nBước Thời hạn\nTiếp nhận 01 ngày\nNghị định 30\n',
    );
  });
});

/** A minimal OLE compound file whose directory holds the given stream names (512-byte sectors). */
function oleWithStreams(names: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(0, 0x4c); // FAT is sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: end of directory chain
  const dir = Buffer.alloc(512);
  ['Root Entry', ...names].slice(0, 4).forEach((name, i) => {
    const off = i * 128;
    dir.write(name, off, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, off + 64);
    dir[off + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, fat, dir]);
}
