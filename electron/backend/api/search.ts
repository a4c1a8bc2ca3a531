import type { Api } from '../../../shared/ipc/contract.ts';
import { requireWorkspace, type Ctx } from './context.ts';

export function searchHandlers(ctx: Ctx): Pick<Api, 'search.query'> {
  return {
    'search.query': async ({ query, ...opts }) => {
      const index = await requireWorkspace(ctx).search.index();
      if (query.trim() === '') return { total: 0, hits: [], tookMs: 0 };
      return index.search(query, opts);
    },
  };
}
