/**
 * The review workspace in Chromium: a reviewer works through findings by keyboard, adds a finding
 * of their own from a text selection, reloads, and finds every decision and their place again.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BackendHarness } from '../../electron/backend/harness/start.ts';
import { startSession, type Session } from './session.ts';
import type { FindingRowT } from '../../shared/ipc/findings.ts';
import { fold } from '../../shared/text/index.ts';
import { ARTIFACTS, newContext } from './browser.ts';

const CORPUS_TXT = path.resolve(
  import.meta.dirname,
  '../../../shared/corpus/docs/006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt',
);
const REVIEWER = { name: 'Nguyễn Thị Lan', position: 'Chuyên viên pháp chế', unit: 'Văn phòng Sở' };
const CITATION = 'Khoản 2 Điều 9 Nghị định 101/2024/NĐ-CP';

let session: Session;
let harness: BackendHarness;
let browser: Browser;
let imported = '';

/** A generated PDF when the fixture script works here (it needs LibreOffice); the corpus text otherwise. */
async function documentToImport(): Promise<string> {
  try {
    const { ensureFixtures } = await import('../../scripts/make-fixtures.ts');
    return (await ensureFixtures()).file('010', 'pdf');
  } catch (err) {
    console.warn('[review e2e] fixtures unavailable, importing the corpus text instead:', err);
    return CORPUS_TXT;
  }
}

beforeAll(async () => {
  session = await startSession('review');
  harness = session.harness;
  browser = session.browser;
  await harness.service.api['settings.set']({ reviewer: REVIEWER });
  imported = await documentToImport();
  const { jobId } = await harness.service.api['documents.import']({ paths: [imported] });
  const done = await harness.service.jobs.wait(jobId);
  expect(done.status).toBe('completed');
});

afterAll(async () => session?.close());

const api = () => harness.service.api;
const rowsNow = async (): Promise<FindingRowT[]> => (await api()['findings.list']({})).rows;
const queueList = (page: Page) => page.getByRole('listbox', { name: 'Danh sách phát hiện' });
const queueRows = (page: Page) => queueList(page).getByRole('option');
const selectedOption = (page: Page) =>
  queueList(page).locator('[role="option"][aria-selected="true"]');

async function openQueue(page: Page): Promise<void> {
  page.setDefaultTimeout(10_000);
  await page.goto(harness.loginUrl);
  await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
  await page.keyboard.press('Control+3');
  await page.getByRole('listbox', { name: 'Danh sách phát hiện' }).waitFor();
}

/** Waits until the backend holds the expected status for a finding. */
async function expectStatus(id: string, status: FindingRowT['status']): Promise<void> {
  await expect.poll(async () => (await api()['findings.get']({ id })).status).toBe(status);
}

