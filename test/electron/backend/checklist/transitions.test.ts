/**
 * The approval flow on a real workspace: submit, return with comments, edit, submit, approve
 * (frozen), new version; who did what is kept in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDoc } from '../../../helpers/corpus.ts';
import type { TestService } from '../../../helpers/service.ts';
import { complete, HEAD, OFFICER, QCLV, serviceWith } from './helpers.ts';

let s: TestService;

beforeAll(async () => {
  s = await serviceWith([QCLV]);
});
afterAll(async () => s?.close());

const as = (who: typeof HEAD) => s.api['settings.set']({ reviewer: who });
const fails = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );
const RETURN_COMMENT = 'Đề nghị ghi rõ thời hạn sửa đổi tiêu chí C8 trước quý III.';

describe('checklist.transition', () => {
  it('refuses to submit while items lack a revision action or a conclusion', async () => {
    expect(await fails(s.api['checklist.transition']({ action: 'submit' }))).toMatch(
      /input\.invalid: Chưa trình được: Tiêu chí .*C8.* còn thiếu/,
    );
    expect(await fails(s.api['checklist.transition']({ action: 'approve' }))).toMatch(
      /checklist\.invalid_transition/,
    );
  });

  it('submits a complete draft and keeps the assessment as submitted', async () => {
    const filled = await complete(s, await s.api['checklist.get']({}));
    expect(filled.blockers).toEqual([]);
    const v = await s.api['checklist.transition']({ action: 'submit' });
    expect(v.state).toBe('submitted');
    expect(v.submitted?.by).toEqual({ name: OFFICER.name, position: OFFICER.position });
    expect(v.actorIsSubmitter).toBe(true);
    expect(s.events).toContainEqual({
      name: 'checklist.changed',
      payload: { reason: 'submit', version: 1 },
    });
    // A document added after submission does not move what the approver judges.
    const before = v.items.find((i) => i.id === 'C1')!;
    const { jobId } = await s.api['documents.import']({
      paths: [corpusDoc('006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt')],
    });
    await s.runJob(jobId);
    const after = await s.api['checklist.get']({});
    const c1 = after.items.find((i) => i.id === 'C1')!;
    expect(c1.automatic).toEqual(before.automatic);
    expect(after.documentCount).toBe(1);
    expect(after.assessedAt).toBe(v.assessedAt);
    expect(c1.liveStatus === null || c1.liveStatus !== c1.automatic.status).toBe(true);
    expect(after.items.some((i) => i.liveStatus !== null)).toBe(true);
  });

  it('refuses edits while submitted, and approval by the person who submitted', async () => {
    expect(
      await fails(s.api['checklist.setItem']({ itemId: 'C9', status: null, revision: null })),
    ).toMatch(/checklist\.invalid_transition: .*trả lại trước khi sửa/);
    expect(await fails(s.api['checklist.transition']({ action: 'approve' }))).toMatch(
      /auth\.denied: Trần Văn Nam đã trình danh mục này/,
    );
  });

  it('lets the head return it only with a comment, then the officer edits and resubmits', async () => {
    await as(HEAD);
    expect(await fails(s.api['checklist.transition']({ action: 'return', comment: '  ' }))).toMatch(
      /checklist\.invalid_transition: .*cần ghi ý kiến khi trả lại/,
    );
    const returned = await s.api['checklist.transition']({
      action: 'return',
      comment: RETURN_COMMENT,
    });
    expect(returned.state).toBe('returned');
    expect(returned.decided).toMatchObject({
      by: { name: HEAD.name, position: HEAD.position },
      comment: RETURN_COMMENT,
    });
    // Editable again, and assessed live: the second document now counts.
    expect(returned.documentCount).toBe(2);

    await as(OFFICER);
    const again = await s.api['checklist.get']({});
    expect(again.blockers.map((b) => b.vi).join(' ')).toMatch(/chỉnh sửa theo ý kiến/);
    expect(await fails(s.api['checklist.transition']({ action: 'submit' }))).toMatch(
      /checklist\.invalid_transition: .*chưa chỉnh sửa theo ý kiến trả lại/,
    );
    await complete(s, again);
    await s.api['checklist.setItem']({
      itemId: 'C8',
      status: null,
      revision: {
        what: 'Rà soát, bãi bỏ các bước xin ý kiến không có căn cứ tại Điều 5',
        who: 'Chánh Văn phòng',
        by: '30/09/2099',
      },
    });
    const resubmitted = await s.api['checklist.transition']({ action: 'submit' });
    expect(resubmitted.state).toBe('submitted');
    expect(resubmitted.decided).toBeNull();
  });

  it('approves, freezes the version, and starts version 2 from it', async () => {
    await as(HEAD);
    const approved = await s.api['checklist.transition']({
      action: 'approve',
      comment: 'Đồng ý',
    });
    expect(approved).toMatchObject({ state: 'approved', frozen: true, version: 1 });
    expect(approved.decided?.by.name).toBe(HEAD.name);
    expect(await fails(s.api['checklist.setItem']({ itemId: 'C9', status: null }))).toMatch(
      /checklist\.frozen/,
    );
    expect(await fails(s.api['checklist.transition']({ action: 'approve' }))).toMatch(
      /checklist\.invalid_transition/,
    );
    // The database itself refuses to change an approved version.
    const db = s.workspace()!.db;
    expect(() => db.prepare("UPDATE checklists SET state = 'draft'").run()).toThrow(
      /checklist\.frozen/,
    );
    expect(() => db.prepare('DELETE FROM checklist_items').run()).toThrow(/checklist\.frozen/);

    await as(OFFICER);
    const v2 = await s.api['checklist.transition']({ action: 'new_version' });
    expect(v2).toMatchObject({ version: 2, latestVersion: 2, state: 'draft', frozen: false });
    const c8 = (v: typeof v2) => v.items.find((i) => i.id === 'C8')!.determination?.revision;
    expect(c8(v2)).toEqual(c8(approved));
    await s.api['checklist.setItem']({
      itemId: 'C8',
      status: 'met',
      reason: 'Đã sửa theo quyết định mới của Sở',
    });
    const v1 = await s.api['checklist.get']({ version: 1 });
    expect(v1).toMatchObject({ state: 'approved', version: 1, latestVersion: 2 });
    expect(c8(v1)?.by).toBe('2099-09-30');
    expect(await fails(s.api['checklist.get']({ version: 7 }))).toMatch(/không có phiên bản 7/);
  });

  it('keeps who did what, from what state to what, with the comments', async () => {
    const { history } = await s.api['checklist.get']({});
    const moves = history
      .filter((h) => h.action !== 'edit')
      .reverse()
      .map((h) => [h.version, h.action, h.from, h.to, h.by.name, h.comment]);
    expect(moves).toEqual([
      [1, 'create', null, 'draft', OFFICER.name, null],
      [1, 'submit', 'draft', 'submitted', OFFICER.name, null],
      [1, 'return', 'submitted', 'returned', HEAD.name, RETURN_COMMENT],
      [1, 'submit', 'returned', 'submitted', OFFICER.name, null],
      [1, 'approve', 'submitted', 'approved', HEAD.name, 'Đồng ý'],
      [2, 'new_version', 'approved', 'draft', OFFICER.name, null],
    ]);
    expect(history[0]).toMatchObject({ version: 2, action: 'edit', itemId: 'C8' });
    expect(history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
  });
});
