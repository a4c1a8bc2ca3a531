import { AppError } from '../../../shared/errors.ts';
import type { Api } from '../../../shared/ipc/contract.ts';
import { addManual, decide, undoLast } from '../db/decisions-repo.ts';
import {
  countFindings,
  getFindingRaw,
  queryFindingRows,
  reviewProgress,
  toDetail,
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
      const rows = queryFindingRows(db(), filter).map(({ span: _span, ...row }) => row);
      const paged = filter.limit !== undefined || filter.offset !== undefined;
      return { rows, total: paged ? countFindings(db(), filter) : rows.length };
    },
    'findings.get': async ({ id }) => detail(id),
    'findings.decide': async (input) => {
      decide(db(), input, reviewerName(ctx));
      const d = detail(input.findingId);
      changed('decided', [d.id], d.documentId);
      return d;
    },
    'findings.undo': async () => {
      const u = undoLast(db());
      const d = u.findingId ? detail(u.findingId) : null;
      const ids = [d?.id, u.removedId].filter((x): x is string => !!x);
      changed('undone', ids, u.documentId);
      return { undone: d, removedId: u.removedId };
    },
    'findings.addManual': async (input) => {
      const d = detail(addManual(db(), input, reviewerName(ctx)));
      changed('added', [d.id], d.documentId);
      return d;
    },
    'findings.forClauses': async ({ documentId }) =>
      queryFindingRows(db(), { documentIds: [documentId] }),
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
