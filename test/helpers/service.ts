/** A real service on a temporary workspace, with a way to wait for jobs. */
import path from 'node:path';
import { createService, type Service } from '../../electron/backend/service.ts';
import { createFilePreferences } from '../../electron/backend/prefs.ts';
import type { JobFinishedT } from '../../shared/ipc/schemas.ts';
import { tempDir } from './corpus.ts';

export type TestService = Service & {
  dir: string;
  events: { name: string; payload: unknown }[];
  runJob: (jobId: string) => Promise<JobFinishedT>;
};

export async function testService(): Promise<TestService> {
  const dir = tempDir('svc');
  const events: { name: string; payload: unknown }[] = [];
  const service = createService({
    prefs: createFilePreferences(path.join(dir, 'prefs.json')),
    emit: (name, payload) => events.push({ name, payload }),
  });
  await service.api['settings.set']({
    reviewer: { name: 'Trần Văn Nam', position: 'Chuyên viên pháp chế', unit: 'Văn phòng Sở' },
  });
  await service.api['workspace.open']({ path: path.join(dir, 'ws') });
  return { ...service, dir, events, runJob: (id) => service.jobs.wait(id) };
}
