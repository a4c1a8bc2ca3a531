/**
 * Holds the window to its security settings. `electron` is mocked (its binary cannot run here):
 * the test records what the real createMainWindow passes to BrowserWindow and registers.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const rec = vi.hoisted(() => ({
  options: null as Record<string, unknown> | null,
  handlers: new Map<string, (...args: unknown[]) => void>(),
  openHandler: null as ((d: { url: string }) => { action: string }) | null,
  headersHook: null as
    ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null,
  permission: null as ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (ev: string, fn: (...args: unknown[]) => void) => rec.handlers.set(ev, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) =>
        (rec.openHandler = fn),
    };
    constructor(opts: Record<string, unknown>) {
      rec.options = opts;
    }
    maximize() {}
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: (fn: typeof rec.headersHook) => (rec.headersHook = fn) },
      setPermissionRequestHandler: (fn: typeof rec.permission) => (rec.permission = fn),
      setPermissionCheckHandler: () => {},
    },
  };
  return { BrowserWindow, session, shell: { openExternal: vi.fn() } };
});

const { createMainWindow } = await import('../../../electron/main/window.ts');
const { CSP } = await import('../../../electron/main/security.ts');

const APP = 'file:///opt/rasoat/out/renderer/index.html';

describe('main window security', () => {
  beforeEach(() => {
    rec.handlers.clear();
    createMainWindow({ preload: '/opt/rasoat/out/preload/index.cjs', appUrl: APP, state: null });
  });

  it('isolates the page: contextIsolation, sandbox, no Node', () => {
    const prefs = rec.options?.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
  });

  it('sends a strict CSP with every response', () => {
    let out: { responseHeaders: Record<string, string[]> } | null = null;
    rec.headersHook?.({ responseHeaders: {} }, (r) => (out = r as typeof out));
    expect(out!.responseHeaders['Content-Security-Policy']).toEqual([CSP]);
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).toContain("object-src 'none'");
  });

  it('blocks navigation away from the app and every new window', () => {
    const nav = rec.handlers.get('will-navigate');
    expect(nav).toBeTypeOf('function');
    const away = { preventDefault: vi.fn() };
    nav!(away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    nav!(home, APP);
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(rec.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(rec.openHandler?.({ url: APP })).toEqual({ action: 'deny' });
  });

  it('denies permission requests', () => {
    const answer = vi.fn();
    rec.permission?.({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
  });
});
