/** The renderer's pure helpers: text lines, highlight segments, queue search, routes. */
import { describe, expect, it } from 'vitest';
import type { FindingRowT } from '../../shared/ipc/findings.ts';
import { lineAt, textLines } from '../../renderer/components/textLines.ts';
import {
  lineSegments,
  marksByLine,
  marksFromRows,
  pickMark,
  type ReaderMark,
} from '../../renderer/components/reader/highlights.ts';
import { searchRows } from '../../renderer/components/findings/search.ts';
import { clauseHref, routeParam, routeParam2, screenFromHash } from '../../renderer/routes.ts';

const TEXT = 'Điều 1. Phạm vi\n1. Các phòng báo cáo kịp thời.\n2. Hồ sơ được xem xét.';

function row(
  id: string,
  clauseId: string,
  span: [number, number],
  matched = '',
): FindingRowT & { span: [number, number] } {
  return {
    id,
    documentId: 'd',
    docLabel: '12/QĐ-UBND',
    clauseId,
    articleNumber: '1',
    clauseLabel: 'Điều 1 khoản 1',
    kind: 'RESP.vague_time',
    family: 'RESP',
    severity: 'medium',
    status: 'open',
    matched,
    excerpt: 'Các phòng báo cáo kịp thời.',
    origin: 'rule',
    span,
  };
}

describe('text lines', () => {
  it('keeps offsets and finds the line of an offset', () => {
    const lines = textLines(TEXT);
    expect(lines.map((l) => l.text)).toEqual(TEXT.split('\n'));
    for (const l of lines) expect(TEXT.slice(l.start, l.end)).toBe(l.text);
    expect(lineAt(lines, 0)).toBe(0);
    expect(lineAt(lines, TEXT.indexOf('kịp'))).toBe(1);
    expect(lineAt(lines, TEXT.length - 1)).toBe(2);
  });
});

describe('highlights', () => {
  const lines = textLines(TEXT);
  const clause = {
    id: 'c1',
    key: 'a1/k1',
    articleNumber: '1',
    articleTitle: 'Điều 1. Phạm vi',
    clauseNumber: '1',
    pointNumber: null,
    start: lines[1]!.start,
    end: lines[1]!.end,
    page: null,
  };
  const inClause = (w: string): [number, number] => {
    const at = lines[1]!.text.indexOf(w);
    return [at, at + w.length];
  };

  it('moves clause spans into the document and drops those outside their clause', () => {
    const marks = marksFromRows(
      [
        row('f1', 'c1', inClause('kịp thời')),
        row('f2', 'c1', [500, 510]),
        row('f3', 'other', [0, 3]),
      ],
      [clause],
    );
    expect(marks.map((m) => TEXT.slice(m.start, m.end))).toEqual(['kịp thời']);
  });

  it('cuts a line at every mark boundary, innermost mark first', () => {
    const marks: ReaderMark[] = marksFromRows(
      [row('wide', 'c1', inClause('báo cáo kịp thời')), row('narrow', 'c1', inClause('kịp'))],
      [clause],
    );
    const byLine = marksByLine(lines, marks);
    expect([...byLine.keys()]).toEqual([1]);
    const segs = lineSegments(lines[1]!, byLine.get(1)!);
    expect(segs.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(lines[1]!.text);
    const kip = segs.find((s) => TEXT.slice(s.start, s.end) === 'kịp')!;
    expect(kip.marks.map((m) => m.id)).toEqual(['narrow', 'wide']);
  });

  it('cycles through overlapping marks on repeated clicks', () => {
    expect(pickMark(['a', 'b'], null)).toBe('a');
    expect(pickMark(['a', 'b'], 'a')).toBe('b');
    expect(pickMark(['a', 'b'], 'b')).toBe('a');
    expect(pickMark([], 'a')).toBeNull();
  });
});

describe('queue search', () => {
  const rows = [
    row('f1', 'c1', [0, 1], 'ủy quyền'),
    { ...row('f2', 'c1', [0, 1], 'theo quy định'), excerpt: 'Thực hiện theo quy định.' },
  ];
  it('ignores diacritics and matches from the start of a word', () => {
    expect(searchRows(rows, 'uy quyen').map((r) => r.id)).toEqual(['f1']);
    expect(searchRows(rows, 'uy').map((r) => r.id)).toEqual(['f1']); // not the "uy" inside "quy"
    expect(searchRows(rows, '  ').length).toBe(2);
  });
});

describe('routes', () => {
  it('reads screens and parameters from the hash, with a safe default', () => {
    expect(screenFromHash('#/findings')).toBe('findings');
    expect(screenFromHash('#/nowhere')).toBe('library');
    const href = clauseHref('doc 1', 'v:s1/a2/k3');
    expect(routeParam(href)).toBe('doc 1');
    expect(routeParam2(href)).toBe('v:s1/a2/k3');
  });
});
