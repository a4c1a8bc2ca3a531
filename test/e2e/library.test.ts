/** Library: import real DOCX/PDF/DOC fixtures through the UI, see per-file results, open the reader. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { BackendHarness } from '../../electron/backend/harness/start.ts';
import { startSession, type Session } from './session.ts';
import { ensureFixtures, type Fixtures } from '../../scripts/make-fixtures.ts';
import { ARTIFACTS, newContext } from './browser.ts';

let session: Session;
let harness: BackendHarness;
let browser: Browser;
let fx: Fixtures;

beforeAll(async () => {
  fx = await ensureFixtures();
  session = await startSession('library');
  harness = session.harness;
  browser = session.browser;
}, 240_000);

afterAll(async () => session?.close());

describe('library screen', () => {
  it('imports files through the UI with a result per file, lists them and opens the reader', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(harness.loginUrl);
    await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
    await page
      .locator('input[type=file][multiple]')
      .setInputFiles([
        fx.file('004', 'docx'),
        fx.file('010', 'pdf'),
        fx.file('022', 'doc'),
        fx.scannedPdf,
        fx.corruptDocx,
      ]);
    const summary = page.getByText(/Đã nhập \d+ · trùng lặp \d+ · lỗi \d+/);
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toBe('Đã nhập 3 · trùng lặp 0 · lỗi 2');
    await expect.poll(() => page.getByText(/nhận dạng ký tự \(OCR\)/).count()).toBe(1);
    await expect.poll(() => page.locator('table.grid tbody tr').count()).toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'library.png'), fullPage: true });

    // The same files again are duplicates.
    await page.locator('input[type=file][multiple]').setInputFiles([fx.file('004', 'docx')]);
    await page.getByText('Đã nhập 0 · trùng lặp 1 · lỗi 0').waitFor({ timeout: 60_000 });

    await page
      .locator('table.grid tbody tr')
      .filter({ hasText: '2920/QĐ-UBND' })
      .getByRole('link')
      .click();
    const outline = page.getByRole('navigation', { name: 'Cấu trúc văn bản' });
    await outline.waitFor();
    expect(await outline.getByRole('button').count()).toBeGreaterThan(5);
    await outline
      .getByRole('button', { name: /^Điều 2\./ })
      .first()
      .click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'library-reader.png') });
  });
});