describe('review workspace in Chromium', () => {
  it('decides by keyboard, adds a manual finding from a selection, and restores everything on reload', async () => {
    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openQueue(page);
    const rows = await rowsNow();
    expect(rows.length).toBeGreaterThan(20);
    const [r0, r1, r2, r3] = rows;
    if (!r0 || !r1 || !r2 || !r3) throw new Error('too few findings');

    // j selects the first finding; c confirms and moves on.
    await page.keyboard.press('j');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r0.id}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.keyboard.press('c');
    await expectStatus(r0.id, 'confirmed');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r1.id}`);
    await page.keyboard.press('c');
    await expectStatus(r1.id, 'confirmed');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r2.id}`);

    // d opens the reasons; Enter without a reason is refused; 3 asks for the citation, typed
    // into a field, where the letters of the citation must not act as shortcuts.
    await page.keyboard.press('d');
    const dialog = page.getByRole('dialog', { name: 'Lý do bỏ qua' });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Hãy chọn lý do bỏ qua.' }).waitFor();
    await page.keyboard.press('3');
    const citation = dialog.getByRole('textbox', { name: /Căn cứ pháp luật/ });
    await expect.poll(() => citation.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(CITATION);
    await page.keyboard.press('Enter');
    await expectStatus(r2.id, 'dismissed');
    const d2 = await api()['findings.get']({ id: r2.id });
    expect(d2).toMatchObject({
      reason: 'justified_by_law',
      citation: CITATION,
      decidedBy: `${REVIEWER.name}, ${REVIEWER.position}`,
    });
    expect((await api()['findings.get']({ id: r3.id })).status).toBe('open');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r3.id}`);

    // n writes a note; u undoes the last decision (the note), Ctrl+Z the one before (the dismissal)
    // — then the dismissal is made again with reason 2 so that three decisions stand.
    await page.keyboard.press('n');
    const noteBox = page.getByRole('textbox', { name: 'Ghi chú của người rà soát (N)' });
    await expect.poll(() => noteBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Cần nêu rõ thời hạn.');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await api()['findings.get']({ id: r3.id })).note)
      .toBe('Cần nêu rõ thời hạn.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('u');
    await expect.poll(async () => (await api()['findings.get']({ id: r3.id })).note).toBe(null);
    await page.keyboard.press('Control+z');
    await expectStatus(r2.id, 'open');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r2.id}`);
    await page.keyboard.press('d');
    await dialog.waitFor();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expectStatus(r2.id, 'dismissed');
    expect((await api()['findings.get']({ id: r2.id })).reason).toBe('false_detection');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r3.id}`);

    // The detail pane says who decided and when; progress counts the three decisions.
    await page.keyboard.press('k');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(`fr-${r2.id}`);
    await page
      .getByText(/Đã bỏ qua bởi Nguyễn Thị Lan, Chuyên viên pháp chế lúc \d\d:\d\d/)
      .waitFor();
    await page.getByText(`Đã xem 3/${rows.length} phát hiện`).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-queue.png') });

    // The document view: findings highlighted; select words of a clause and add a finding.
    await page.keyboard.press('v');
    const text = page.getByLabel('Nội dung', { exact: true });
    await text.locator('mark.hl-sel').first().waitFor();
    const doc = await api()['documents.get']({ id: r0.documentId });
    // A clause without findings next to the ones just decided, so the view shows both.
    const near = doc.clauses.findIndex((c) => c.id === r3.clauseId);
    const free = (c: (typeof doc.clauses)[number]) =>
      c.end - c.start > 80 && !rows.some((r) => r.clauseId === c.id);
    const clause = doc.clauses.slice(near + 1).find(free) ?? doc.clauses.find(free);
    if (!clause) throw new Error('no clause without findings');
    const words = doc.text.slice(clause.start, clause.end);
    const from = clause.start + words.indexOf(' ') + 1;
    const to = from + 20;
    await dragSelect(page, from, to);
    const form = page.getByRole('dialog', { name: 'Thêm phát hiện cho đoạn đã chọn' });
    await form.waitFor();
    await form.getByLabel('Loại phát hiện').selectOption('RESP.vague_actor');
    await form.getByLabel('Ghi chú').fill('Chủ thể chưa rõ');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-reader.png') });
    await form.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect
      .poll(async () => (await rowsNow()).filter((r) => r.origin === 'manual').length)
      .toBe(1);
    const manual = (await rowsNow()).find((r) => r.origin === 'manual');
    expect(manual).toMatchObject({
      kind: 'RESP.vague_actor',
      status: 'confirmed',
      clauseId: clause.id,
    });
    expect(manual?.matched).toBe(doc.text.slice(from, to).trim());
    await text.locator(`mark[data-ids~="${manual?.id}"]`).first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-reader-added.png') });

    if (doc.summary.format === 'pdf') {
      await page.getByRole('button', { name: 'Bản gốc PDF' }).click();
      const hit = page.locator('.pdf-page.hit canvas');
      await hit.waitFor();
      await expect
        .poll(() => hit.evaluate((c) => (c as HTMLCanvasElement).width))
        .toBeGreaterThan(300);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(ARTIFACTS, 'review-pdf.png') });
      await page.getByRole('button', { name: 'Văn bản đã trích' }).click();
    }

    // Filter to confirmed findings, scroll, then reload: decisions, filter, view and selection stay.
    await page.keyboard.press('v');
    await page.getByRole('combobox', { name: 'Trạng thái' }).selectOption('confirmed');
    await expect.poll(() => queueRows(page).count()).toBe(3);
    await queueRows(page).nth(1).click();
    const chosen = await selectedOption(page).getAttribute('id');
    await page.waitForTimeout(400);
    await page.reload();
    await page.getByRole('listbox', { name: 'Danh sách phát hiện' }).waitFor();
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe(chosen);
    expect(await page.getByRole('combobox', { name: 'Trạng thái' }).inputValue()).toBe('confirmed');
    await expect.poll(() => queueRows(page).count()).toBe(3);
    await page.getByRole('combobox', { name: 'Trạng thái' }).selectOption('');
    for (const [row, status] of [
      [r0, 'Đã xác nhận'],
      [r1, 'Đã xác nhận'],
      [r2, 'Đã bỏ qua'],
      [r3, 'Chưa xem'],
    ] as const) {
      await page.locator(`#fr-${row.id}`).getByText(status).waitFor({ state: 'attached' });
    }
    expect(errors).toEqual([]);
    await page.waitForTimeout(400);
    await page.context().close();
  }, 90_000);

  it('scrolls the queue position back after a reload', async () => {
    const page = await (await newContext(browser)).newPage();
    await openQueue(page);
    const list = page.getByRole('listbox', { name: 'Danh sách phát hiện' });
    expect(await page.getByRole('combobox', { name: 'Trạng thái' }).inputValue()).toBe('');
    await list.evaluate((el) => (el.scrollTop = 600));
    await page.waitForTimeout(400);
    await page.reload();
    await list.waitFor();
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(600);
  });
});

