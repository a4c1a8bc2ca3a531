import type { Api } from '../../../shared/ipc/contract.ts';
import { sqliteVersion } from '../db/database.ts';
import { SCHEMA_VERSION } from '../db/migrations/index.ts';
import { openWorkspace } from '../workspace.ts';
import { APP_NAME, APP_VERSION } from '../app-meta.ts';
import type { Ctx } from './context.ts';

type Handlers = Pick<
  Api,
  | 'app.info'
  | 'settings.get'
  | 'settings.set'
  | 'workspace.open'
  | 'workspace.current'
  | 'jobs.cancel'
>;

export function appHandlers(ctx: Ctx): Handlers {
  const sqlite = sqliteVersion();
  return {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      node: process.versions.node,
      sqlite,
      platform: `${process.platform}-${process.arch}`,
      schemaVersion: SCHEMA_VERSION,
    }),
    'settings.get': async () => ctx.prefs.get(),
    'settings.set': async (patch) => ctx.prefs.set(patch),
    'workspace.open': async ({ path }) => {
      const next = openWorkspace(path);
      await ctx.workspace()?.close();
      ctx.setWorkspace(next);
      // Load or build the search index now, so the first search is instant.
      setTimeout(() => void next.search.index().catch(() => {}), 0);
      ctx.prefs.set({ lastWorkspace: next.path });
      ctx.emit('documents.changed', { reason: 'workspace.opened' });
      return next.info();
    },
    'workspace.current': async () => ctx.workspace()?.info() ?? null,
    'jobs.cancel': async ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
  };
}
