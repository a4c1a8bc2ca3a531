/** The backend's implementation of the contract. Same object under Electron, CLI, harness, tests. */
import { AppError } from '../../shared/errors.ts';
import type { Api, EventName, EventPayload } from '../../shared/ipc/contract.ts';
import { sqliteVersion } from './db/database.ts';
import { SCHEMA_VERSION } from './db/migrations/index.ts';
import { listDocuments } from './db/documents-repo.ts';
import { createJobRunner, type JobRunner } from './jobs/runner.ts';
import type { PreferencesStore } from './prefs.ts';
import { openWorkspace, type Workspace } from './workspace.ts';
import { APP_NAME, APP_VERSION } from './app-meta.ts';

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export type ServiceDeps = { prefs: PreferencesStore; emit: Emit };

export type Service = {
  api: Api;
  jobs: JobRunner;
  workspace: () => Workspace | null;
  close: () => void;
};

export function createService(deps: ServiceDeps): Service {
  let ws: Workspace | null = null;
  const sqlite = sqliteVersion();
  const jobs = createJobRunner({
    progressed: (p) => deps.emit('job.progressed', p),
    finished: (f) => deps.emit('job.finished', f),
  });

  const requireWorkspace = (): Workspace => {
    if (!ws) throw new AppError('workspace.not_open', 'Chưa mở thư mục làm việc. Hãy chọn hoặc tạo một thư mục làm việc.');
    return ws;
  };

  const api: Api = {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      node: process.versions.node,
      sqlite,
      platform: `${process.platform}-${process.arch}`,
      schemaVersion: SCHEMA_VERSION,
    }),
    'settings.get': async () => deps.prefs.get(),
    'settings.set': async (patch) => deps.prefs.set(patch),
    'workspace.open': async ({ path }) => {
      const next = openWorkspace(path);
      ws?.close();
      ws = next;
      deps.prefs.set({ lastWorkspace: next.path });
      deps.emit('documents.changed', { reason: 'workspace.opened' });
      return next.info();
    },
    'workspace.current': async () => ws?.info() ?? null,
    'documents.list': async () => listDocuments(requireWorkspace().db),
    'jobs.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };

  return {
    api,
    jobs,
    workspace: () => ws,
    close: () => {
      for (const id of jobs.running()) jobs.cancel(id);
      ws?.close();
      ws = null;
    },
  };
}