describe('queue search and undo in Chromium', () => {
  it('finds "ủy quyền" from "uy quyen", and undo removes a manual finding', async () => {
    const page = await (await newContext(browser)).newPage();
    await openQueue(page);
    const all = await rowsNow();
    const expected = all.filter((r) =>
      /(?<![\p{L}\p{N}])uy\s+quyen/u.test(fold(`${r.matched} ${r.excerpt}`)),
    ).length;
    expect(expected).toBeGreaterThan(0);
    await page.keyboard.press('/');
    await page.keyboard.type('uy quyen');
    await page.getByText(`${expected}/${all.length} phát hiện`, { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: /Tìm trong phát hiện/ }).fill('');
    await page.keyboard.press('Escape');
    await page.getByText(`${all.length} phát hiện`, { exact: true }).waitFor();

    const doc = await api()['documents.get']({ id: all[0]!.documentId });
    const clause = doc.clauses[doc.clauses.length - 1]!;
    await api()['findings.addManual']({
      clauseId: clause.id,
      start: 0,
      end: 8,
      kind: 'PROC.report',
    });
    await page.getByText(`${all.length + 1} phát hiện`, { exact: true }).waitFor();
    await page.keyboard.press('u');
    await page.getByText('Đã hoàn tác: phát hiện bổ sung thủ công đã được gỡ bỏ.').waitFor();
    await page.getByText(`${all.length} phát hiện`, { exact: true }).waitFor();
    await page.context().close();
  });
});

/** A real mouse drag across characters [from, to) of the document text. */
async function dragSelect(page: Page, from: number, to: number): Promise<void> {
  const points = await page.evaluate(
    ({ from, to }) => {
      const runs = [...document.querySelectorAll<HTMLElement>('.review-text [data-off]')];
      const charRange = (offset: number) => {
        const run = runs.find(
          (r) =>
            Number(r.dataset.off) <= offset &&
            offset < Number(r.dataset.off) + (r.textContent?.length ?? 0),
        );
        const node = run?.firstChild;
        if (!run || !node) throw new Error(`no text at ${offset}`);
        const range = document.createRange();
        range.setStart(node, offset - Number(run.dataset.off));
        range.setEnd(node, offset - Number(run.dataset.off) + 1);
        return range;
      };
      charRange(from).startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const a = charRange(from).getBoundingClientRect();
      const b = charRange(to - 1).getBoundingClientRect();
      return {
        a: { x: a.left + 0.5, y: a.top + a.height / 2 },
        b: { x: b.right - 0.5, y: b.top + b.height / 2 },
      };
    },
    { from, to },
  );
  await page.mouse.move(points.a.x, points.a.y);
  await page.mouse.down();
  await page.mouse.move(points.b.x, points.b.y, { steps: 5 });
  await page.mouse.up();
}
