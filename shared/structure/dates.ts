/** Vietnamese dates ("ngày 24 tháng 11 năm 2025", "ngày 05/12/2025") to ISO yyyy-mm-dd. */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function toIso(day: number, month: number, year: number): string | undefined {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12)) return undefined;
  const max = DAYS_IN_MONTH[month - 1] ?? 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day < 1 || day > (month === 2 && !leap ? 28 : max)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WORDS = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
const NUMERIC = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;

/** The first date written after "ngày" in either form. */
export function findDate(s: string): string | undefined {
  const w = WORDS.exec(s);
  const n = NUMERIC.exec(s);
  const m = w && n ? (w.index <= n.index ? w : n) : (w ?? n);
  if (!m) return undefined;
  return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The place-and-date line of a header ("Nghệ An, ngày 24 tháng 11 năm 2025"), also when glued. */
const HEADER_DATE =
  /(?:^|_|phúc\s*)\s*(\p{L}[\p{L}.' ]{1,40}?)\s*,\s*(ngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm|[/.-]\s*\d{1,2}\s*[/.-])\s*\d{4})/u;

export function headerDate(s: string): string | undefined {
  const m = HEADER_DATE.exec(s);
  return m?.[2] ? findDate(m[2]) : undefined;
}
