/**
 * What a line starts with, decided from the line alone. Whether a candidate is really a new unit
 * (and not, say, a cross-reference that a broken line put at the start) is decided by the
 * builders, which know the numbering so far.
 */
import type { HeadingKind } from '../model/document.ts';
import { endsComplete, isMostlyUpper, type Line } from './lines.ts';

const ROMAN = 'L?X{0,3}(?:IX|IV|V?I{0,3})';

/** "Điều 5." / "Điều 5:" / "Điều 5 ." / "ĐIỀU 12a." / "Điều 5" (title on the next line). */
const ARTICLE = /^(?:Điều|ĐIỀU)\s*(\d{1,3}[a-zđ]?)(?![\p{L}\d])\s*([.:])?\s*/u;
const ARTICLE_WORD_ONLY = /^(?:Điều|ĐIỀU)$/u;
const HEADINGS: { kind: HeadingKind; re: RegExp }[] = [
  {
    kind: 'part',
    re: new RegExp(
      `^(Phần|PHẦN)\\s+(thứ\\s+\\p{L}+|THỨ\\s+\\p{L}+|\\d{1,2}|${ROMAN})(?![\\p{Ll}\\d])\\s*[.:\\-–]?\\s*`,
      'u',
    ),
  },
  {
    kind: 'chapter',
    re: new RegExp(`^(Chương|CHƯƠNG)\\s*(\\d{1,2}|${ROMAN})(?![\\p{Ll}\\d])\\s*[.:\\-–]?\\s*`, 'u'),
  },
  { kind: 'subsection', re: /^(Tiểu mục|TIỂU MỤC)\s+(\d{1,2})(?![\p{L}\d])\s*[.:\-–]?\s*/u },
  {
    kind: 'section',
    re: new RegExp(`^(Mục|MỤC)\\s+(\\d{1,2}|${ROMAN})(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*`, 'u'),
  },
];
/** A heading is not followed by running text such as "Mục 2 của Chương này". */
const NOT_HEADING_REST = /^(?:\p{Ll}|Chương|CHƯƠNG|Điều|Luật|Phần|PHẦN|Mục|[,;])/u;

/** "Chương III Nghị định số 45/2020/NĐ-CP": a reference to another document's part. */
const CITED_DOC =
  /^(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Hiến pháp)(?![\p{L}])/u;

const KHOAN = /^(\d{1,3})\s*([.)])(?![\d])\s*/u;
const SUB_KHOAN = /^(\d{1,3})\.(\d{1,2})(?![\d])\.?(?![\d])\s*/u;
const DEEP_NUMBER = /^(\d{1,3}(?:\.\d{1,2}){2,})\.?(?![\d])\s*/u;
const DIEM = /^([a-zđ])(\d{0,2})\s*\)\s*/u;
const DIEM_DOT = /^([a-zđ])\.\s+(?=\S)/u;
const DASH = /^([-–—•●▪■◦○*+·])\s*/u;
const RULE = /^[-–—_=.*~·•\s]{3,}$/u;

export type Marker =
  | { kind: 'article'; number: string; punct: string; restStart: number }
  | { kind: 'article-word' }
  | { kind: 'heading'; heading: HeadingKind; word: string; number: string; restStart: number }
  | { kind: 'khoan'; number: string; style: '.' | ')'; restStart: number }
  | { kind: 'subkhoan'; number: string; restStart: number }
  | { kind: 'diem'; number: string; restStart: number }
  | { kind: 'item'; marker: string; restStart: number }
  | { kind: 'rule' }
  | { kind: 'text' };

