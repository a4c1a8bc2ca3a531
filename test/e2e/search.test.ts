/** Search from the UI on a workspace of 10,000+ clauses: type, see highlighted results, open one. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { BackendHarness } from '../../electron/backend/harness/start.ts';
import { startSession, type Session } from './session.ts';
import { largeWorkspace } from '../helpers/large-workspace.ts';
import { ARTIFACTS, newContext } from './browser.ts';

let session: Session;
let harness: BackendHarness;
let browser: Browser;
let clauses = 0;

beforeAll(async () => {
  const large = await largeWorkspace(2);
  clauses = large.clauses;
  session = await startSession('search', large.dir);
  harness = session.harness;
  browser = session.browser;
}, 240_000);

afterAll(async () => session?.close());

describe('search screen', () => {
  it('finds clauses typed without diacritics among 10,000+, highlights them, and opens one with the keyboard', async () => {
    expect(clauses).toBeGreaterThanOrEqual(10_000);
    const page = await (await newContext(browser)).newPage();
    await page.goto(harness.loginUrl);
    await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
    await page.keyboard.press('Control+2');
    const box = page.getByRole('searchbox', { name: 'Từ khóa' });
    await box.waitFor();
    const started = Date.now();
    await box.pressSequentially('nguoi dung dau', { delay: 30 });
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await results.locator('mark').first().waitFor();
    const marks = await results.locator('li').first().locator('mark').allTextContents();
    console.log(
      `search: ${clauses} clauses; results visible ${Date.now() - started} ms after the first key`,
    );
    expect(marks.map((m) => m.toLowerCase())).toEqual(
      expect.arrayContaining(['người', 'đứng', 'đầu']),
    );
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/kết quả/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'search.png') });

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/library\/[^/]+\/[^/]+$/);
    // The reader opens on that clause, marked and in view.
    const marked = page.locator('.doc-text p.in-range');
    await marked.first().waitFor();
    expect((await marked.allTextContents()).join(' ').toLowerCase()).toContain('người đứng đầu');
    expect(await marked.first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'search-open-clause.png') });
  });

  it('ranks the exact diacritic form first when the query has diacritics', async () => {
    const res = await harness.service.api['search.query']({ query: 'đường', limit: 5 });
    expect(res.total).toBeGreaterThan(0);
    const first = res.hits[0]!;
    const [s, e] = first.snippet.highlights[0]!;
    expect(first.snippet.text.slice(s, e).toLowerCase()).toBe('đường');
  });
});
