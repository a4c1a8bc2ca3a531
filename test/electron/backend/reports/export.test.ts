/** Exports on a real reviewed workspace: what each format says, and that it verifies. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportEntryT } from '../../../../shared/ipc/reports.ts';
import { canonicalBytes, sha256Hex } from '../../../../electron/backend/reports/canonical.ts';
import type { JsonReport } from '../../../../electron/backend/reports/json-report.ts';
import { readSig } from '../../../../electron/backend/reports/register.ts';
import { tempDir } from '../../../helpers/corpus.ts';
import {
  CITATION,
  NOTE,
  REVISION,
  REWRITE,
  exportOne,
  flipByte,
  reviewedWorkspace,
  type Reviewed,
} from './fixture.ts';

let r: Reviewed;
const out: Partial<Record<'pdf' | 'docx' | 'json', ReportEntryT>> = {};
const TITLE = 'Báo cáo rà soát quy chế, quy định theo mục 2.2 Chỉ thị 34-CT/TU';
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

beforeAll(async () => {
  r = await reviewedWorkspace();
  for (const f of ['pdf', 'docx', 'json'] as const) out[f] = await exportOne(r.s, f);
}, 120_000);

afterAll(async () => r?.s.close());

/** A copy of an export and its signature, to damage without touching the originals. */
function copyOf(e: ReportEntryT): string {
  const dir = tempDir('rep');
  const file = path.join(dir, e.file);
  copyFileSync(e.path, file);
  copyFileSync(`${e.path}.sig.json`, `${file}.sig.json`);
  return file;
}

describe('report content', () => {
  it('PDF: Vietnamese title with diacritics, the twelve items, a confirmed finding, the seal', () => {
    const pdf = out.pdf!;
    expect(pdf.file).toMatch(/^\d{4}-\d{2}-\d{2}_bao-cao-ra-soat_[a-z0-9-]+_\d{6}\.pdf$/);
    const text = flat(
      execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }),
    );
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Rà soát quy chế, quy định theo mục 2.2 Chỉ thị 34-CT/TU');
    expect(text).toContain(
      'Chỉ thị số 34-CT/TU ngày 27/10/2023 của Ban Thường vụ Thành ủy Đà Nẵng',
    );
    for (let i = 1; i <= 12; i++) expect(text).toMatch(new RegExp(`\\bC${i}\\b`));
    expect(text).toContain(flat(NOTE));
    expect(text).toContain(flat(REWRITE));
    expect(text).toContain(flat(r.confirmed[1]!.matched));
    // Table cells wrap anywhere in the citation; its parts stay.
    expect(text).toMatch(/Điều 12 Nghị\s?định/);
    expect(text).toContain('NĐ-CP');
    expect(text).toContain(REVISION.who);
    const sig = readSig(`${pdf.path}.sig.json`)!;
    expect(text).toContain(sig.contentSha256);
    expect(text).toContain(sig.reportId);
    const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
    expect(info).toContain(TITLE);
    expect(info).toContain(`rasoat-report-id:${sig.reportId}`);
  });

  it('DOCX: the same content in word/document.xml, the seal in its properties', () => {
    const docx = out.docx!;
    const xml = execFileSync('unzip', ['-p', docx.path, 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const text = flat(xml.replace(/<[^>]+>/g, ''));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Rà soát quy chế, quy định theo mục 2.2 Chỉ thị 34-CT/TU');
    expect(text).toContain('C12');
    expect(text).toContain(flat(NOTE));
    expect(xml).toContain('w:numPr'); // findings are a real Word numbered list
    const sig = readSig(`${docx.path}.sig.json`)!;
    const custom = execFileSync('unzip', ['-p', docx.path, 'docProps/custom.xml'], {
      encoding: 'utf8',
    });
    expect(custom).toContain(sig.contentSha256);
    expect(custom).toContain(sig.reportId);
  });

  it('JSON: canonical, hashed and signed content with the review in it', () => {
    const bytes = readFileSync(out.json!.path);
    const doc = JSON.parse(bytes.toString('utf8')) as JsonReport;
    expect(bytes.toString('utf8')).toBe(`${canonicalBytes(doc).toString('utf8')}\n`);
    expect(doc.integrity.contentSha256).toBe(sha256Hex(canonicalBytes(doc.content)));
    const c = doc.content;
    expect(c.title).toBe(TITLE);
    expect(c.directive).toEqual({
      number: '34-CT/TU',
      date: '2023-10-27',
      issuer: 'Ban Thường vụ Thành ủy Đà Nẵng',
    });
    expect(c.reviewer).toEqual({ name: 'Trần Văn Nam', position: 'Chuyên viên pháp chế' });
    expect(c.unit).toBe('Văn phòng Sở');
    expect(c.documents).toHaveLength(2);
    expect(c.checklist.items.map((i) => i.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `C${i + 1}`),
    );
    expect(c.findings.byStatus.find((s) => s.key === 'confirmed')?.count).toBe(3);
    expect(c.findings.byStatus.find((s) => s.key === 'dismissed')?.count).toBe(2);
    const all = c.details.flatMap((d) => d.articles.flatMap((a) => a.findings));
    const first = all.find((f) => f.id === r.confirmed[0]!.id)!;
    expect(first).toMatchObject({
      status: 'confirmed',
      note: NOTE,
      rewrite: REWRITE,
      rewriteEdited: true,
    });
    expect(all.some((f) => f.status === 'open')).toBe(true);
    expect(c.dismissed).toHaveLength(2);
    expect(c.dismissed[0]).toMatchObject({ citation: CITATION, reason: 'Có căn cứ pháp luật' });
    expect(c.revisions).toEqual([
      expect.objectContaining({ what: REVISION.what, who: REVISION.who }),
    ]);
    expect(c.inventory.totals.map((t) => t.key)).toContain('PROC.approval');
  });

  it('English labels when asked', async () => {
    const e = await exportOne(r.s, 'json', 'en');
    const c = (JSON.parse(readFileSync(e.path, 'utf8')) as JsonReport).content;
    expect(c.title).toMatch(/^Report on the review/);
    expect(c.checklist.items[0]!.label).toBe('Full review scope');
  });
});

