/**
 * The checklist namespace. The person acting is the reviewer profile in Settings (name and
 * position); see checklist/actions.ts for how the approver is told apart from the submitter.
 */
import { AppError } from '../../../shared/errors.ts';
import type { Api } from '../../../shared/ipc/contract.ts';
import { applyTransition, setItem, type Clock } from '../checklist/actions.ts';
import type { Assessment } from '../checklist/assessment.ts';
import { checklistView } from '../checklist/view.ts';
import { getChecklist, type Actor } from '../db/checklist-repo.ts';
import { requireWorkspace, type Ctx } from './context.ts';

type Handlers = Pick<Api, 'checklist.get' | 'checklist.setItem' | 'checklist.transition'>;

/** Now, and today's date where the user is (deadlines are calendar dates, not instants). */
export function clockNow(d = new Date()): Clock {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    now: d.toISOString(),
    today: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  };
}

function profile(ctx: Ctx): Actor | null {
  const r = ctx.prefs.get().reviewer;
  const name = r.name.trim();
  return name ? { name, position: r.position.trim() } : null;
}

function requireActor(ctx: Ctx): Actor {
  const a = profile(ctx);
  if (!a || !a.position) {
    throw new AppError(
      'input.invalid',
      'Chưa ghi họ tên và chức vụ người thực hiện. Hãy ghi trong Cài đặt → Người rà soát; danh mục lưu lại ai đã làm gì.',
    );
  }
  return a;
}

export function checklistHandlers(ctx: Ctx, clock: () => Clock = clockNow): Handlers {
  const view = (version?: number, live?: Assessment) => {
    const db = requireWorkspace(ctx).db;
    if (version !== undefined && !getChecklist(db, version)) {
      throw new AppError('input.invalid', `Danh mục kiểm tra không có phiên bản ${version}.`);
    }
    return checklistView(db, {
      ...(version !== undefined ? { version } : {}),
      actor: profile(ctx),
      ...clock(),
      ...(live ? { live } : {}),
    });
  };
  return {
    'checklist.get': async ({ version }) => view(version),
    'checklist.setItem': async (input) => {
      const ws = requireWorkspace(ctx);
      const live = setItem(ws.db, input, requireActor(ctx), clock());
      const out = view(undefined, live);
      ctx.emit('checklist.changed', { reason: 'item', version: out.version });
      return out;
    },
    'checklist.transition': async (input) => {
      const ws = requireWorkspace(ctx);
      const version = applyTransition(ws.db, input, requireActor(ctx), clock());
      ctx.emit('checklist.changed', { reason: input.action, version });
      return view();
    },
  };
}
