/** User preferences. Electron keeps them in electron-store; the harness and CLI in a JSON file. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PREFERENCES, Preferences, type PreferencesT } from '../../shared/ipc/schemas.ts';

export type PreferencesStore = {
  get: () => PreferencesT;
  set: (patch: Partial<PreferencesT>) => PreferencesT;
};

/** Parses stored preferences, falling back to defaults field by field for anything invalid. */
export function sanitizePreferences(raw: unknown): PreferencesT {
  const out: PreferencesT = structuredClone(DEFAULT_PREFERENCES);
  if (raw === null || typeof raw !== 'object') return out;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(Preferences.shape) as (keyof PreferencesT)[]) {
    const parsed = Preferences.shape[key].safeParse(record[key]);
    if (parsed.success) Object.assign(out, { [key]: parsed.data });
  }
  return out;
}

export function createFilePreferences(file: string): PreferencesStore {
  let current: PreferencesT;
  try {
    current = sanitizePreferences(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // No file yet, or unreadable: start from defaults; the next set() rewrites it whole.
    current = structuredClone(DEFAULT_PREFERENCES);
  }
  return {
    get: () => structuredClone(current),
    set: (patch) => {
      current = Preferences.parse({ ...current, ...patch });
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify(current, null, 2));
      renameSync(tmp, file);
      return structuredClone(current);
    },
  };
}

export function createMemoryPreferences(): PreferencesStore {
  let current = structuredClone(DEFAULT_PREFERENCES);
  return {
    get: () => structuredClone(current),
    set: (patch) => {
      current = Preferences.parse({ ...current, ...patch });
      return structuredClone(current);
    },
  };
}
