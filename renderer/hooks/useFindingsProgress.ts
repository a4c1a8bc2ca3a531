/** Review progress (decided / total), overall and per document, refreshed on every change. */
import { useEffect, useState } from 'react';
import type { ReviewProgressT } from '../../shared/ipc/findings.ts';
import { call, subscribe } from '../api/client.ts';

export function useFindingsProgress(enabled: boolean): ReviewProgressT | null {
  const [progress, setProgress] = useState<ReviewProgressT | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () =>
      call('review.progress', {}).then(
        (p) => live && setProgress(p),
        (err: unknown) => console.error('[review] progress', err),
      );
    void load();
    const off1 = subscribe('findings.changed', () => void load());
    const off2 = subscribe('documents.changed', () => void load());
    return () => {
      live = false;
      off1();
      off2();
    };
  }, [enabled]);
  return progress;
}
