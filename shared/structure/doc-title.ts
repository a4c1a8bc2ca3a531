/**
 * The title block of a document or of an attached instrument: the type word ("QUYẾT ĐỊNH",
 * "QUY CHẾ"), the trích yếu lines after it, and the "(Ban hành kèm theo …)" note.
 */
import { classify } from './markers.ts';
import { isMostlyUpper, type Line } from './lines.ts';

/** Longest first, so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ". */
export const DOC_WORDS = [
  'NGHỊ QUYẾT LIÊN TỊCH',
  'THÔNG TƯ LIÊN TỊCH',
  'CHƯƠNG TRÌNH',
  'QUYẾT ĐỊNH',
  'NGHỊ QUYẾT',
  'NGHỊ ĐỊNH',
  'QUY TRÌNH',
  'HƯỚNG DẪN',
  'PHƯƠNG ÁN',
  'THÔNG BÁO',
  'KẾ HOẠCH',
  'THÔNG TƯ',
  'QUY ĐỊNH',
  'DANH MỤC',
  'ĐIỀU LỆ',
  'CHỈ THỊ',
  'NỘI QUY',
  'QUY CHẾ',
  'ĐỀ ÁN',
] as const;
export type DocWord = (typeof DOC_WORDS)[number];

/** Instruments a decision issues and attaches ("QUY CHẾ … (Ban hành kèm theo Quyết định …)"). */
export const INSTRUMENT_WORDS: ReadonlySet<DocWord> = new Set<DocWord>([
  'QUY CHẾ',
  'QUY ĐỊNH',
  'QUY TRÌNH',
  'ĐIỀU LỆ',
  'NỘI QUY',
  'KẾ HOẠCH',
  'HƯỚNG DẪN',
  'PHƯƠNG ÁN',
  'ĐỀ ÁN',
  'CHƯƠNG TRÌNH',
  'DANH MỤC',
]);

export const ATTACH_NOTE = /^\(?\s*(?:Ban hành|ban hành|BAN HÀNH)?\s*(?:kèm|Kèm|KÈM)\s+theo\b/u;
const AUTHORITY =
  /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|CHỦ TỊCH|PHÓ CHỦ TỊCH|BỘ TRƯỞNG|THỦ TRƯỞNG|TRƯỞNG BAN|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BAN BÍ THƯ|BỘ CHÍNH TRỊ|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|HIỆU TRƯỞNG|CHÁNH VĂN PHÒNG|TỔNG KIỂM TOÁN|THỐNG ĐỐC|ỦY BAN THƯỜNG VỤ)(?![\p{L}])/u;
const PREAMBLE_START =
  /^[-–]?\s*(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện|Trên cơ sở)(?![\p{L}\p{N}])/u;

export function isAuthorityLine(text: string): boolean {
  return AUTHORITY.test(text) && isMostlyUpper(text);
}

export type DocTitleMatch = { word: DocWord; rest: string; restOffset: number };

/** "QUYẾT ĐỊNH", "NGHỊ ĐỊNHVề …", "QUY CHẾ PHỐI HỢP …"; not the enacting "QUYẾT ĐỊNH:". */
export function matchDocTitle(text: string): DocTitleMatch | null {
  for (const word of DOC_WORDS) {
    if (!text.startsWith(word)) continue;
    const after = text.slice(word.length);
    if (/^\s*:/.test(after)) return null;
    if (after !== '' && /^\p{L}/u.test(after) && isMostlyUpper(after.slice(0, 3))) continue;
    const lead = /^\s*/.exec(after)?.[0].length ?? 0;
    return { word, rest: after.slice(lead), restOffset: word.length + lead };
  }
  return null;
}

export type TitleBlock = {
  word: DocWord;
  /** The trích yếu as written, lines joined with one space. */
  summary: string;
  first: number;
  /** Last line of the block, the attach note included. */
  last: number;
  /** The "(Ban hành kèm theo …)" line, when there is one. */
  attachLine?: number;
};

function stopsSummary(text: string): boolean {
  const k = classify(text).kind;
  if (k !== 'text') return true;
  // A lone type word ("QUYẾT ĐỊNH:" before Điều 1) ends it; "QUY ĐỊNH CHỨC NĂNG …" is a summary line.
  const loneWord =
    DOC_WORDS.some((w) => text === w || text === `${w}:`) || /QUYẾT ĐỊNH\s*:?$/u.test(text);
  return loneWord || PREAMBLE_START.test(text) || isAuthorityLine(text) || ATTACH_NOTE.test(text);
}

/** Reads the title block that starts at line `first` (which must match {@link matchDocTitle}). */
export function readTitleBlock(lines: Line[], first: number): TitleBlock | null {
  const head = lines[first];
  const m = head ? matchDocTitle(head.text) : null;
  if (!head || !m) return null;
  const parts: string[] = m.rest ? [m.rest] : [];
  let last = first;
  const upper = m.rest ? isMostlyUpper(m.rest) : undefined;
  for (let j = first + 1; j < lines.length && j <= first + 4; j++) {
    const t = lines[j]?.text ?? '';
    if (t === parts[parts.length - 1]) {
      last = j; // a converter's duplicate of a glued title ("NGHỊ ĐỊNHVề …" then "Về …")
      continue;
    }
    if (stopsSummary(t) || t.length > 400) break;
    const lineUpper = isMostlyUpper(t);
    if (parts.length > 0 && upper !== undefined && lineUpper !== upper && !/^\p{Ll}/u.test(t))
      break;
    parts.push(t);
    last = j;
  }
  const block: TitleBlock = { word: m.word, summary: parts.join(' ').trim(), first, last };
  const next = lines[last + 1];
  if (next && ATTACH_NOTE.test(next.text)) {
    block.last = last + 1;
    block.attachLine = last + 1;
  }
  return block;
}
