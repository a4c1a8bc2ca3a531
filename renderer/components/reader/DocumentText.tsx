/**
 * The document's text with its findings highlighted (PROC and RESP in their colours). Clicking a
 * highlight selects the finding; selecting words inside a clause offers to add a manual finding.
 */
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ClauseRefT } from '../../../shared/ipc/documents.ts';
import { useT } from '../../i18n/i18n.tsx';
import { kindName } from '../findings/labels.ts';
import { textLines, type TextLine } from '../textLines.ts';
import {
  lineSegments,
  marksByLine,
  pickMark,
  type ReaderMark,
  type Segment,
} from './highlights.ts';
import { clauseAround, readSelection } from './selection.ts';
import { ManualFindingForm, type ManualTarget } from './ManualFindingForm.tsx';

const PENDING = 'pending-selection';

function markClass(seg: Segment, selectedId: string | null): string {
  if (seg.marks.some((m) => m.id === PENDING)) return 'hl hl-pending';
  const inner = seg.marks[0];
  if (!inner) return '';
  const cls = ['hl', `hl-${inner.family.toLowerCase()}`];
  if (seg.marks.length > 1) cls.push('hl-multi');
  if (seg.marks.every((m) => m.status === 'dismissed')) cls.push('hl-dismissed');
  else if (seg.marks.every((m) => m.status !== 'open')) cls.push('hl-decided');
  if (selectedId && seg.marks.some((m) => m.id === selectedId)) cls.push('hl-sel');
  return cls.join(' ');
}

const Line = memo(function Line(props: {
  line: TextLine;
  index: number;
  marks: ReaderMark[] | undefined;
  selectedId: string | null;
  inRange: boolean;
  titleOf: (m: ReaderMark) => string;
}) {
  const { line, marks } = props;
  if (!marks) {
    return (
      <p data-line={props.index} className={props.inRange ? 'in-range' : undefined}>
        <span data-off={line.start}>{line.text}</span>
      </p>
    );
  }
  return (
    <p data-line={props.index} className={props.inRange ? 'in-range' : undefined}>
      {lineSegments(line, marks).map((seg) => {
        const text = line.text.slice(seg.start - line.start, seg.end - line.start);
        if (seg.marks.length === 0) {
          return (
            <span key={seg.start} data-off={seg.start}>
              {text}
            </span>
          );
        }
        return (
          <mark
            key={seg.start}
            data-off={seg.start}
            data-ids={seg.marks.map((m) => m.id).join(' ')}
            className={markClass(seg, props.selectedId)}
            title={seg.marks
              .filter((m) => m.id !== PENDING)
              .map(props.titleOf)
              .join('\n')}
          >
            {text}
          </mark>
        );
      })}
    </p>
  );
});

