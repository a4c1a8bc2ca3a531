/**
 * The review loop shared by the queue and the reader: the selected finding in full, the decisions
 * on it, moving through a list, and the keyboard. A decision moves on to the next finding.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { FindingDetailT, FindingRowT } from '../../shared/ipc/findings.ts';
import type { DismissReason } from '../../shared/model/finding.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFindingsDetail } from './useFindingsDetail.ts';
import { useFindingsDecisions, type FindingsDecisions } from './useFindingsDecisions.ts';
import { useFindingsKeys } from './useFindingsKeys.ts';
import type { ManualTarget } from '../components/reader/ManualFindingForm.tsx';

export type FindingsReview = {
  detail: FindingDetailT | null;
  /** What the details pane shows: the selected finding, or the previous one while it loads. */
  shown: FindingDetailT | null;
  detailError: string | null;
  decisions: FindingsDecisions;
  dismissing: boolean;
  setDismissing: (open: boolean) => void;
  confirm: () => void;
  dismiss: (reason: DismissReason, citation: string) => void;
  move: (delta: number) => void;
  addManual: (target: ManualTarget, kind: string, note: string) => Promise<boolean>;
  notice: string | null;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  goHome: () => void;
};

export function useFindingsReview(opts: {
  rows: readonly FindingRowT[];
  selectedId: string | null;
  select: (id: string) => void;
  /** A finding changed here (decision or undo): lists put the new state in their rows. */
  onChanged: (d: FindingDetailT) => void;
  /** An undo removed a finding (a manual one), so lists must be read again. */
  onRemoved?: () => void;
  keys: { search?: () => void; toggleView?: () => void };
  /** Where focus returns after a dialog or an editor closes (the list, the text). */
  homeRef?: RefObject<HTMLElement | null>;
  enabled: boolean;
}): FindingsReview {
  const { t } = useT();
  const { rows, selectedId, select, onChanged, onRemoved } = opts;
  const { detail, lastShown, error: detailError, setDetail } = useFindingsDetail(selectedId);
  // The reason chooser belongs to the finding it was opened for; moving on closes it.
  const [dismissFor, setDismissFor] = useState<string | null>(null);
  const dismissing = dismissFor !== null && dismissFor === selectedId;
  const [notice, setNotice] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const ownHome = useRef<HTMLElement | null>(null);
  const homeRef = opts.homeRef ?? ownHome;
  const goHome = useCallback(() => homeRef.current?.focus({ preventScroll: true }), [homeRef]);
  // A notice is news about the last action; it fades after a few seconds.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const index = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const move = useCallback(
    (delta: number) => {
      if (rows.length === 0) return;
      const at = selectedId !== null ? index.get(selectedId) : undefined;
      const to = at === undefined ? 0 : Math.min(rows.length - 1, Math.max(0, at + delta));
      const row = rows[to];
      if (row) select(row.id);
    },
    [rows, index, selectedId, select],
  );
  const advanceFrom = useCallback(
    (id: string) => {
      const at = index.get(id);
      const row = at === undefined ? undefined : rows[at + 1];
      if (row) select(row.id);
    },
    [rows, index, select],
  );

  const onDecided = useCallback(
    (d: FindingDetailT) => {
      setDetail(d);
      onChanged(d);
    },
    [setDetail, onChanged],
  );
  const onUndone = useCallback(
    (d: FindingDetailT | null, removed: boolean) => {
      if (!d) {
        setNotice(t(removed ? 'review.manualRemoved' : 'review.nothingToUndo'));
        if (removed) onRemoved?.();
        return;
      }
      onChanged(d);
      select(d.id);
      setNotice(t('review.undone', { label: `${d.kind} — ${d.clauseLabel || d.docLabel}` }));
    },
    [onChanged, onRemoved, select, t],
  );
  const onAdded = useCallback(
    (d: FindingDetailT) => {
      select(d.id);
      setNotice(t('review.manual.added', { kind: d.kind }));
    },
    [select, t],
  );
  const decisions = useFindingsDecisions({ onDecided, onUndone, onAdded });
  const addManual = useCallback(
    (target: ManualTarget, kind: string, note: string) =>
      decisions.addManual({
        clauseId: target.clause.id,
        start: target.start,
        end: target.end,
        kind,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    [decisions],
  );

  const setDismissing = useCallback(
    (open: boolean) => {
      setDismissFor(open ? selectedId : null);
      if (!open) requestAnimationFrame(goHome);
    },
    [goHome, selectedId],
  );
  // Decisions need only the finding's id, so a key pressed right after a move acts on the new
  // selection even before its details have arrived. The queue moves on at once (the writes are
  // serialised and any failure is shown), so a reviewer can keep a steady rhythm.
  const confirm = useCallback(() => {
    if (!selectedId) return;
    setNotice(null);
    advanceFrom(selectedId);
    void decisions.confirm(selectedId);
  }, [selectedId, decisions, advanceFrom]);
  const dismiss = useCallback(
    (reason: DismissReason, citation: string) => {
      if (!selectedId) return;
      setDismissing(false);
      advanceFrom(selectedId);
      void decisions.dismiss(selectedId, reason, citation);
    },
    [selectedId, decisions, advanceFrom, setDismissing],
  );

  // "n" pressed while the details are still on their way focuses the note once it is there.
  const noteWanted = useRef(false);
  useEffect(() => {
    if (detail && noteWanted.current) {
      noteWanted.current = false;
      noteRef.current?.focus();
    }
  }, [detail]);
  const focusNote = useCallback(() => {
    if (noteRef.current && detail?.id === selectedId) noteRef.current.focus();
    else noteWanted.current = selectedId !== null;
  }, [detail, selectedId]);

  useFindingsKeys(
    {
      next: () => move(1),
      prev: () => move(-1),
      confirm,
      dismiss: () => setDismissFor(selectedId),
      note: focusNote,
      search: () => opts.keys.search?.(),
      undo: () => {
        setNotice(null);
        void decisions.undo();
      },
      ...(opts.keys.toggleView ? { toggleView: opts.keys.toggleView } : {}),
    },
    opts.enabled,
  );

  return {
    detail,
    shown: lastShown,
    detailError,
    decisions,
    dismissing,
    setDismissing,
    confirm,
    dismiss,
    move,
    addManual,
    notice,
    noteRef,
    goHome,
  };
}
