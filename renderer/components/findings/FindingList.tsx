/**
 * The queue: a virtualised listbox, so 10,000 findings scroll as lightly as 10. Rows have one
 * fixed height; the selected row is kept in view when the selection moves by keyboard.
 */
import { memo, useEffect, useRef, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FindingRowT } from '../../../shared/ipc/findings.ts';
import { useT } from '../../i18n/i18n.tsx';
import { kindName, excerptParts } from './labels.ts';
import { StatusMark } from './KindChip.tsx';

export const ROW_HEIGHT = 58;

const MOVE_KEYS: Record<string, number | undefined> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 10,
  PageUp: -10,
};

const Row = memo(function Row(props: {
  row: FindingRowT;
  index: number;
  count: number;
  selected: boolean;
  top: number;
  showDoc: boolean;
  onSelect: (id: string) => void;
}) {
  const { t } = useT();
  const r = props.row;
  const [before, hit, after] = excerptParts(r.excerpt, r.matched);
  return (
    <div
      role="option"
      id={`fr-${r.id}`}
      aria-selected={props.selected}
      aria-setsize={props.count}
      aria-posinset={props.index + 1}
      className={`frow fam-${r.family.toLowerCase()} st-${r.status}${props.selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
      onClick={() => props.onSelect(r.id)}
    >
      <div className="frow-top">
        <StatusMark status={r.status} />
        <span className="kind-id">{r.kind}</span>
        <span className="frow-kind">{kindName(t, r.kind)}</span>
        <span className="frow-where" title={`${r.clauseLabel} · ${r.docLabel}`}>
          {r.clauseLabel || r.docLabel}
          {props.showDoc && r.clauseLabel && <span className="frow-doc"> · {r.docLabel}</span>}
        </span>
      </div>
      {r.clauseId === null && !r.excerpt ? (
        <div className="frow-excerpt whole-doc">{t('review.docFinding')}</div>
      ) : (
        <div className="frow-excerpt">
          {before}
          {hit && <mark className={`hl hl-${r.family.toLowerCase()}`}>{hit}</mark>}
          {after}
        </div>
      )}
    </div>
  );
});

export function FindingList(props: {
  rows: readonly FindingRowT[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: () => void;
  onMove: (delta: number) => void;
  initialScrollTop: number;
  onScroll: (top: number) => void;
  /** Name the document on each row (the queue spans several documents). */
  showDoc: boolean;
  listRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useT();
  const { rows, selectedId } = props;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => props.listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialOffset: props.initialScrollTop,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const selectedIndex = selectedId ? rows.findIndex((r) => r.id === selectedId) : -1;

  // Follow the selection (keyboard moves, undo), but leave the scroll alone when it is in view.
  const lastFollowed = useRef<string | null>(null);
  useEffect(() => {
    if (selectedIndex < 0 || lastFollowed.current === selectedId) return;
    lastFollowed.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedId, selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const rendered = items.some((it) => it.index === selectedIndex);
  return (
    <div
      ref={props.listRef}
      className="flist"
      role="listbox"
      aria-label={t('review.list')}
      tabIndex={0}
      aria-activedescendant={rendered && selectedId ? `fr-${selectedId}` : undefined}
      onScroll={(e) => props.onScroll(e.currentTarget.scrollTop)}
      onKeyDown={(e) => {
        const delta = MOVE_KEYS[e.key];
        if (delta !== undefined) {
          e.preventDefault();
          props.onMove(delta);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          props.onOpen();
        }
      }}
    >
      <div className="flist-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((it) => {
          const row = rows[it.index];
          if (!row) return null;
          return (
            <Row
              key={row.id}
              row={row}
              index={it.index}
              count={rows.length}
              top={it.start}
              selected={row.id === selectedId}
              showDoc={props.showDoc}
              onSelect={props.onSelect}
            />
          );
        })}
      </div>
    </div>
  );
}
