/**
 * Legal bases: each "Căn cứ …;" line becomes one Citation per document it names ("Căn cứ Luật A
 * số …; Luật B số …;" names two).
 */
import type { Citation } from '../model/document.ts';
import { findDate } from './dates.ts';

const TYPES =
  'Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|Kết luận|Quy định|Quy chế|Điều lệ|Hướng dẫn|Công văn|Văn bản|Kế hoạch|Thông báo|Chương trình|Đề án';
const TYPE_AT_START = new RegExp(`^(${TYPES})(?![\\p{L}])`, 'u');
const SPLIT = new RegExp(`;\\s*(?=(?:${TYPES})(?![\\p{L}]))`, 'u');
const NUMBER_AFTER_SO = /(?<![\p{L}])số\s*:?\s*(\d+(?:\s?[/-]\s?[\p{L}\d.]+)+)/u;
const NUMBER_BARE = /(?:^|\s)(\d+(?:\/[\p{L}\d.]+){1,}(?:-[\p{L}\d/]+)*)/u;
const LAW_LIKE = new Set(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh']);
const LAW_NAME_END = /\s+(?:số\s*:?\s*\d|ngày\s*\d|năm\s+\d|đã được|được sửa đổi)|[;(]|\.$|$/u;
const TOPIC =
  /(?<![\p{L}])(?:về|quy định|hướng dẫn|ban hành|sửa đổi|phê duyệt|thành lập|Về|Quy định|Hướng dẫn|Sửa đổi|Ban hành)\s.*$/u;
export const CAN_CU = /^[-–]?\s*Căn cứ\s+/u;

function cleanNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/[.,;]+$/, '');
}

function parsePart(part: string): Citation {
  const text = part.trim().replace(/[;.,]+$/, '');
  const c: Citation = { text };
  const type = TYPE_AT_START.exec(text)?.[1];
  if (type) c.docType = type;
  // A number names its issuer ("64/2025/QH15"); "16/6/2025" is a date.
  const num = [NUMBER_AFTER_SO.exec(text)?.[1], NUMBER_BARE.exec(text)?.[1]].find(
    (n) => n && /\p{L}/u.test(n),
  );
  if (num) c.number = cleanNumber(num);
  const date = findDate(text);
  if (date) c.date = date;
  if (type && LAW_LIKE.has(type)) {
    const end = LAW_NAME_END.exec(text.slice(type.length));
    c.title = text.slice(0, type.length + (end?.index ?? text.length)).trim();
  } else {
    const after = /của\s+(.*)$/u.exec(text)?.[1] ?? text;
    const topic = TOPIC.exec(after)?.[0];
    if (topic) c.title = topic.trim();
  }
  return c;
}

/** Citations named in one "Căn cứ …" line (the words "Căn cứ" and a leading dash may be present). */
export function parseCitations(line: string): Citation[] {
  const body = line.replace(CAN_CU, '').trim();
  if (!body) return [];
  return body
    .split(SPLIT)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(parsePart);
}
