/**
 * DOC.coordination_without_deadline: consultations ("lấy ý kiến", "đề nghị … có ý kiến") and
 * coordination duties ("phối hợp") with no reply time limit, and a document that never says what
 * silence means ("quá thời hạn mà không có ý kiến thì được xem là đồng ý"). "Phối hợp" counts
 * only where the article is about working relations or the whole document is a coordination
 * regulation: elsewhere it is mostly a general duty, which C6's clause findings cover.
 */
import { parseTimeExpressions } from '../analysis/time-expr.ts';
import type { DocType } from '../model/document.ts';
import { docFinding } from './messages.ts';
import { finder, ids, type Scanned } from './scan.ts';
import type { DocFinding } from './types.ts';

const consult = finder(
  [
    'lấy ý kiến',
    'xin ý kiến',
    'cho ý kiến',
    'tham gia ý kiến',
    'ý kiến tham gia',
    'góp ý',
    'ý kiến góp ý',
  ],
  [String.raw`\bde nghi\b[^.;]{0,80}\bco y kien\b`, String.raw`\bgui\b[^.;]{0,80}\bcho y kien\b`],
);
const cooperate = finder(['phối hợp']);
const relationTitle = finder(['phối hợp', 'quan hệ', 'lấy ý kiến', 'ý kiến']);
/** Principles and scope describe coordination; they do not order one. */
const generalTitle = finder([
  'nguyên tắc',
  'mục đích',
  'phạm vi',
  'đối tượng',
  'giải thích',
  'yêu cầu',
]);
const NO_REPLY = String.raw`\b(?:khong|chua)(?: hoac khong)? (?:co y kien|tra loi|phan hoi|gop y|cung cap|gui y kien|co van ban)\b`;
const AGREED = String.raw`\b(?:xem|coi)(?: nhu| la)+ (?:da )?(?:dong y|thong nhat|nhat tri|chap thuan)\b`;
/** What silence means: agreement, or the silent party answers for it. */
const silence = finder([], [AGREED, String.raw`${NO_REPLY}[^.;]{0,160}\bchiu trach nhiem\b`]);
/** A rule that every request must carry its own reply deadline counts as a deadline. */
const setsDeadline = finder(
  [],
  [String.raw`\b(?:phai co|phai ghi|ghi ro|neu ro|xac dinh ro|quy dinh ro) thoi (?:han|gian)\b`],
);

function isCoordination(s: Scanned, docKind: DocType): boolean {
  if (s.wrapper || generalTitle.first(s.title)) return false;
  if (consult.first(s.full)) return true;
  if (!cooperate.first(s.text)) return false;
  return docKind === 'quy_che_phoi_hop' || relationTitle.first(s.title) !== undefined;
}

function hasDeadline(s: Scanned): boolean {
  if (setsDeadline.first(s.full)) return true;
  return parseTimeExpressions(s.full).some((e) => e.relation !== 'plain');
}

/** A khoản and its points are one coordination: a deadline in any of them covers all. */
const unitOf = (s: Scanned): string => `${s.clause.articleNumber}/${s.clause.clauseNumber}`;

export function checkCoordination(scanned: readonly Scanned[], docKind: DocType): DocFinding[] {
  const coordination = scanned.filter((s) => isCoordination(s, docKind));
  if (coordination.length === 0) return [];
  const out: DocFinding[] = [];
  const timed = new Set(scanned.filter((s) => !s.wrapper && hasDeadline(s)).map(unitOf));
  const late = coordination.filter((s) => !timed.has(unitOf(s)));
  if (late.length > 0) out.push(docFinding('co_no_deadline', ids(late)));
  const silent = scanned.some((s) => !s.wrapper && silence.first(s.full));
  if (!silent) out.push(docFinding('co_no_silence', ids(coordination)));
  return out;
}
