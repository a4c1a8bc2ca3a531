/** One finding in full, kept current when a decision about it is made anywhere. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FindingDetailT } from '../../shared/ipc/findings.ts';
import { call, subscribe } from '../api/client.ts';

export function useFindingsDetail(id: string | null): {
  detail: FindingDetailT | null;
  /** The last finding loaded, shown (dimmed) while the next one is on its way. */
  lastShown: FindingDetailT | null;
  error: string | null;
  setDetail: (d: FindingDetailT) => void;
} {
  const [detail, setDetailState] = useState<FindingDetailT | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(id);
  current.current = id;

  const load = useCallback((want: string) => {
    call('findings.get', { id: want }).then(
      (d) => {
        if (current.current !== want) return;
        setDetailState(d);
        setError(null);
      },
      (err: unknown) => {
        if (current.current !== want) return;
        setDetailState(null);
        setError(err instanceof Error ? err.message : String(err));
      },
    );
  }, []);

  useEffect(() => {
    if (!id) {
      setDetailState(null);
      return;
    }
    setError(null);
    load(id);
    return subscribe('findings.changed', (e) => {
      if (e.ids.includes(id) || e.reason === 'analysed') load(id);
    });
  }, [id, load]);

  const setDetail = useCallback((d: FindingDetailT) => {
    if (d.id === current.current) setDetailState(d);
  }, []);

  return {
    detail: detail && detail.id === id ? detail : null,
    lastShown: id ? detail : null,
    error,
    setDetail,
  };
}
