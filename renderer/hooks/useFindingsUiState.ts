/**
 * Where the reviewer was (filters, selected finding, scroll, view), kept in the workspace database
 * so that reopening the workspace lands on the same finding. Writes are debounced and flushed
 * when the page is hidden or the screen unmounts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import {
  Family,
  FindingStatus,
  SeverityS,
  type FindingFilterT,
} from '../../shared/ipc/findings.ts';
import { call, subscribe } from '../api/client.ts';

/**
 * The last known state per key for this window: coming back to the screen needs no round trip.
 * Another workspace has its own state, so opening one forgets the cache.
 */
const cache = new Map<string, ReviewUiStateT>();
let watching = false;
function watchWorkspace(): void {
  if (watching) return;
  watching = true;
  subscribe('documents.changed', (e) => e.reason === 'workspace.opened' && cache.clear());
}

const QueueFilter = z.object({
  documentId: z.string().nullable().catch(null),
  family: Family.nullable().catch(null),
  kind: z.string().max(60).nullable().catch(null),
  severity: SeverityS.nullable().catch(null),
  status: FindingStatus.nullable().catch(null),
  search: z.string().max(200).catch(''),
});

const ReviewUiState = z.object({
  filter: QueueFilter.catch(QueueFilter.parse({})),
  selectedId: z.string().nullable().catch(null),
  scrollTop: z.number().min(0).catch(0),
  view: z.enum(['queue', 'reader']).catch('queue'),
});

export type QueueFilterT = z.infer<typeof QueueFilter>;
export type ReviewUiStateT = z.infer<typeof ReviewUiState>;

export const EMPTY_FILTER: QueueFilterT = QueueFilter.parse({});
const DEFAULT_STATE: ReviewUiStateT = ReviewUiState.parse({});

/** The part of the filter the backend applies; the search text is applied in the renderer. */
export function backendFilter(f: QueueFilterT): FindingFilterT {
  return {
    ...(f.documentId ? { documentIds: [f.documentId] } : {}),
    ...(f.family ? { families: [f.family] } : {}),
    ...(f.kind ? { kinds: [f.kind] } : {}),
    ...(f.severity ? { severities: [f.severity] } : {}),
    ...(f.status ? { statuses: [f.status] } : {}),
  };
}

export function parseUiState(value: unknown): ReviewUiStateT {
  const parsed = ReviewUiState.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_STATE;
}

export function useFindingsUiState(key: string): {
  state: ReviewUiStateT | null;
  update: (patch: Partial<ReviewUiStateT>) => void;
  /** Records without re-rendering (scroll position changes many times a second). */
  remember: (patch: Partial<ReviewUiStateT>) => void;
  /** The latest state, including what was only remembered. */
  current: () => ReviewUiStateT | null;
} {
  const [state, setState] = useState<ReviewUiStateT | null>(() => cache.get(key) ?? null);
  const latest = useRef<ReviewUiStateT | null>(cache.get(key) ?? null);
  const timer = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current) return;
    call('ui.setState', { key, value: latest.current }).catch((err: unknown) =>
      console.error('[review] ui.setState', err),
    );
  }, [key]);

  useEffect(() => {
    let live = true;
    watchWorkspace();
    if (!cache.has(key)) {
      call('ui.getState', { key }).then(
        (v) => {
          if (!live) return;
          latest.current = parseUiState(v);
          cache.set(key, latest.current);
          setState(latest.current);
        },
        (err: unknown) => {
          console.error('[review] ui.getState', err);
          if (live) setState(DEFAULT_STATE);
        },
      );
    }
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      if (timer.current !== null) flush();
    };
  }, [key, flush]);

  const remember = useCallback(
    (patch: Partial<ReviewUiStateT>) => {
      latest.current = { ...(latest.current ?? DEFAULT_STATE), ...patch };
      cache.set(key, latest.current);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, 250);
    },
    [flush, key],
  );

  const update = useCallback(
    (patch: Partial<ReviewUiStateT>) => {
      remember(patch);
      setState(latest.current);
    },
    [remember],
  );

  const current = useCallback(() => latest.current, []);
  return { state, update, remember, current };
}
