/**
 * Entry of the backend in Electron's utility process. Talks to the main process over
 * process.parentPort; no electron import (the port is typed structurally here).
 */
import type { PreferencesT } from '../../shared/ipc/schemas.ts';
import { Preferences } from '../../shared/ipc/schemas.ts';
import { createDispatcher } from './rpc.ts';
import { createService } from './service.ts';
import type { PreferencesStore } from './prefs.ts';

export type ToBackend =
  | { type: 'init'; prefs: PreferencesT }
  | { type: 'rpc'; id: number; method: string; input: unknown };

export type FromBackend =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'prefs'; prefs: PreferencesT };

type ParentPort = {
  on: (event: 'message', listener: (e: { data: ToBackend }) => void) => void;
  postMessage: (message: FromBackend) => void;
};

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!port) throw new Error('utility-entry must run in an Electron utility process');

let cached: PreferencesT | null = null;
/** Main owns electron-store; this copy answers reads and forwards writes. */
const prefs: PreferencesStore = {
  get: () => structuredClone(cached ?? Preferences.parse({})),
  set: (patch) => {
    cached = Preferences.parse({ ...cached, ...patch });
    port.postMessage({ type: 'prefs', prefs: cached });
    return structuredClone(cached);
  },
};

const service = createService({
  prefs,
  emit: (name, payload) => port.postMessage({ type: 'event', name, payload }),
});
const dispatch = createDispatcher(service.api, (err) => console.error('[backend]', err));

port.on('message', ({ data }) => {
  if (data.type === 'init') {
    cached = data.prefs;
    port.postMessage({ type: 'ready' });
  } else {
    void dispatch(data.method, data.input).then((result) =>
      port.postMessage({ type: 'result', id: data.id, result }),
    );
  }
});
