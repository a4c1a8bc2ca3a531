/**
 * Case files in Chromium: export a signed PDF from the UI, see it listed with its hash, check it
 * in place; then hand the checker an altered copy and see it refused.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { BackendHarness } from '../../electron/backend/harness/start.ts';
import { corpusDoc, tempDir } from '../helpers/corpus.ts';
import { ARTIFACTS, newContext } from './browser.ts';
import { startSession, type Session } from './session.ts';

const DOCS = [
  '001-qclv-ban-qlda-dan-dung-cong-nghiep-tphcm.txt',
  '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt',
];

let session: Session;
let harness: BackendHarness;
let browser: Browser;
const api = () => harness.service.api;

beforeAll(async () => {
  session = await startSession('cases');
  harness = session.harness;
  browser = session.browser;
  await api()['settings.set']({
    reviewer: {
      name: 'Trần Văn Nam',
      position: 'Chuyên viên pháp chế',
      unit: 'Văn phòng Sở Nội vụ',
    },
  });
  const { jobId } = await api()['documents.import']({ paths: DOCS.map(corpusDoc) });
  expect((await harness.service.jobs.wait(jobId)).status).toBe('completed');
  const rows = (await api()['findings.list']({ families: ['PROC', 'RESP'] })).rows;
  for (const r of rows.slice(0, 4))
    await api()['findings.decide']({ findingId: r.id, status: 'confirmed', note: 'Cần sửa.' });
  await api()['findings.decide']({
    findingId: rows[4]!.id,
    status: 'dismissed',
    reason: 'not_applicable',
  });
}, 240_000);

afterAll(async () => session?.close());

describe('cases screen in Chromium', () => {
  it('exports a PDF, lists it with its hash, verifies it, and flags an altered copy', async () => {
    const page = await (await newContext(browser)).newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.loginUrl);
    await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { name: 'Hồ sơ vụ việc', level: 1 }).waitFor();
    await page.getByText('Chưa xuất báo cáo nào').waitFor();

    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    const done = page.getByRole('status').filter({ hasText: /^Đã xuất .+\.pdf\.$/ });
    await done.waitFor({ timeout: 60_000 });
    const [entry] = await api()['reports.list']({});
    expect(entry?.format).toBe('pdf');
    const table = page.getByRole('table', {
      name: 'Báo cáo đã xuất và mã băm SHA-256 ghi lúc xuất',
    });
    await table.getByText(entry!.file).waitFor();
    expect(await table.getByTitle(entry!.sha256).textContent()).toContain(
      entry!.sha256.slice(0, 16),
    );

    await page.getByRole('button', { name: `Kiểm tra tính toàn vẹn của ${entry!.file}` }).click();
    const valid = page.getByRole('status', { name: 'Kết quả kiểm tra: Hợp lệ' });
    await valid.waitFor();
    expect(await valid.textContent()).toContain(entry!.sha256);
    await page.screenshot({ path: path.join(ARTIFACTS, 'cases.png') });

    // An inspector is handed a copy with one byte changed, and its signature file.
    const dir = tempDir('cases-altered');
    const altered = path.join(dir, entry!.file);
    const bytes = readFileSync(entry!.path);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(altered, bytes);
    copyFileSync(`${entry!.path}.sig.json`, `${altered}.sig.json`);
    await page
      .getByLabel('Chọn tệp báo cáo…', { exact: true })
      .and(page.locator('input[type=file]'))
      .setInputFiles([altered, `${altered}.sig.json`]);
    const bad = page.getByRole('alert', { name: 'Kết quả kiểm tra: Đã bị sửa đổi' });
    await bad.waitFor();
    expect(await bad.textContent()).toMatch(/SHA-256 của tệp là [0-9a-f]{64}/);
    await bad.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'cases-altered.png') });

    // The exported report's first two pages, for a person to look at.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      entry!.path,
      path.join(ARTIFACTS, 'cases-report'),
    ]);
    expect(errors).toEqual([]);
  });
});