describe('integrity', () => {
  it.each(['pdf', 'docx', 'json'] as const)(
    '%s: valid as exported, altered after one byte changes',
    async (f) => {
      const e = out[f]!;
      const ok = await r.s.api['reports.verify']({ path: e.path });
      expect(ok.status).toBe('valid');
      expect(ok.keyKnown).toBe(true);
      expect(ok.message.vi).toMatch(/^Tệp không bị sửa đổi/);
      const copy = copyOf(e);
      flipByte(copy, f === 'json' ? 200 : Math.floor(e.size / 2));
      const bad = await r.s.api['reports.verify']({ path: copy });
      expect(bad.status).toBe('altered');
      expect(bad.message.vi).toMatch(/không khớp với chữ ký/);
      expect(bad.sha256).not.toBe(bad.expectedSha256);
    },
  );

  it('finds the signature in the workspace when only the report file is given', async () => {
    const dir = tempDir('alone');
    const file = path.join(dir, out.pdf!.file);
    copyFileSync(out.pdf!.path, file);
    expect((await r.s.api['reports.verify']({ path: file })).status).toBe('valid');
    flipByte(file, 4000);
    const bad = await r.s.api['reports.verify']({ path: file });
    expect(bad.status).toBe('altered'); // matched through the report id in the PDF's metadata
  });

  it('a JSON report verifies alone from its embedded hash and signature', async () => {
    const dir = tempDir('json');
    const file = path.join(dir, 'bao-cao.json');
    const text = readFileSync(out.json!.path, 'utf8');
    writeFileSync(file, text);
    const { verifyReport } = await import('../../../../electron/backend/reports/verify.ts');
    const pub = readSig(`${out.json!.path}.sig.json`)!.publicKeyPem;
    const alone = await verifyReport({ file, trustedKeys: [pub], searchDirs: [] });
    expect(alone.status).toBe('valid');
    expect((await verifyReport({ file, trustedKeys: [], searchDirs: [] })).status).toBe(
      'unknown_key',
    );
    writeFileSync(file, text.replace('Trần Văn Nam', 'Trần Văn Năm'));
    expect((await verifyReport({ file, trustedKeys: [pub], searchDirs: [] })).status).toBe(
      'altered',
    );
  });

  it('openssl pkeyutl -verify -rawin accepts the file and content signatures', () => {
    const dir = tempDir('ossl');
    for (const f of ['pdf', 'json'] as const) {
      const e = out[f]!;
      const sig = readSig(`${e.path}.sig.json`)!;
      writeFileSync(path.join(dir, 'pub.pem'), sig.publicKeyPem);
      writeFileSync(path.join(dir, 'sig.bin'), Buffer.from(sig.signature, 'base64'));
      const ossl = (input: string) =>
        execFileSync(
          'openssl',
          [
            'pkeyutl',
            '-verify',
            '-pubin',
            '-inkey',
            path.join(dir, 'pub.pem'),
            '-rawin',
            '-in',
            input,
            '-sigfile',
            path.join(dir, 'sig.bin'),
          ],
          { encoding: 'utf8' },
        );
      expect(ossl(e.path)).toContain('Signature Verified Successfully');
      const copy = copyOf(e);
      flipByte(copy, 100);
      expect(() => ossl(copy)).toThrow();
    }
    const doc = JSON.parse(readFileSync(out.json!.path, 'utf8')) as JsonReport;
    writeFileSync(path.join(dir, 'content.json'), canonicalBytes(doc.content));
    writeFileSync(path.join(dir, 'csig.bin'), Buffer.from(doc.integrity.signature, 'base64'));
    const res = execFileSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        path.join(dir, 'pub.pem'),
        '-rawin',
        '-in',
        path.join(dir, 'content.json'),
        '-sigfile',
        path.join(dir, 'csig.bin'),
      ],
      { encoding: 'utf8' },
    );
    expect(res).toContain('Signature Verified Successfully');
  });
});

describe('register and jobs', () => {
  it('lists every export with its hash, newest first', async () => {
    const list = await r.s.api['reports.list']({});
    for (const f of ['pdf', 'docx', 'json'] as const) {
      const e = list.find((x) => x.file === out[f]!.file);
      expect(e).toMatchObject({
        format: f,
        sha256: out[f]!.sha256,
        signed: true,
        size: out[f]!.size,
      });
    }
    expect(list.every((x, i) => i === 0 || list[i - 1]!.createdAt >= x.createdAt)).toBe(true);
  });

  it('a cancelled export leaves no file behind', async () => {
    const dir = path.join(r.s.workspace()!.path, 'reports');
    const before = readdirSync(dir).sort();
    const { jobId } = await r.s.api['reports.export']({ format: 'pdf' });
    await r.s.api['jobs.cancel']({ jobId });
    expect((await r.s.runJob(jobId)).status).toBe('cancelled');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(dir)).toBe(true);
  });

  it('progress events name the job', () => {
    const kinds = r.s.events
      .filter((e) => e.name === 'job.progressed')
      .map((e) => (e.payload as { kind: string }).kind);
    expect(kinds).toContain('reports.export');
  });
});
