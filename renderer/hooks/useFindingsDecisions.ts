/**
 * The reviewer's writes: confirm, dismiss with a reason, reopen, note, edited suggestion, undo.
 * Each is one backend call that stores the decision at once; the result comes back to the caller.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { DecisionT, FindingDetailT, ManualFinding } from '../../shared/ipc/findings.ts';
import type { DismissReason } from '../../shared/model/finding.ts';
import { call } from '../api/client.ts';

export type FindingsDecisions = {
  confirm: (findingId: string) => Promise<boolean>;
  dismiss: (findingId: string, reason: DismissReason, citation: string) => Promise<boolean>;
  reopen: (findingId: string) => Promise<boolean>;
  saveNote: (f: FindingDetailT, note: string) => Promise<boolean>;
  saveSuggestion: (f: FindingDetailT, suggestion: string) => Promise<boolean>;
  undo: () => Promise<boolean>;
  addManual: (input: ManualFindingT) => Promise<boolean>;
  busy: boolean;
  error: string | null;
};

/** Keeps the finding's current status (and reason) when only its note or suggestion changes. */
function sameStatus(f: FindingDetailT): Omit<DecisionT, 'note' | 'suggestion'> {
  return {
    findingId: f.id,
    status: f.status,
    ...(f.status === 'dismissed' && f.reason ? { reason: f.reason } : {}),
    ...(f.status === 'dismissed' && f.citation ? { citation: f.citation } : {}),
  };
}

export type ManualFindingT = z.input<typeof ManualFinding>;

export function useFindingsDecisions(handlers: {
  onDecided: (f: FindingDetailT) => void;
  /** `removed`: the undone step was the creation of a manual finding, which is now gone. */
  onUndone: (f: FindingDetailT | null, removed: boolean) => void;
  onAdded: (f: FindingDetailT) => void;
}): FindingsDecisions {
  const { onDecided, onUndone, onAdded } = handlers;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Writes go one after another: two quick undos must land (and answer) in the order pressed.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  /** True when the write went through; otherwise the message is in `error`. */
  const run = useCallback((work: () => Promise<void>): Promise<boolean> => {
    pending.current++;
    setBusy(true);
    setError(null);
    const next = queue.current.then(async () => {
      try {
        await work();
        return true;
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
        return false;
      } finally {
        if (--pending.current === 0) setBusy(false);
      }
    });
    queue.current = next;
    return next;
  }, []);

  const decide = useCallback(
    (input: DecisionT) => run(async () => onDecided(await call('findings.decide', input))),
    [run, onDecided],
  );

  return useMemo(
    () => ({
      confirm: (findingId) => decide({ findingId, status: 'confirmed' }),
      dismiss: (findingId, reason, citation) =>
        decide({
          findingId,
          status: 'dismissed',
          reason,
          ...(citation.trim() ? { citation: citation.trim() } : {}),
        }),
      reopen: (findingId) => decide({ findingId, status: 'open' }),
      saveNote: (f, note) => decide({ ...sameStatus(f), note }),
      saveSuggestion: (f, suggestion) => decide({ ...sameStatus(f), suggestion }),
      undo: () =>
        run(async () => {
          // The contract answers null both when nothing was left to undo and when the undone step
          // created a manual finding; the finding count tells the two apart.
          const before = (await call('review.progress', {})).total;
          const { undone } = await call('findings.undo', {});
          const removed = undone === null && (await call('review.progress', {})).total < before;
          onUndone(undone, removed);
        }),
      addManual: (input) => run(async () => onAdded(await call('findings.addManual', input))),
      busy,
      error,
    }),
    [decide, run, onUndone, onAdded, busy, error],
  );
}
