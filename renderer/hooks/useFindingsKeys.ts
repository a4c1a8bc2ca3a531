/**
 * The review keyboard: j/k move, c confirm, d dismiss, n note, / search, u or Ctrl+Z undo,
 * v switch view. Nothing fires while the reviewer types in a field.
 */
import { useEffect, useRef } from 'react';

export type FindingsKeyActions = {
  next: () => void;
  prev: () => void;
  confirm: () => void;
  dismiss: () => void;
  note: () => void;
  search: () => void;
  undo: () => void;
  toggleView?: () => void;
};

/** True when the key press belongs to text entry (or a native control that consumes keys). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

export function useFindingsKeys(actions: FindingsKeyActions, enabled: boolean): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.metaKey || e.isComposing || isTypingTarget(e.target))
        return;
      // Keys typed inside an open dialog (the dismissal reasons) belong to that dialog.
      if (e.target instanceof Element && e.target.closest('[role="dialog"]')) return;
      const a = ref.current;
      const key = e.key.toLowerCase();
      if (e.ctrlKey) {
        if (key === 'z' && !e.shiftKey) {
          e.preventDefault();
          a.undo();
        }
        return;
      }
      const map: Record<string, (() => void) | undefined> = {
        j: a.next,
        k: a.prev,
        c: a.confirm,
        d: a.dismiss,
        n: a.note,
        '/': a.search,
        u: a.undo,
        v: a.toggleView,
      };
      const action = map[key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
