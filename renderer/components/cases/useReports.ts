/** The exported reports of the open workspace, refreshed when an export finishes. */
import { useCallback, useEffect, useState } from 'react';
import type { ReportEntryT } from '../../../shared/ipc/reports.ts';
import { call, subscribe } from '../../api/client.ts';

export function useReports(): {
  reports: ReportEntryT[] | null;
  error: string | null;
  reload: () => void;
} {
  const [reports, setReports] = useState<ReportEntryT[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    call('reports.list', {})
      .then((r) => {
        setReports(r);
        setError(null);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);
  useEffect(() => {
    reload();
    return subscribe('reports.changed', reload);
  }, [reload]);
  return { reports, error, reload };
}
