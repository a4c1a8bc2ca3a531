/** The backend's implementation of the contract. Same object under Electron, CLI, harness, tests. */
import type { Api } from '../../shared/ipc/contract.ts';
import { appHandlers } from './api/app.ts';
import { checklistHandlers } from './api/checklist.ts';
import type { Ctx, Emit } from './api/context.ts';
import { documentHandlers } from './api/documents.ts';
import { findingHandlers } from './api/findings.ts';
import { reportHandlers } from './api/reports.ts';
import { ruleHandlers } from './api/rules.ts';
import { searchHandlers } from './api/search.ts';
import { parseFileInChild } from './formats/parse-in-child.ts';
import type { ParseFn } from './import/import-files.ts';
import { createJobRunner, type JobRunner } from './jobs/runner.ts';
import type { PreferencesStore } from './prefs.ts';
import type { Workspace } from './workspace.ts';

export type { Emit } from './api/context.ts';

export type ServiceDeps = { prefs: PreferencesStore; emit: Emit; parse?: ParseFn };

export type Service = {
  api: Api;
  jobs: JobRunner;
  workspace: () => Workspace | null;
  close: () => Promise<void>;
};

export function createService(deps: ServiceDeps): Service {
  let ws: Workspace | null = null;
  const jobs = createJobRunner({
    progressed: (p) => deps.emit('job.progressed', p),
    finished: (f) => deps.emit('job.finished', f),
  });
  const ctx: Ctx = {
    prefs: deps.prefs,
    emit: deps.emit,
    jobs,
    parse: deps.parse ?? ((file, signal) => parseFileInChild(file, { signal })),
    workspace: () => ws,
    setWorkspace: (next) => (ws = next),
  };
  const api: Api = {
    ...appHandlers(ctx),
    ...documentHandlers(ctx),
    ...findingHandlers(ctx),
    ...ruleHandlers(ctx),
    ...searchHandlers(ctx),
    ...checklistHandlers(ctx),
    ...reportHandlers(ctx),
  };
  return {
    api,
    jobs,
    workspace: () => ws,
    close: async () => {
      for (const id of jobs.running()) jobs.cancel(id);
      const closing = ws?.close();
      ws = null;
      await closing;
    },
  };
}
