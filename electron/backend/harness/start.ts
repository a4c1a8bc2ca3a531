/** Wires the service, the dispatcher and the HTTP harness together (dev:web and e2e tests). */
import os from 'node:os';
import path from 'node:path';
import { createDispatcher } from '../rpc.ts';
import { createService, type Service } from '../service.ts';
import { createFilePreferences } from '../prefs.ts';
import { startHarness, type Harness } from './server.ts';

export type BackendHarness = Harness & { service: Service };

export async function startBackendHarness(opts: {
  staticDir: string;
  prefsFile?: string;
  workspace?: string;
  port?: number;
  uploadDir?: string;
}): Promise<BackendHarness> {
  const prefs = createFilePreferences(
    opts.prefsFile ?? path.join(os.homedir(), '.config', 'rasoat', 'preferences.json'),
  );
  let harness: Harness | null = null;
  const service = createService({
    prefs,
    emit: (name, payload) => harness?.broadcast({ name, payload }),
  });
  const dispatch = createDispatcher(service.api, (err) => console.error('[rasoat]', err));
  harness = await startHarness({
    staticDir: opts.staticDir,
    dispatch,
    port: opts.port,
    uploadDir: opts.uploadDir ?? path.join(os.tmpdir(), `rasoat-uploads-${process.pid}`),
  });
  if (opts.workspace) await service.api['workspace.open']({ path: opts.workspace });
  const h = harness;
  return {
    ...h,
    service,
    close: async () => {
      await h.close();
      service.close();
    },
  };
}
