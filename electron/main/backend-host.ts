/** Starts the backend in a utility process and relays contract calls and events. */
import { utilityProcess, type UtilityProcess } from 'electron';
import type { FromBackend, ToBackend } from '../backend/utility-entry.ts';
import type { PreferencesT } from '../../shared/ipc/schemas.ts';
import type { Result } from '../../shared/ipc/result.ts';

export type BackendHost = {
  call: (method: string, input: unknown) => Promise<Result<unknown>>;
  stop: () => void;
};

export function startBackend(opts: {
  entry: string;
  prefs: PreferencesT;
  onEvent: (name: string, payload: unknown) => void;
  onPrefs: (prefs: PreferencesT) => void;
}): BackendHost {
  const child: UtilityProcess = utilityProcess.fork(opts.entry, [], {
    serviceName: 'RàSoát backend',
  });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let nextId = 1;
  child.on('message', (msg: FromBackend) => {
    switch (msg.type) {
      case 'result':
        pending.get(msg.id)?.(msg.result as Result<unknown>);
        pending.delete(msg.id);
        break;
      case 'event':
        opts.onEvent(msg.name, msg.payload);
        break;
      case 'prefs':
        opts.onPrefs(msg.prefs);
        break;
      case 'ready':
        break;
      default: {
        const never: never = msg;
        throw new Error(`unknown backend message ${JSON.stringify(never)}`);
      }
    }
  });
  child.on('exit', (code) => {
    for (const resolve of pending.values()) {
      resolve({
        ok: false,
        error: { code: 'internal', message: `Tiến trình xử lý đã dừng (mã ${code}).` },
      });
    }
    pending.clear();
  });
  const send = (m: ToBackend) => child.postMessage(m);
  send({ type: 'init', prefs: opts.prefs });
  return {
    call: (method, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'rpc', id, method, input });
      }),
    stop: () => child.kill(),
  };
}
