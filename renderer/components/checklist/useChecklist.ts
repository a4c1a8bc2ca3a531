/** The checklist as the backend has it, kept current when documents, findings or the checklist change. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ChecklistViewT,
  SetItemInputT,
  TransitionInputT,
} from '../../../shared/ipc/checklist.ts';
import { call, subscribe } from '../../api/client.ts';

export type ChecklistApi = {
  view: ChecklistViewT | null;
  error: string | null;
  busy: boolean;
  setItem: (input: SetItemInputT) => Promise<string | null>;
  transition: (input: TransitionInputT) => Promise<string | null>;
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** `version` null: the latest version. Writes return an error message, or null when they worked. */
export function useChecklist(version: number | null): ChecklistApi {
  const [view, setView] = useState<ChecklistViewT | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const v = await call('checklist.get', version === null ? {} : { version });
      if (mine === seq.current) {
        setView(v);
        setError(null);
      }
    } catch (err) {
      if (mine === seq.current) setError(message(err));
    }
  }, [version]);

  useEffect(() => {
    void load();
    const offs = [
      subscribe('checklist.changed', () => void load()),
      subscribe('findings.changed', () => void load()),
      subscribe('documents.changed', () => void load()),
    ];
    return () => offs.forEach((off) => off());
  }, [load]);

  const write = useCallback(async (run: () => Promise<ChecklistViewT>): Promise<string | null> => {
    setBusy(true);
    try {
      const v = await run();
      seq.current++;
      setView(v);
      return null;
    } catch (err) {
      return message(err);
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    view,
    error,
    busy,
    setItem: (input) => write(() => call('checklist.setItem', input)),
    transition: (input) => write(() => call('checklist.transition', input)),
  };
}
