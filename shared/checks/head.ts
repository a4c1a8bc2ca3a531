/**
 * DOC.no_head_responsibility: an article (or clause) sets the head's authority and
 * accountability, including for the unit's delays (directive 2.2 "nhất là trách nhiệm người
 * đứng đầu", section 4 "chịu trách nhiệm cao nhất khi … chậm trễ").
 */
import { bodyStart } from '../analysis/actor.ts';
import type { PreparedText } from '../analysis/prepared.ts';
import { docFinding } from './messages.ts';
import { finder, ids, type Scanned } from './scan.ts';
import type { DocFinding } from './types.ts';

/** Titles of the person at the head of a unit; deputies ("Phó …") are filtered out below. */
export const HEAD_TITLES = [
  'người đứng đầu',
  'thủ trưởng',
  'giám đốc',
  'tổng giám đốc',
  'chủ tịch',
  'trưởng ban',
  'cục trưởng',
  'tổng cục trưởng',
  'vụ trưởng',
  'chi cục trưởng',
  'chánh văn phòng',
  'chánh thanh tra',
  'hiệu trưởng',
  'viện trưởng',
  'bộ trưởng',
];

const heads = finder(HEAD_TITLES);
const duty = finder(['trách nhiệm', 'nhiệm vụ', 'quyền hạn', 'thẩm quyền', 'chức trách']);
const account = finder(['chịu trách nhiệm', 'trách nhiệm giải trình']);
const delay = finder(
  ['chậm trễ', 'chậm tiến độ', 'trễ hạn', 'quá hạn', 'tiến độ', 'né tránh', 'đùn đẩy'],
  [String.raw`\bkhong hoan thanh\b`],
);

/** Hits of a head title that are not a deputy ("Phó Giám đốc") or the regime ("chế độ thủ trưởng"). */
export function headHits(p: PreparedText, from = 0, to = p.text.length): [number, number][] {
  return heads
    .all(p, from, to)
    .filter(
      (h) =>
        !/(?:pho|che do(?: mot)?)\s+$/.test(p.folded.slice(Math.max(0, h.span[0] - 12), h.span[0])),
    )
    .map((h) => h.span);
}

function isHeadClause(s: Scanned): boolean {
  if (s.wrapper) return false;
  if (headHits(s.title).length > 0 && duty.first(s.title)) return true;
  // "Giám đốc Sở chịu trách nhiệm …": the head is the clause's subject.
  const start = bodyStart(s.text.text);
  return headHits(s.text, start, start + 40).some(([a]) => a === start);
}

/** Clauses that set something for the head: in a head's article, or with the head as subject. */
export function headClauses(scanned: readonly Scanned[]): Scanned[] {
  return scanned.filter(isHeadClause);
}

export function checkHeadResponsibility(scanned: readonly Scanned[]): DocFinding[] {
  const head = headClauses(scanned);
  if (head.length === 0) return [docFinding('head_missing', [])];
  const articleNumber = head[0]?.clause.articleNumber;
  const at = articleNumber !== undefined ? { articleNumber } : {};
  const accountable = head.filter((s) => account.first(s.full));
  if (accountable.length === 0) return [docFinding('head_no_account', ids(head), at)];
  if (!head.some((s) => delay.first(s.full)))
    return [docFinding('head_no_delay', ids(accountable), at)];
  return [];
}
