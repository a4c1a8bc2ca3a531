/** Maps a text selection in the rendered document back to offsets in the document's text. */
import type { ClauseRefT } from '../../../shared/ipc/documents.ts';

/** Every rendered run carries data-off: the offset of its first character in the text. */
function pointOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest<HTMLElement>('[data-off]');
    return host ? Number(host.dataset.off) + offset : null;
  }
  if (!(node instanceof Element)) return null;
  // An element boundary: use the run at that child position (or the end of the one before).
  const child = node.childNodes[offset];
  const run =
    child instanceof Element
      ? child.matches('[data-off]')
        ? child
        : child.querySelector('[data-off]')
      : null;
  if (run instanceof HTMLElement) return Number(run.dataset.off);
  const prev = node.childNodes[offset - 1];
  const before =
    prev instanceof Element ? [...prev.querySelectorAll<HTMLElement>('[data-off]')].pop() : null;
  if (before) return Number(before.dataset.off) + (before.textContent?.length ?? 0);
  return null;
}

export type TextSelection = { start: number; end: number; rect: DOMRect };

/** The selection inside `root` as [start, end) offsets, trimmed of surrounding white space. */
export function readSelection(root: HTMLElement, text: string): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = pointOffset(range.startContainer, range.startOffset);
  let end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end <= start) return null;
  return { start, end, rect: range.getBoundingClientRect() };
}

/** The smallest clause (a point rather than its clause) that holds the whole range. */
export function clauseAround(
  clauses: readonly ClauseRefT[],
  start: number,
  end: number,
): ClauseRefT | null {
  let best: ClauseRefT | null = null;
  for (const c of clauses) {
    if (c.start <= start && c.end >= end && (!best || c.end - c.start < best.end - best.start))
      best = c;
  }
  return best;
}
