/**
 * A document for review: its structure tree beside its text (or, for a PDF, the original pages),
 * findings highlighted, a click on a highlight selecting the finding.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DocumentDetailT, OutlineNodeT } from '../../../shared/ipc/documents.ts';
import { useT } from '../../i18n/i18n.tsx';
import { OutlineTree } from '../OutlineTree.tsx';
import { lineAt, textLines } from '../textLines.ts';
import type { ReaderMark } from './highlights.ts';
import { DocumentText } from './DocumentText.tsx';
import { PdfView } from './PdfView.tsx';
import type { Needle } from './pdf.ts';
import type { ManualTarget } from './ManualFindingForm.tsx';

/** The innermost heading or article that holds an offset (clauses and points are in the text). */
function nodeAt(outline: readonly OutlineNodeT[], offset: number): OutlineNodeT | null {
  let best: OutlineNodeT | null = null;
  for (const n of outline) {
    if (n.kind === 'clause' || n.kind === 'point' || n.kind === 'item') continue;
    if (n.start <= offset && offset < n.end && (!best || n.end - n.start <= best.end - best.start))
      best = n;
  }
  return best;
}

export function ReaderView(props: {
  doc: DocumentDetailT;
  marks: readonly ReaderMark[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Page of the selected finding's clause, for the PDF view. */
  selectedPage: number | null;
  onAddManual?: (target: ManualTarget, kind: string, note: string) => Promise<boolean>;
  /** A clause to show on arrival (from a search result). */
  focusClauseId?: string | null;
}) {
  const { t } = useT();
  const { doc } = props;
  const [mode, setMode] = useState<'text' | 'pdf'>('text');
  const [picked, setPicked] = useState<{ node: OutlineNodeT; seq: number } | null>(null);
  const lines = useMemo(() => textLines(doc.text), [doc.text]);
  // A finding chosen elsewhere (queue, keyboard) takes over from the outline's choice.
  useEffect(() => setPicked(null), [props.selectedId, doc.summary.versionId]);
  useEffect(() => {
    const c = doc.clauses.find((x) => x.id === props.focusClauseId);
    if (!c) return;
    const node: OutlineNodeT = {
      id: -1,
      parentId: null,
      kind: 'clause',
      number: c.clauseNumber,
      title: '',
      start: c.start,
      end: c.end,
      page: c.page,
    };
    setPicked((p) => ({ node, seq: (p?.seq ?? 0) + 1 }));
  }, [props.focusClauseId, doc.clauses]);
  const selectedMark = props.marks.find((m) => m.id === props.selectedId) ?? null;
  const outlineNode =
    picked?.node ?? (selectedMark ? nodeAt(doc.outline, selectedMark.start) : null);
  const range = useMemo(() => {
    if (!picked) return null;
    const n = picked.node;
    return [lineAt(lines, n.start), lineAt(lines, Math.max(n.start, n.end - 1))] as const;
  }, [picked, lines]);
  const isPdf = doc.summary.format === 'pdf';
  // Keyed by offsets, not by the mark object: reloading the marks must not move the PDF view.
  const [from, to] = selectedMark && !picked ? [selectedMark.start, selectedMark.end] : [-1, -1];
  const needle = useMemo<Needle | null>(
    () =>
      from >= 0
        ? {
            words: doc.text.slice(from, to),
            before: doc.text.slice(Math.max(0, from - 40), from),
            after: doc.text.slice(to, to + 40),
          }
        : null,
    [from, to, doc.text],
  );
  const page = picked?.node.page ?? props.selectedPage;

  return (
    <div className="reader-view">
      <OutlineTree
        nodes={doc.outline}
        selected={outlineNode?.id ?? null}
        onSelect={(node) => setPicked((p) => ({ node, seq: (p?.seq ?? 0) + 1 }))}
      />
      <div className="reader-main">
        {isPdf && (
          <div className="segmented reader-mode" role="group" aria-label={t('review.reader.mode')}>
            {(['text', 'pdf'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className={mode === m ? 'active' : ''}
                aria-pressed={mode === m}
                onClick={() => setMode(m)}
              >
                {t(m === 'text' ? 'review.reader.text' : 'review.reader.pdf')}
              </button>
            ))}
          </div>
        )}
        {mode === 'pdf' && isPdf ? (
          <PdfView versionId={doc.summary.versionId} page={page} needle={needle} />
        ) : (
          <DocumentText
            text={doc.text}
            clauses={doc.clauses}
            marks={props.marks}
            selectedId={props.selectedId}
            onSelect={(id) => {
              setPicked(null);
              props.onSelect(id);
            }}
            range={range}
            scrollToLine={picked ? (range?.[0] ?? null) : null}
            scrollSeq={picked?.seq ?? 0}
            {...(props.onAddManual ? { onAddManual: props.onAddManual } : {})}
          />
        )}
      </div>
    </div>
  );
}