export function DocumentText(props: {
  text: string;
  clauses: readonly ClauseRefT[];
  marks: readonly ReaderMark[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  range: readonly [number, number] | null;
  scrollToLine: number | null;
  /** Changes on every outline click, so a second click on the same node scrolls again. */
  scrollSeq: number;
  onAddManual?: (target: ManualTarget, kind: string, note: string) => Promise<boolean>;
}) {
  const { t } = useT();
  const rootRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<(ManualTarget & { top: number; left: number }) | null>(null);
  const [outside, setOutside] = useState<{ top: number; left: number } | null>(null);
  const lines = useMemo(() => textLines(props.text), [props.text]);
  // The words chosen for a manual finding stay marked while the form has the focus.
  const pending = useMemo<ReaderMark | null>(
    () =>
      target
        ? {
            id: PENDING,
            family: 'RESP',
            status: 'open',
            kind: '',
            clauseLabel: '',
            start: target.clause.start + target.start,
            end: target.clause.start + target.end,
          }
        : null,
    [target],
  );
  const byLine = useMemo(() => marksByLine(lines, props.marks), [lines, props.marks]);
  const pendingLines = useMemo(
    () => (pending ? marksByLine(lines, [pending]) : null),
    [lines, pending],
  );
  const marksOf = (i: number): ReaderMark[] | undefined => {
    const extra = pendingLines?.get(i);
    return extra ? [...(byLine.get(i) ?? []), ...extra] : byLine.get(i);
  };
  const selectedLines = useMemo(() => {
    const m = props.marks.find((x) => x.id === props.selectedId);
    const set = new Set<number>();
    if (m) for (const [i, list] of byLine) if (list.includes(m)) set.add(i);
    return set;
  }, [props.marks, props.selectedId, byLine]);
  const titleOf = useMemo(
    () => (m: ReaderMark) => `${m.kind} — ${kindName(t, m.kind)} (${m.clauseLabel})`,
    [t],
  );

  // Bring a newly selected finding into view once; later reloads of the marks leave the scroll alone.
  const shownId = useRef<string | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !props.selectedId || shownId.current === props.selectedId) return;
    const el = root.querySelector(`[data-ids~="${CSS.escape(props.selectedId)}"]`);
    if (!el) return;
    shownId.current = props.selectedId;
    const box = el.getBoundingClientRect();
    const view = root.getBoundingClientRect();
    if (box.top < view.top + 8 || box.bottom > view.bottom - 8)
      el.scrollIntoView({ block: 'center' });
  }, [props.selectedId, props.marks]);
  useEffect(() => {
    if (props.scrollToLine === null) return;
    rootRef.current
      ?.querySelector(`[data-line="${props.scrollToLine}"]`)
      ?.scrollIntoView({ block: 'start' });
  }, [props.scrollToLine, props.scrollSeq]);

  const place = (rect: DOMRect) => {
    const root = rootRef.current;
    if (!root) return { top: 0, left: 0 };
    const box = root.getBoundingClientRect();
    return {
      top: rect.bottom - box.top + root.scrollTop + 4,
      left: Math.max(8, Math.min(rect.left - box.left, box.width - 340)),
    };
  };

  const onPointerUp = () => {
    if (!props.onAddManual || !rootRef.current) return;
    const sel = readSelection(rootRef.current, props.text);
    if (!sel) return;
    const clause = clauseAround(props.clauses, sel.start, sel.end);
    if (!clause) {
      setTarget(null);
      setOutside(place(sel.rect));
      return;
    }
    setOutside(null);
    setTarget({
      clause,
      start: sel.start - clause.start,
      end: sel.end - clause.start,
      quote: props.text.slice(sel.start, sel.end),
      ...place(sel.rect),
    });
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const mark =
      e.target instanceof Element ? e.target.closest<HTMLElement>('mark[data-ids]') : null;
    const ids = (mark?.dataset.ids ?? '').split(' ').filter((x) => x && x !== PENDING);
    const id = pickMark(ids, props.selectedId);
    if (id) props.onSelect(id);
  };

  return (
    <div
      ref={rootRef}
      className="doc-text review-text"
      aria-label={t('reader.text')}
      tabIndex={0}
      onMouseUp={onPointerUp}
      onKeyUp={(e) => e.shiftKey && onPointerUp()}
      onClick={onClick}
    >
      {lines.map((l, i) =>
        l.text.trim() === '' ? null : (
          <Line
            key={i}
            line={l}
            index={i}
            marks={marksOf(i)}
            selectedId={selectedLines.has(i) ? props.selectedId : null}
            inRange={props.range !== null && i >= props.range[0] && i <= props.range[1]}
            titleOf={titleOf}
          />
        ),
      )}
      {outside && (
        <div className="manual-pop" role="status" style={outside}>
          <p>{t('review.manual.outside')}</p>
          <button type="button" className="secondary" onClick={() => setOutside(null)}>
            {t('review.cancel')}
          </button>
        </div>
      )}
      {target && props.onAddManual && (
        <ManualFindingForm
          target={target}
          style={{ top: target.top, left: target.left }}
          onAdd={props.onAddManual}
          onClose={() => setTarget(null)}
        />
      )}
    </div>
  );
}
