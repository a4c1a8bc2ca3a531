import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { BackendHarness } from '../../electron/backend/harness/start.ts';
import { startSession, type Session } from './session.ts';
import { ARTIFACTS, newContext } from './browser.ts';

let session: Session;
let harness: BackendHarness;
let browser: Browser;

beforeAll(async () => {
  session = await startSession('shell');
  harness = session.harness;
  browser = session.browser;
});

afterAll(async () => session?.close());

describe('app shell in Chromium', () => {
  it('refuses requests without the per-run token', async () => {
    const res = await fetch(harness.url);
    expect(res.status).toBe(401);
    const rpc = await fetch(`${harness.url}rpc`, { method: 'POST', body: '{"method":"app.info"}' });
    expect(rpc.status).toBe(401);
  });

  it('renders in Vietnamese, switches to English, and remembers the choice', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(harness.loginUrl);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const label of [
      'Thư viện',
      'Tìm kiếm',
      'Phát hiện',
      'Danh mục kiểm tra 2.2',
      'Hồ sơ vụ việc',
      'Cài đặt',
    ]) {
      await expect.poll(() => nav.getByRole('button', { name: new RegExp(label) }).count()).toBe(1);
    }
    await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    // The font that renders the page must be Noto Sans, which has the Vietnamese glyphs.
    const fontOk = await page.evaluate(() =>
      document.fonts.check('16px "Noto Sans"', 'Thư viện đường'),
    );
    expect(fontOk).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'shell-vi.png') });

    await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.getByRole('heading', { name: 'Document library' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.keyboard.press('Control+6');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'shell-en-settings.png') });

    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect((await harness.service.api['settings.get']({})).language).toBe('en');
  });
});
