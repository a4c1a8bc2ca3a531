/** The checklist's approval flow: allowed moves, refused moves and their Vietnamese messages. */
import { describe, expect, it } from 'vitest';
import {
  initialChecklist,
  transition,
  type ChecklistAction,
  type ChecklistActor,
  type ChecklistRecord,
} from '../../../shared/checklist/index.ts';
import { AppError } from '../../../shared/errors.ts';

const REVIEWER: ChecklistActor = { name: 'Nguyễn Văn An', role: 'reviewer' };
const APPROVER: ChecklistActor = { name: 'Trần Thị Bình', role: 'approver' };

const run = (
  steps: [ChecklistAction, ChecklistActor][],
  from = initialChecklist(),
): ChecklistRecord => steps.reduce((rec, [a, who]) => transition(rec, a, who), from);

const SUBMITTED = run([[{ type: 'submit' }, REVIEWER]]);
const RETURNED = run([[{ type: 'return', comment: 'Bổ sung căn cứ mục C2' }, APPROVER]], SUBMITTED);
const APPROVED = run([[{ type: 'approve' }, APPROVER]], SUBMITTED);

describe('checklist transitions', () => {
  it('draft → submitted → approved', () => {
    expect(SUBMITTED).toMatchObject({ state: 'submitted', version: 1, submittedBy: REVIEWER.name });
    expect(APPROVED).toMatchObject({ state: 'approved', version: 1, approvedBy: APPROVER.name });
  });
  it('returned → edited → submitted again', () => {
    expect(RETURNED).toMatchObject({ state: 'returned', returnComment: 'Bổ sung căn cứ mục C2' });
    const again = run(
      [
        [{ type: 'edit' }, REVIEWER],
        [{ type: 'submit' }, REVIEWER],
      ],
      RETURNED,
    );
    expect(again.state).toBe('submitted');
  });
  it('an approved checklist changes only through a new version', () => {
    const next = transition(APPROVED, { type: 'new_version' }, REVIEWER);
    expect(next).toEqual({ state: 'draft', version: 2 });
    expect(APPROVED.state).toBe('approved');
  });

  it.each([
    [
      'approve a draft',
      initialChecklist(),
      { type: 'approve' },
      APPROVER,
      'checklist.invalid_transition',
      /Không thể phê duyệt danh mục đang ở trạng thái "Bản nháp"/,
    ],
    [
      'submit twice',
      SUBMITTED,
      { type: 'submit' },
      REVIEWER,
      'checklist.invalid_transition',
      /Đã trình/,
    ],
    [
      'edit while submitted',
      SUBMITTED,
      { type: 'edit' },
      REVIEWER,
      'checklist.invalid_transition',
      /trả lại trước khi sửa/,
    ],
    [
      'resubmit without edits',
      RETURNED,
      { type: 'submit' },
      REVIEWER,
      'checklist.invalid_transition',
      /chưa chỉnh sửa/,
    ],
    [
      'return with no comment',
      SUBMITTED,
      { type: 'return', comment: '  ' },
      APPROVER,
      'checklist.invalid_transition',
      /cần ghi ý kiến/,
    ],
    [
      'edit an approved checklist',
      APPROVED,
      { type: 'edit' },
      REVIEWER,
      'checklist.frozen',
      /bị khóa/,
    ],
    [
      'new version of a draft',
      initialChecklist(),
      { type: 'new_version' },
      REVIEWER,
      'checklist.invalid_transition',
      /đã phê duyệt/,
    ],
    [
      'a reviewer approves',
      SUBMITTED,
      { type: 'approve' },
      REVIEWER,
      'auth.denied',
      /Chỉ người phê duyệt/,
    ],
    [
      'a reviewer returns',
      SUBMITTED,
      { type: 'return', comment: 'Sửa lại' },
      REVIEWER,
      'auth.denied',
      /Chỉ người phê duyệt/,
    ],
  ] as const)('refuses: %s', (_n, rec, action, actor, code, message) => {
    let err: unknown;
    try {
      transition(rec, action, actor);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    expect((err as AppError).message).toMatch(message);
  });
});
