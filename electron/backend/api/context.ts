/** What every group of handlers shares: the open workspace, jobs, events, preferences. */
import { AppError } from '../../../shared/errors.ts';
import type { EventName, EventPayload } from '../../../shared/ipc/contract.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { ParseFn } from '../import/import-files.ts';
import type { PreferencesStore } from '../prefs.ts';
import type { Workspace } from '../workspace.ts';

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export type Ctx = {
  prefs: PreferencesStore;
  emit: Emit;
  jobs: JobRunner;
  parse: ParseFn;
  workspace: () => Workspace | null;
  setWorkspace: (ws: Workspace | null) => void;
};

export function requireWorkspace(ctx: Ctx): Workspace {
  const ws = ctx.workspace();
  if (!ws) {
    throw new AppError(
      'workspace.not_open',
      'Chưa mở thư mục làm việc. Hãy chọn hoặc tạo một thư mục làm việc.',
    );
  }
  return ws;
}
