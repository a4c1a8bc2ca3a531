/**
 * The checklist's life: draft → submitted → approved | returned; returned → submitted once
 * edited. An approved checklist is frozen: a change starts a new version (a draft) that needs
 * approval again, and the approved one stays as it was.
 */
import { AppError } from '../errors.ts';
import type { ChecklistState } from '../model/checklist.ts';

export type ChecklistRole = 'reviewer' | 'approver';
export type ChecklistActor = { name: string; role: ChecklistRole };

export type ChecklistRecord = {
  state: ChecklistState;
  version: number;
  submittedBy?: string;
  approvedBy?: string;
  /** The approver's comments when returned. */
  returnComment?: string;
  /** Edited since it was returned: only then may it be submitted again. */
  editedSinceReturn?: boolean;
};

export type ChecklistAction =
  | { type: 'edit' }
  | { type: 'submit' }
  | { type: 'approve' }
  | { type: 'return'; comment: string }
  | { type: 'new_version' };

export const STATE_LABELS: Record<ChecklistState, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã trình',
  approved: 'Đã phê duyệt',
  returned: 'Bị trả lại',
};

const ACTION_LABELS: Record<ChecklistAction['type'], string> = {
  edit: 'chỉnh sửa',
  submit: 'trình',
  approve: 'phê duyệt',
  return: 'trả lại',
  new_version: 'tạo phiên bản mới',
};

export function initialChecklist(): ChecklistRecord {
  return { state: 'draft', version: 1 };
}

function invalid(rec: ChecklistRecord, action: ChecklistAction, why?: string): AppError {
  const base = `Không thể ${ACTION_LABELS[action.type]} danh mục đang ở trạng thái "${STATE_LABELS[rec.state]}"`;
  return new AppError('checklist.invalid_transition', why ? `${base}: ${why}.` : `${base}.`);
}

function approverOnly(actor: ChecklistActor, action: ChecklistAction): void {
  if (actor.role !== 'approver') {
    throw new AppError(
      'auth.denied',
      `Chỉ người phê duyệt mới được ${ACTION_LABELS[action.type]} danh mục.`,
    );
  }
}

/** The record after `action` by `actor`; throws AppError when the move is not allowed. */
export function transition(
  rec: ChecklistRecord,
  action: ChecklistAction,
  actor: ChecklistActor,
): ChecklistRecord {
  switch (action.type) {
    case 'edit':
      if (rec.state === 'approved') {
        throw new AppError(
          'checklist.frozen',
          'Danh mục đã được phê duyệt và bị khóa; hãy tạo phiên bản mới để chỉnh sửa.',
        );
      }
      if (rec.state === 'submitted')
        throw invalid(rec, action, 'người phê duyệt cần trả lại trước khi sửa');
      return rec.state === 'returned' ? { ...rec, editedSinceReturn: true } : rec;
    case 'submit':
      if (rec.state === 'returned' && !rec.editedSinceReturn)
        throw invalid(rec, action, 'chưa chỉnh sửa theo ý kiến trả lại');
      if (rec.state !== 'draft' && rec.state !== 'returned') throw invalid(rec, action);
      return { state: 'submitted', version: rec.version, submittedBy: actor.name };
    case 'approve':
      if (rec.state !== 'submitted') throw invalid(rec, action);
      approverOnly(actor, action);
      return { ...rec, state: 'approved', approvedBy: actor.name };
    case 'return':
      if (rec.state !== 'submitted') throw invalid(rec, action);
      approverOnly(actor, action);
      if (action.comment.trim().length === 0)
        throw invalid(rec, action, 'cần ghi ý kiến khi trả lại');
      return {
        ...rec,
        state: 'returned',
        returnComment: action.comment.trim(),
        editedSinceReturn: false,
      };
    case 'new_version':
      if (rec.state !== 'approved')
        throw invalid(rec, action, 'chỉ tạo phiên bản mới từ danh mục đã phê duyệt');
      return { state: 'draft', version: rec.version + 1 };
    default: {
      const never: never = action;
      throw new Error(`unknown action ${JSON.stringify(never)}`);
    }
  }
}
