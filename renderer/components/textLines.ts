/** Splits a document's text into its lines with offsets, for rendering spans. */
export type TextLine = { start: number; end: number; text: string };

export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return out;
}

/** Index of the line that contains offset (binary search). */
export function lineAt(lines: readonly TextLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
