/** checklist.setItem: determinations that obey the directive are kept, others refused with a reason. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/backend/rpc.ts';
import type { TestService } from '../../../helpers/service.ts';
import { nextYear, QCLV, serviceWith } from './helpers.ts';

let s: TestService;

beforeAll(async () => {
  s = await serviceWith([QCLV]);
});
afterAll(async () => s?.close());

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

const revision = (who: string, by = nextYear()) => ({
  what: 'Bổ sung quy định thời hạn trả lời ý kiến phối hợp',
  who,
  by,
});

describe('checklist.setItem', () => {
  it.each([
    [
      'a status that differs without a reason',
      { itemId: 'C8', status: 'met' },
      /input\.invalid: C8: .*lý do/,
    ],
    ['a reason of one word', { itemId: 'C8', status: 'met', reason: 'Đúng' }, /lý do/],
    [
      'a vague group as who',
      { itemId: 'C7', status: null, revision: revision('Các đơn vị có liên quan') },
      /chung chung/,
    ],
    [
      'no position as who',
      { itemId: 'C7', status: null, revision: revision('anh Minh') },
      /chức danh/,
    ],
    [
      'a deadline already past',
      { itemId: 'C7', status: null, revision: revision('Chánh Văn phòng', '01/01/2020') },
      /Thời hạn đã qua/,
    ],
    [
      'a deadline that is no date',
      { itemId: 'C7', status: null, revision: revision('Chánh Văn phòng', '31/02/2030') },
      /ngày cụ thể/,
    ],
    [
      'needs revision with nothing said about it',
      { itemId: 'C1', status: 'needs_revision', reason: 'Thiếu quy chế phối hợp của đơn vị' },
      /việc cần làm, người thực hiện và thời hạn/,
    ],
  ] as const)('refuses %s', async (_name, input, message) => {
    const before = await s.api['checklist.get']({});
    expect(await code(s.api['checklist.setItem']({ ...input }))).toMatch(message);
    const after = await s.api['checklist.get']({});
    expect(after.items).toEqual(before.items);
  });

  it('keeps an override with its reason, and a revision action with a named position and a date', async () => {
    let v = await s.api['checklist.setItem']({
      itemId: 'C8',
      status: 'met',
      reason: 'Các bước phê duyệt đều do Nghị định 30/2020/NĐ-CP quy định',
    });
    const c8 = v.items.find((i) => i.id === 'C8')!;
    expect(c8.automatic.status).toBe('needs_revision');
    expect(c8.effective).toBe('met');
    expect(c8.issues).toEqual([]);
    expect(c8.determination?.updated.by).toEqual({
      name: 'Trần Văn Nam',
      position: 'Chuyên viên pháp chế',
    });
    v = await s.api['checklist.setItem']({
      itemId: 'C7',
      status: null,
      revision: revision('  Chánh Văn phòng  ', '15/06/2099'),
    });
    const c7 = v.items.find((i) => i.id === 'C7')!;
    expect(c7.effective).toBe('needs_revision');
    expect(c7.determination?.revision).toEqual({
      what: 'Bổ sung quy định thời hạn trả lời ý kiến phối hợp',
      who: 'Chánh Văn phòng',
      by: '2099-06-15',
    });
    expect(c7.issues).toEqual([]);
    expect(v.id).not.toBeNull();
    expect(v.history.map((h) => [h.action, h.itemId])).toEqual([
      ['edit', 'C7'],
      ['edit', 'C8'],
      ['create', null],
    ]);
    expect(v.history[1]).toMatchObject({
      itemStatus: 'met',
      comment: null,
      by: { name: 'Trần Văn Nam' },
    });
  });

  it('drops a revision action when the item no longer needs revision, and clears on null', async () => {
    let v = await s.api['checklist.setItem']({
      itemId: 'C7',
      status: 'not_applicable',
      reason: 'Đơn vị không có quan hệ phối hợp với cơ quan khác',
      revision: revision('Chánh Văn phòng'),
    });
    expect(v.items.find((i) => i.id === 'C7')!.determination?.revision).toBeNull();
    v = await s.api['checklist.setItem']({ itemId: 'C7', status: null, revision: null });
    const c7 = v.items.find((i) => i.id === 'C7')!;
    expect(c7.determination).toBeNull();
    expect(c7.effective).toBe(c7.automatic.status);
  });

  it('records no event when nothing changed', async () => {
    const before = (await s.api['checklist.get']({})).history.length;
    const input = {
      itemId: 'C8',
      status: 'met',
      reason: 'Các bước phê duyệt đều do Nghị định 30/2020/NĐ-CP quy định',
    } as const;
    await s.api['checklist.setItem'](input);
    expect((await s.api['checklist.get']({})).history.length).toBe(before);
  });

  it('refuses a change by no one: the name and position in Settings are required', async () => {
    await s.api['settings.set']({ reviewer: { name: 'Trần Văn Nam', position: '', unit: '' } });
    expect(
      await code(s.api['checklist.setItem']({ itemId: 'C9', status: null, revision: null })),
    ).toMatch(/input\.invalid: Chưa ghi họ tên và chức vụ/);
    await s.api['settings.set']({
      reviewer: { name: 'Trần Văn Nam', position: 'Chuyên viên pháp chế', unit: 'Văn phòng Sở' },
    });
  });

  it('parses input at the boundary with Vietnamese messages', async () => {
    const dispatch = createDispatcher(s.api);
    const bad = await dispatch('checklist.setItem', { itemId: 'C13', status: 'met' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(!bad.ok && bad.error.message).toMatch(/itemId — Tiêu chí phải là một trong C1–C12/);
    const long = await dispatch('checklist.setItem', {
      itemId: 'C1',
      status: 'met',
      reason: 'x'.repeat(4001),
    });
    expect(!long.ok && long.error.message).toMatch(/Lý do dài quá 4000 ký tự/);
    const action = await dispatch('checklist.transition', { action: 'publish' });
    expect(!action.ok && action.error.message).toMatch(/Thao tác phải là/);
  });
});