/** Classifies a trimmed line by its leading marker. `restStart` is the offset of the text after it. */
export function classify(text: string): Marker {
  const first = text[0] ?? '';
  if (first === 'Đ') {
    if (ARTICLE_WORD_ONLY.test(text)) return { kind: 'article-word' };
    const m = ARTICLE.exec(text);
    if (m)
      return { kind: 'article', number: m[1] ?? '', punct: m[2] ?? '', restStart: m[0].length };
  }
  if (first === 'C' || first === 'M' || first === 'P' || first === 'T') {
    for (const h of HEADINGS) {
      const m = h.re.exec(text);
      if (!m || !m[2]) continue;
      const rest = text.slice(m[0].length);
      if (
        h.kind === 'chapter'
          ? /^\p{Ll}/u.test(rest) || CITED_DOC.test(rest)
          : NOT_HEADING_REST.test(rest) || CITED_DOC.test(rest)
      )
        continue;
      return {
        kind: 'heading',
        heading: h.kind,
        word: m[1] ?? '',
        number: m[2],
        restStart: m[0].length,
      };
    }
  }
  if (first >= '0' && first <= '9') {
    const deep = DEEP_NUMBER.exec(text);
    if (deep) return { kind: 'item', marker: deep[1] ?? '', restStart: deep[0].length };
    const sub = SUB_KHOAN.exec(text);
    if (sub) return { kind: 'subkhoan', number: `${sub[1]}.${sub[2]}`, restStart: sub[0].length };
    const k = KHOAN.exec(text);
    if (k)
      return {
        kind: 'khoan',
        number: k[1] ?? '',
        style: k[2] === ')' ? ')' : '.',
        restStart: k[0].length,
      };
    return { kind: 'text' };
  }
  const d = DIEM.exec(text) ?? DIEM_DOT.exec(text);
  if (d) return { kind: 'diem', number: (d[1] ?? '') + (d[2] ?? ''), restStart: d[0].length };
  if (RULE.test(text)) return { kind: 'rule' };
  const dash = DASH.exec(text);
  if (dash) return { kind: 'item', marker: dash[1] ?? '-', restStart: dash[0].length };
  return { kind: 'text' };
}

/** Items that share a class are siblings; a new class nests under the open item. */
export function itemClass(marker: string): string {
  if (marker === '+' || marker === '○' || marker === '◦') return 'plus';
  if (/^\d/.test(marker)) return 'num';
  if (/^[a-zđ]/.test(marker)) return 'letter';
  return 'dash';
}

/** Article numbers compare by their numeric part, then their letter ("12" < "12a" < "13"). */
export function articleOrdinal(number: string): number {
  const m = /^(\d+)([a-zđ]?)$/.exec(number);
  if (!m) return Number.NaN;
  const suffix = m[2] ? (m[2] === 'đ' ? 4.5 : m[2].charCodeAt(0) - 96) : 0;
  return Number(m[1]) * 100 + suffix;
}

/** True when `next` directly follows `prev` ("4" → "5", "12" → "12a", "12a" → "13"). */
export function followsArticle(prev: string | undefined, next: string): boolean {
  if (prev === undefined) return articleOrdinal(next) === 100;
  const a = articleOrdinal(prev);
  const b = articleOrdinal(next);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return b > a && b <= Math.floor(a / 100) * 100 + 100;
}

export type HeadingMarker = Extract<Marker, { kind: 'heading' }>;

/**
 * A heading at line i, judged with the line before it: "Mục 2 Phần XI …" that a hard wrap put at
 * the start of a line continues an unfinished sentence and is not a heading. Chương is trusted more.
 */
export function headingAt(lines: Line[], i: number): HeadingMarker | null {
  const line = lines[i];
  if (!line) return null;
  const mk = classify(line.text);
  if (mk.kind !== 'heading') return null;
  const prev = lines[i - 1];
  const rest = line.text.slice(mk.restStart);
  const titled = rest === '' || isMostlyUpper(rest);
  const trusted = mk.heading === 'chapter' && titled;
  if (
    !trusted &&
    prev &&
    classify(prev.text).kind === 'text' &&
    !endsComplete(prev.text) &&
    !isMostlyUpper(prev.text)
  ) {
    return null;
  }
  return mk;
}
