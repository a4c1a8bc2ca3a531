/** Findings as highlighted ranges of a document's text, cut into per-line segments to render. */
import type { ClauseRefT } from '../../../shared/ipc/documents.ts';
import type { FindingRowT } from '../../../shared/ipc/findings.ts';
import { lineAt, type TextLine } from '../textLines.ts';

export type ReaderMark = Pick<FindingRowT, 'id' | 'family' | 'status' | 'kind' | 'clauseLabel'> & {
  start: number;
  end: number;
};

/** A run of text covered by the same findings, innermost (shortest) finding first. */
export type Segment = { start: number; end: number; marks: ReaderMark[] };

type SpannedRow = FindingRowT & { span: [number, number] };

/** Finding spans are offsets into their clause; the reader needs offsets into the whole text. */
export function marksFromRows(
  rows: readonly SpannedRow[],
  clauses: readonly ClauseRefT[],
): ReaderMark[] {
  const starts = new Map(clauses.map((c) => [c.id, c]));
  const out: ReaderMark[] = [];
  for (const r of rows) {
    const c = r.clauseId ? starts.get(r.clauseId) : undefined;
    if (!c) continue;
    const start = c.start + Math.max(0, r.span[0]);
    const end = Math.min(c.end, c.start + r.span[1]);
    if (end <= start) continue;
    out.push({
      id: r.id,
      family: r.family,
      status: r.status,
      kind: r.kind,
      clauseLabel: r.clauseLabel,
      start,
      end,
    });
  }
  return out;
}

/** The marks touching each line, by line index. */
export function marksByLine(
  lines: readonly TextLine[],
  marks: readonly ReaderMark[],
): Map<number, ReaderMark[]> {
  const out = new Map<number, ReaderMark[]>();
  for (const m of marks) {
    const last = lineAt(lines, m.end - 1);
    for (let i = lineAt(lines, m.start); i <= last; i++) {
      const list = out.get(i) ?? [];
      list.push(m);
      out.set(i, list);
    }
  }
  return out;
}

/** Cuts a line at every mark boundary inside it. */
export function lineSegments(line: TextLine, marks: readonly ReaderMark[]): Segment[] {
  const cuts = new Set<number>([line.start, line.end]);
  for (const m of marks) {
    if (m.start > line.start && m.start < line.end) cuts.add(m.start);
    if (m.end > line.start && m.end < line.end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    covering.sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, marks: covering });
  }
  return out;
}

/** Which finding a click on overlapping marks picks: the next one after the current selection. */
export function pickMark(ids: readonly string[], selectedId: string | null): string | null {
  if (ids.length === 0) return null;
  const at = selectedId ? ids.indexOf(selectedId) : -1;
  return ids[(at + 1) % ids.length] ?? null;
}
