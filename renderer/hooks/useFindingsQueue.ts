/**
 * The queue's rows for a filter, in document order. A decision patches its row in place (a full
 * reload of 10,000 rows per keystroke would be wasteful); anything else reloads the list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  FindingRow,
  type FindingDetailT,
  type FindingFilterT,
  type FindingRowT,
} from '../../shared/ipc/findings.ts';
import { call, subscribe } from '../api/client.ts';

export type FindingsQueue = {
  rows: FindingRowT[] | null;
  loading: boolean;
  error: string | null;
  /** Puts a finding's new state into its row (after a decision made here). */
  patch: (detail: FindingDetailT) => void;
  reload: () => void;
};

const FIRST_PAGE = 150;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useFindingsQueue(filter: FindingFilterT | null): FindingsQueue {
  const key = filter === null ? null : JSON.stringify(filter);
  const [rows, setRows] = useState<FindingRowT[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const reload = useCallback(() => {
    if (key === null) return;
    const n = ++seq.current;
    setLoading(true);
    const filter = JSON.parse(key) as FindingFilterT;
    const failed = (err: unknown) => {
      if (n !== seq.current) return;
      setError(message(err));
      setLoading(false);
    };
    const done = (next: FindingRowT[]) => {
      if (n !== seq.current) return;
      setRows(next);
      setError(null);
      setLoading(false);
    };
    // The first screenful paints at once; the whole list follows in a second call.
    call('findings.list', { ...filter, limit: FIRST_PAGE }).then((first) => {
      if (n !== seq.current) return;
      if (first.total <= first.rows.length) return done(first.rows);
      setRows(first.rows);
      call('findings.list', filter).then((all) => done(all.rows), failed);
    }, failed);
  }, [key]);

  const patch = useCallback((detail: FindingDetailT) => {
    const row = FindingRow.parse(detail);
    setRows((prev) => prev && prev.map((r) => (r.id === row.id ? row : r)));
  }, []);

  useEffect(() => {
    reload();
    const refresh = async (ids: string[]) => {
      try {
        for (const id of ids) patch(await call('findings.get', { id }));
      } catch {
        // The finding is gone (an undone manual finding): the list must be read again.
        reload();
      }
    };
    const offFindings = subscribe('findings.changed', (e) => {
      if ((e.reason === 'decided' || e.reason === 'undone') && e.ids.length > 0)
        void refresh(e.ids);
      else reload();
    });
    const offDocuments = subscribe('documents.changed', reload);
    return () => {
      offFindings();
      offDocuments();
    };
  }, [reload, patch]);

  return { rows, loading, error, patch, reload };
}
