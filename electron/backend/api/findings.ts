import { AppError } from '../../../shared/errors.ts';
import type { Api } from '../../../shared/ipc/contract.ts';
import { addManual, decide, undoLast } from '../db/decisions-repo.ts';
import {
  getFindingRaw,
  queryFindings,
  reviewProgress,
  toDetail,
  toRow,
} from '../db/findings-query.ts';
import { requireWorkspace, type Ctx } from './context.ts';

type Handlers = Pick<
  Api,
  | 'findings.list'
  | 'findings.get'
  | 'findings.decide'
  | 'findings.undo'
  | 'findings.addManual'
  | 'findings.forClauses'
  | 'review.progress'
  | 'ui.getState'
  | 'ui.setState'
>;

function reviewerName(ctx: Ctx): string {
  const r = ctx.prefs.get().reviewer;
  return [r.name, r.position].filter((s) => s.trim() !== '').join(', ') || 'Người rà soát';
}

export function findingHandlers(ctx: Ctx): Handlers {
  const db = () => requireWorkspace(ctx).db;
  const detail = (id: string) => {
    const f = getFindingRaw(db(), id);
    if (!f) throw new AppError('input.invalid', 'Không tìm thấy phát hiện này.');
    return toDetail(f);
  };
  return {
    'findings.list': async (filter) => {
      const rows = queryFindings(db(), filter).map(toRow);
      return { rows, total: rows.length };
    },
    'findings.get': async ({ id }) => detail(id),
    'findings.decide': async (input) => {
      decide(db(), input, reviewerName(ctx));
      ctx.emit('findings.changed', { reason: 'decided', ids: [input.findingId] });
      return detail(input.findingId);
    },
    'findings.undo': async () => {
      const id = undoLast(db());
      ctx.emit('findings.changed', { reason: 'undone', ids: id ? [id] : [] });
      return { undone: id ? detail(id) : null };
    },
    'findings.addManual': async (input) => {
      const id = addManual(db(), input, reviewerName(ctx));
      ctx.emit('findings.changed', { reason: 'added', ids: [id] });
      return detail(id);
    },
    'findings.forClauses': async ({ documentId }) =>
      queryFindings(db(), { documentIds: [documentId] }).map((r) => ({
        ...toRow(r),
        span: [r.spanStart, r.spanEnd] as [number, number],
      })),
    'review.progress': async () => reviewProgress(db()),
    'ui.getState': async ({ key }) => {
      const row = db().prepare('SELECT value_json FROM ui_state WHERE key = ?').get(key) as
        { value_json: string } | undefined;
      return row ? (JSON.parse(row.value_json) as unknown) : null;
    },
    'ui.setState': async ({ key, value }) => {
      db()
        .prepare(
          'INSERT INTO ui_state (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
        )
        .run(key, JSON.stringify(value ?? null));
      return {};
    },
  };
}
