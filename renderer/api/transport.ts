/** How the renderer reaches the backend: Electron IPC (window.api) or the browser harness. */
import type { Result } from '../../shared/ipc/result.ts';

export type Transport = {
  invoke: (method: string, input: unknown) => Promise<Result<unknown>>;
  on: (listener: (name: string, payload: unknown) => void) => () => void;
  /** A path the backend can read for a dropped or picked file. */
  pathForFile: (file: File) => Promise<string>;
};

/** What the Electron preload exposes on window.api. */
export type PreloadApi = {
  invoke: (method: string, input: unknown) => Promise<Result<unknown>>;
  on: (listener: (name: string, payload: unknown) => void) => () => void;
  pathForFile: (file: File) => string;
};

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: PreloadApi;
  }
}

function electronTransport(api: PreloadApi): Transport {
  return {
    invoke: (m, i) => api.invoke(m, i),
    on: (l) => api.on(l),
    pathForFile: async (f) => api.pathForFile(f),
  };
}

/** The harness authenticates with an HttpOnly cookie set at /login; same-origin fetch sends it. */
function harnessTransport(): Transport {
  return {
    invoke: async (method, input) => {
      const res = await fetch('/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      if (!res.ok) {
        return {
          ok: false,
          error: { code: 'auth.denied', message: `Máy chủ từ chối yêu cầu (${res.status}).` },
        };
      }
      return (await res.json()) as Result<unknown>;
    },
    on: (listener) => {
      const source = new EventSource('/events');
      source.onmessage = (e: MessageEvent<string>) => {
        const ev = JSON.parse(e.data) as { name: string; payload: unknown };
        listener(ev.name, ev.payload);
      };
      return () => source.close();
    },
    pathForFile: async (file) => {
      const res = await fetch('/upload', {
        method: 'POST',
        headers: { 'x-file-name': encodeURIComponent(file.name) },
        body: file,
      });
      const body = (await res.json()) as Result<{ path: string }>;
      if (!body.ok) throw new Error(body.error.message);
      return body.value.path;
    },
  };
}

export function pickTransport(): Transport {
  return window.api ? electronTransport(window.api) : harnessTransport();
}
