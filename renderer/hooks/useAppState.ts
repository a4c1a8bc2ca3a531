/** Preferences and the open workspace, loaded once and kept in sync with the backend. */
import { useCallback, useEffect, useState } from 'react';
import type { PreferencesT, WorkspaceInfoT } from '../../shared/ipc/schemas.ts';
import { call, subscribe } from '../api/client.ts';

export type AppState = {
  prefs: PreferencesT | null;
  workspace: WorkspaceInfoT | null;
  error: string | null;
  setPrefs: (patch: Partial<PreferencesT>) => Promise<void>;
  openWorkspace: (path: string) => Promise<void>;
  refreshWorkspace: () => Promise<void>;
};

export function useAppState(): AppState {
  const [prefs, setPrefsState] = useState<PreferencesT | null>(null);
  const [workspace, setWorkspace] = useState<WorkspaceInfoT | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshWorkspace = useCallback(async () => {
    setWorkspace(await call('workspace.current', {}));
  }, []);

  useEffect(() => {
    void (async () => {
      try {
        const p = await call('settings.get', {});
        setPrefsState(p);
        let ws = await call('workspace.current', {});
        if (!ws && p.lastWorkspace) {
          ws = await call('workspace.open', { path: p.lastWorkspace }).catch(() => null);
        }
        setWorkspace(ws);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
    return subscribe('documents.changed', () => void refreshWorkspace());
  }, [refreshWorkspace]);

  const setPrefs = useCallback(async (patch: Partial<PreferencesT>) => {
    setPrefsState(await call('settings.set', patch));
  }, []);

  const openWorkspace = useCallback(async (path: string) => {
    setError(null);
    try {
      setWorkspace(await call('workspace.open', { path }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  return { prefs, workspace, error, setPrefs, openWorkspace, refreshWorkspace };
}
