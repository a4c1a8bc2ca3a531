/**
 * Page furniture that PDF and DOC readers leave between paragraphs: page numbers ("12", "- 12 -",
 * "Trang 3/20") and running headers repeated on every page ("CÔNG BÁO/Số 45 + 46/Ngày 20-01-2020").
 * They are dropped from the line list, so a page break between "Điều 5." and its title, or inside
 * a list, changes nothing; text between two kept lines stays in the span it falls in.
 */
import type { Line } from './lines.ts';
import { classify } from './markers.ts';

const PAGE_NUMBER =
  /^(?:(?:Trang|trang|Page)\s*)?\d{1,4}(?:\s*\/\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/u;
/** A repeated line is furniture only if it looks like a header: digits with "/" or a page word. */
const HEADER_LIKE =
  /(?=.*\d)(?=.*\p{L})(?:.*\/|.*(?<![\p{L}])(?:Trang|CÔNG BÁO|Công báo)(?![\p{L}]))/u;
const MIN_REPEATS = 3;

export function dropNoise(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text.length <= 80) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const kept = lines.filter((l) => {
    if (PAGE_NUMBER.test(l.text)) return false;
    if ((counts.get(l.text) ?? 0) < MIN_REPEATS || !HEADER_LIKE.test(l.text)) return true;
    return classify(l.text).kind !== 'text';
  });
  return kept.map((l, index) => ({ ...l, index }));
}
