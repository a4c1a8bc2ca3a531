/** The one app window: isolated, sandboxed, no Node, strict CSP, no navigation away, no popups. */
import { BrowserWindow, session, shell, type Session } from 'electron';
import { CSP, SECURE_WEB_PREFERENCES, isAppUrl } from './security.ts';
import type { WindowStateT } from './window-state.ts';

export function hardenSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] },
    });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function createMainWindow(opts: {
  preload: string;
  appUrl: string;
  state: WindowStateT | null;
}): BrowserWindow {
  hardenSession(session.defaultSession);
  const win = new BrowserWindow({
    width: opts.state?.width ?? 1366,
    height: opts.state?.height ?? 860,
    x: opts.state?.x,
    y: opts.state?.y,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'RàSoát',
    backgroundColor: '#f6f7f9',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: opts.preload },
  });
  if (opts.state?.maximized) win.maximize();
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, opts.appUrl)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, opts.appUrl)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the outside world never open inside the app; https ones go to the system browser.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.appUrl);
  return win;
}
