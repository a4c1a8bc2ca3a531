/**
 * Joins PDF lines back into paragraphs. A line continues the paragraph above when it starts no
 * structural unit (Điều, khoản "1.", điểm "a)", Chương, a heading), is not indented, and the line
 * above ran to the right margin — or, in ragged text, did not end a sentence.
 */
import type { PdfLine } from './pdf-lines.ts';

/** Markers that start a unit of a Vietnamese legal text. */
const STRUCTURAL = [
  /^Điều\s+\d+[a-zđ]?\s*[.:]/iu,
  // "Chương II" alone, or followed by "." or a title in capitals — not "…tại Chương II Quy chế này".
  /^(Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Tiểu mục)\s+([IVXLC]+|\d+|[A-Z])(?=[.:]|\s*$|\s+[\p{Lu}]{2,}\b)/u,
  /^\d{1,2}(\.\d{1,2})*\.(?=\s)/u,
  /^\d{1,2}\)(?=\s)/u,
  /^[a-zđ]\)(?=\s)/u,
  /^(Nơi nhận|QUYẾT ĐỊNH|Số:)/u,
];

/** The structural marker a line starts with, if any ("Điều 5.", "2.", "a)"). */
export function unitMarker(text: string): string | null {
  for (const re of STRUCTURAL) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** Written in capitals, not counting a heading label ("Mục 3. PHỐI HỢP…"). */
function isCaps(text: string): boolean {
  const label = /^(Chương|Mục|Phần|Tiểu mục)\s+\S+/u.exec(text)?.[0] ?? '';
  const letters = text.slice(label.length).replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

const SENTENCE_END = /[.;:!?…]["”’)]?$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
const LEADER_END = /[.…]{2,}$/u;
const LEADER_START = /^[.…]{2,}/u;

/**
 * The text block's left edge: the leftmost x (in whole points) shared by a fair number of lines.
 * Not the most common x: a document of short one-line paragraphs has more indented lines.
 */
function leftEdge(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const needed = Math.max(3, values.length * 0.05);
  const common = [...counts].filter(([, c]) => c >= needed).map(([v]) => v);
  return common.length > 0 ? Math.min(...common) : Math.min(...values);
}

type Column = { left: number; right: number; center: number; lineGap: number };

function column(lines: PdfLine[]): Column {
  const left = leftEdge(lines.map((l) => l.x));
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && b && a.page === b.page && a.y > b.y) gaps.push(a.y - b.y);
  }
  // Plain line spacing: a low percentile, since most gaps may be paragraph breaks.
  const sortedGaps = gaps.sort((a, b) => a - b);
  return {
    left,
    right,
    center: (left + right) / 2,
    lineGap: sortedGaps[Math.floor(sortedGaps.length * 0.2)] ?? 0,
  };
}

function continues(prev: PdfLine, cur: PdfLine, col: Column): boolean {
  const size = cur.size || 12;
  const wrapped = prev.right >= col.right - Math.max(3 * size, 0.06 * (col.right - col.left));
  const indented = cur.x > col.left + 0.6 * size;
  const midSentence = wrapped && !indented && !SENTENCE_END.test(prev.text);
  const marker = unitMarker(cur.text);
  if (marker !== null) {
    // A wrapped sentence may happen to go on with "Điều 9." or "2. của…": a real unit starts
    // its text with a capital (or stands alone on a line that is not in mid-sentence).
    const rest = cur.text.slice(marker.length).trimStart();
    const plausible = rest === '' ? !midSentence : /^[\p{Lu}\d"“‘'([]/u.test(rest);
    if (plausible) return false;
  }
  if (cur.page === prev.page && col.lineGap > 0 && prev.y - cur.y > 1.7 * col.lineGap) return false;
  // Dot leaders of a form run on over the line end.
  if (!indented && LEADER_END.test(prev.text) && LEADER_START.test(cur.text)) return true;
  if (indented) {
    // A long title in capitals wraps onto a centred second line.
    // Only at plain line spacing: the next title line after paragraph spacing is a new one.
    const centred = Math.abs((cur.x + cur.right) / 2 - col.center) < 2 * size;
    const tight = cur.page === prev.page && prev.y - cur.y <= 1.1 * col.lineGap;
    return isCaps(prev.text) && isCaps(cur.text) && wrapped && centred && tight;
  }
  if (isCaps(cur.text) && !isCaps(prev.text)) {
    // A heading in capitals after body text is new, unless it is the short tail of a sentence
    // ("…theo mã hồ sơ" + "TTHC;").
    return midSentence && (cur.text.split(' ').length <= 3 || SENTENCE_END.test(cur.text));
  }
  if (wrapped) return true;
  return !SENTENCE_END.test(prev.text) && STARTS_LOWER.test(cur.text);
}

export type Paragraph = { text: string; page: number };

/** Lines of a whole document, in reading order, to paragraphs tagged with their first page. */
export function joinLines(lines: PdfLine[]): Paragraph[] {
  if (lines.length === 0) return [];
  const col = column(lines);
  const out: Paragraph[] = [];
  let prev: PdfLine | undefined;
  for (const line of lines) {
    const last = out.at(-1);
    if (prev && last && continues(prev, line, col)) {
      // "107/TTr-" + "SKHCN" is one token; "kinh tế -" + "xã hội" keeps its space.
      const glued =
        /\S-$/u.test(last.text) || (LEADER_END.test(last.text) && LEADER_START.test(line.text));
      last.text += glued ? line.text : ' ' + line.text;
    } else out.push({ text: line.text, page: line.page });
    prev = line;
  }
  return out;
}
