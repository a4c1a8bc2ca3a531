/**
 * The section 2.2 checklist in Chromium: the legal officer completes an item's revision action by
 * keyboard (a vague "who" is refused on the spot), submits; the department head approves; the
 * version is then locked.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BackendHarness } from '../../electron/backend/harness/start.ts';
import { startSession, type Session } from './session.ts';
import type { ChecklistViewT } from '../../shared/ipc/checklist.ts';
import { corpusDoc } from '../helpers/corpus.ts';
import { ARTIFACTS, newContext } from './browser.ts';

const OFFICER = { name: 'Trần Văn Nam', position: 'Chuyên viên pháp chế', unit: 'Văn phòng Sở' };
const HEAD = { name: 'Lê Thị Hoa', position: 'Trưởng phòng Pháp chế', unit: 'Văn phòng Sở' };
const DOCS = [
  '001-qclv-ban-qlda-dan-dung-cong-nghiep-tphcm.txt',
  '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt',
];
/** The item the officer completes in the browser; the others are settled through the API. */
const ITEM = 'C7';
const YEAR = new Date().getFullYear() + 1;

let session: Session;
let harness: BackendHarness;
let browser: Browser;

const api = () => harness.service.api;

/** Every blocking item but ITEM gets a revision action or a conclusion, as an officer would. */
async function settleOthers(view: ChecklistViewT): Promise<void> {
  for (const item of view.items) {
    if (item.id === ITEM) continue;
    if (item.issues.length === 0 && item.effective !== 'not_assessed') continue;
    await api()['checklist.setItem'](
      item.automatic.status === 'needs_revision'
        ? {
            itemId: item.id,
            status: null,
            revision: {
              what: `Sửa đổi các điều khoản nêu tại tiêu chí ${item.id} theo mục 2.2 Chỉ thị`,
              who: 'Chánh Văn phòng',
              by: `30/09/${YEAR}`,
            },
          }
        : { itemId: item.id, status: 'not_applicable' },
    );
  }
}

beforeAll(async () => {
  session = await startSession('checklist');
  harness = session.harness;
  browser = session.browser;
  await api()['settings.set']({ reviewer: OFFICER });
  const { jobId } = await api()['documents.import']({ paths: DOCS.map(corpusDoc) });
  expect((await harness.service.jobs.wait(jobId)).status).toBe('completed');
  const view = await api()['checklist.get']({});
  expect(view.items.find((i) => i.id === ITEM)?.automatic.status).toBe('needs_revision');
  await settleOthers(view);
});

afterAll(async () => session?.close());

async function openChecklist(page: Page): Promise<void> {
  page.setDefaultTimeout(10_000);
  await page.goto(harness.loginUrl);
  await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
  await page.keyboard.press('Control+4');
  await page.getByRole('heading', { name: 'Danh mục kiểm tra mục 2.2' }).waitFor();
  await page.getByRole('table', { name: 'Mười hai tiêu chí mục 2.2' }).waitFor();
}

describe('checklist screen in Chromium', () => {
  it('completes a revision action by keyboard, submits, and the head approves', async () => {
    const page = await (await newContext(browser)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openChecklist(page);
    const table = page.getByRole('table', { name: 'Mười hai tiêu chí mục 2.2' });
    expect(await table.getByRole('row').count()).toBe(13);
    await expect.poll(() => page.locator('.cl-state').textContent()).toBe('Nháp');
    const submit = page.getByRole('button', { name: 'Trình phê duyệt' });
    expect(await submit.isDisabled()).toBe(true);
    expect(await page.locator('#cl-why').textContent()).toContain(ITEM);

    // Open the item from the keyboard: its evidence links to clauses in the reader.
    const toggle = table.getByRole('button', { name: /^▸?\s*C7/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const evidence = page.getByRole('list', { name: `Căn cứ trong văn bản ${ITEM}` });
    const firstLink = evidence.getByRole('link').first();
    expect(await firstLink.getAttribute('href')).toMatch(/^#\/library\/[^/]+\/[^/]+$/);

    const form = page.getByRole('form', { name: `Kết luận của người rà soát ${ITEM}` });
    await form.getByLabel('Nội dung cần sửa đổi, bổ sung').focus();
    await page.keyboard.type(
      'Bổ sung thời hạn trả lời ý kiến phối hợp và hệ quả khi không trả lời',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('Các đơn vị có liên quan');
    const who = form.getByLabel('Người thực hiện (chức danh cụ thể)');
    await expect.poll(() => form.textContent()).toMatch(/nhóm chung chung/);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`30/06/${YEAR}`);
    await page.keyboard.press('Control+Enter');
    expect(await who.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join(ARTIFACTS, 'checklist-editing.png') });
    expect(
      (await api()['checklist.get']({})).items.find((i) => i.id === ITEM)?.determination,
    ).toBeNull();

    await who.fill('Chánh Văn phòng');
    await form.getByRole('button', { name: 'Lưu kết luận' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Đã lưu kết luận ${ITEM}.` })
      .waitFor();
    const saved = (await api()['checklist.get']({})).items.find((i) => i.id === ITEM)!;
    expect(saved.determination?.revision).toEqual({
      what: 'Bổ sung thời hạn trả lời ý kiến phối hợp và hệ quả khi không trả lời',
      who: 'Chánh Văn phòng',
      by: `${YEAR}-06-30`,
    });
    expect(saved.issues).toEqual([]);

    await expect.poll(() => submit.isDisabled()).toBe(false);
    await submit.click();
    await expect.poll(() => page.locator('.cl-state').textContent()).toBe('Đã trình');
    await page.getByText('Bạn đã trình phiên bản này').waitFor();
    expect(await page.getByRole('button', { name: 'Phê duyệt', exact: true }).isDisabled()).toBe(
      true,
    );

    // The department head opens the app under their own name.
    await api()['settings.set']({ reviewer: HEAD });
    await openChecklist(page);
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await page.getByLabel('Ý kiến phê duyệt (không bắt buộc)').fill('Đồng ý với kết quả rà soát.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'checklist-deciding.png') });
    await page.getByRole('button', { name: 'Xác nhận phê duyệt' }).click();
    await expect.poll(() => page.locator('.cl-state').textContent()).toBe('Đã phê duyệt');
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).waitFor();
    await page.getByText('Ý kiến phê duyệt của Lê Thị Hoa (Trưởng phòng Pháp chế):').waitFor();
    const history = page.getByRole('region', { name: 'Lịch sử' });
    expect(await history.textContent()).toMatch(/Lê Thị Hoa \(Trưởng phòng Pháp chế\)\s*phê duyệt/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'checklist.png') });

    // Approved: an item opens read only, with its evidence.
    await table.getByRole('button', { name: /C8/ }).click();
    await page.getByText('Chỉ đọc: phiên bản đã phê duyệt.').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu kết luận' }).count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'checklist-item.png') });

    const final = await api()['checklist.get']({});
    expect(final).toMatchObject({ state: 'approved', frozen: true, version: 1 });
    expect(final.decided?.by.name).toBe(HEAD.name);
    expect(errors).toEqual([]);
  });
});
