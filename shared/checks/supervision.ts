/**
 * DOC.no_supervision: the document sets follow-up of subordinates' tasks (theo dõi, kiểm tra,
 * đôn đốc; directive 3(10)) and consequences for delay or avoidance (kiểm điểm, xử lý trách
 * nhiệm; section 4). Either half missing is a finding; both missing is a graver one.
 */
import { docFinding } from './messages.ts';
import { finder, inArticles, withHit, type Scanned } from './scan.ts';
import type { PhraseFinder } from '../analysis/phrase-finder.ts';
import type { DocFinding } from './types.ts';

const follow = finder(
  [
    'đôn đốc',
    'kiểm tra việc thực hiện',
    'kiểm tra, giám sát',
    'theo dõi, kiểm tra',
    'giám sát việc thực hiện',
  ],
  [String.raw`\bkiem tra\b[^.;]{0,60}\b(?:tien do|ket qua thuc hien|viec thuc hien|nhiem vu)\b`],
);
const consequence = finder(
  [
    'xử lý trách nhiệm',
    'xử lý vi phạm',
    'xử lý kỷ luật',
    'xem xét kỷ luật',
    'bị xử lý',
    'kiểm điểm',
    'truy cứu trách nhiệm',
    'không xét thi đua',
    'không được xét thi đua',
  ],
  [
    String.raw`\bchiu trach nhiem\b[^.;]{0,80}\b(?:cham tre|tre han|qua han|ne tranh|dun day|khong hoan thanh)\b`,
  ],
);

export function checkSupervision(scanned: readonly Scanned[]): DocFinding[] {
  const any = (f: PhraseFinder) => withHit(scanned, f).length + inArticles(scanned, f).length > 0;
  const followed = any(follow);
  const answered = any(consequence);
  if (!followed && !answered) return [docFinding('sup_missing', [])];
  if (!answered) return [docFinding('sup_no_consequence', [])];
  if (!followed) return [docFinding('sup_no_check', [])];
  return [];
}
