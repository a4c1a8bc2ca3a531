/** Electron main: lifecycle, the window, preferences in electron-store, IPC registration. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import Store from 'electron-store';
import { isMethodName, methods } from '../../shared/ipc/contract.ts';
import { DEFAULT_PREFERENCES, type PreferencesT } from '../../shared/ipc/schemas.ts';
import { sanitizePreferences } from '../backend/prefs.ts';
import { startBackend } from './backend-host.ts';
import { createMainWindow } from './window.ts';
import { captureWindowState } from './window-state.ts';
import { isAppUrl } from './security.ts';

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

const store = new Store<{ preferences: PreferencesT }>({
  name: 'preferences',
  defaults: { preferences: DEFAULT_PREFERENCES },
});

const here = import.meta.dirname;
// pathToFileURL gets Windows drive letters and non-ASCII folder names ("Nguyễn") right.
const appUrl = pathToFileURL(path.join(here, '../renderer/index.html')).href;

app.whenReady().then(() => {
  Menu.setApplicationMenu(null);
  const prefs = sanitizePreferences(store.get('preferences'));
  let win: BrowserWindow | null = null;
  const backend = startBackend({
    entry: path.join(here, 'backend.js'),
    prefs,
    onEvent: (name, payload) => win?.webContents.send('rasoat:event', name, payload),
    onPrefs: (p) => store.set('preferences', p),
  });

  ipcMain.handle('rasoat:rpc', async (event, method: unknown, input: unknown) => {
    // Only our own page may call the backend.
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url, appUrl)) {
      return { ok: false, error: { code: 'auth.denied', message: 'Nguồn gọi không hợp lệ.' } };
    }
    if (typeof method !== 'string' || !isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'method.unknown', message: `Phương thức không tồn tại: ${String(method)}` },
      };
    }
    const parsed = methods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'input.invalid', message: `Dữ liệu không hợp lệ cho ${method}.` },
      };
    }
    return backend.call(method, parsed.data);
  });

  win = createMainWindow({
    preload: path.join(here, '../preload/index.cjs'),
    appUrl,
    state: prefs.window,
  });
  win.on('close', () => {
    if (!win) return;
    store.set('preferences', {
      ...sanitizePreferences(store.get('preferences')),
      window: captureWindowState(win),
    });
  });
  app.on('window-all-closed', () => {
    backend.stop();
    app.quit();
  });
});
