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
  /** A decision changes the review status the search filters on. */
  const changed = (reason: string, ids: string[], documentId: string | null) => {
    const ws = requireWorkspace(ctx);
    if (documentId) ws.search.touch(documentId);
    else ws.search.touchAll();
    ctx.emit('findings.changed', { reason, ids });
  };
  return {
    'findings.list': async (filter) => {
      const rows = queryFindings(db(), filter).map(toRow);
      return { rows, total: rows.length };
    },
    'findings.get': async ({ id }) => detail(id),
    'findings.decide': async (input) => {
      decide(db(), input, reviewerName(ctx));
      const d = detail(input.findingId);
      changed('decided', [d.id], d.documentId);
      return d;
    },
    'findings.undo': async () => {
      const id = undoLast(db());
      const d = id ? detail(id) : null;
      changed('undone', d ? [d.id] : [], d?.documentId ?? null);
      return { undone: d };
    },
    'findings.addManual': async (input) => {
      const d = detail(addManual(db(), input, reviewerName(ctx)));
      changed('added', [d.id], d.documentId);
      return d;
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
