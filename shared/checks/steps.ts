/**
 * DOC.step_without_owner: steps of a work process that name no responsible position. A step is
 * a clause of a process article ("Trình tự …", "Quy trình …", "Các bước …") or any clause the
 * rules found to impose a procedure; it lacks an owner when the clause rules say so
 * (RESP.no_actor, RESP.vague_actor) or, inside a process article, when actor detection finds
 * no one or only a vague group. A "Bước 2:" label is cut off first: it sits where the subject
 * should be, so the clause rules see no actor behind it.
 */
import { detectActor } from '../analysis/actor.ts';
import type { FindingKind } from '../model/finding.ts';
import { docFinding } from './messages.ts';
import { finder, type Scanned } from './scan.ts';
import type { DocFinding } from './types.ts';

const processTitle = finder(
  [
    'trình tự',
    'quy trình',
    'các bước',
    'thủ tục',
    'cách thức thực hiện',
    'tiếp nhận và xử lý',
    'luân chuyển',
  ],
  [String.raw`\bbuoc \d`],
);
/** "Bước 2:" (after an optional "1." label) hides the subject from actor detection: cut it off. */
const STEP_LABEL = /^\s*(?:\d+\.\s*)?bước\s+\d+[a-z]?\s*[:.)–-]?\s*/iu;
const OWNERLESS: readonly FindingKind[] = ['RESP.no_actor', 'RESP.vague_actor'];

function isProcessClause(s: Scanned): boolean {
  return processTitle.first(s.title) !== undefined || STEP_LABEL.test(s.text.text);
}

function ownerless(s: Scanned, inProcess: boolean): boolean {
  // A lead-in ("Quy trình gồm các bước sau:") hands its work to the items that follow.
  if (/:\s*$/.test(s.text.text)) return false;
  const step = STEP_LABEL.exec(s.text.text);
  if (!step && s.result?.kinds.some((k) => OWNERLESS.includes(k)))
    return inProcess || s.result.proc;
  if (!inProcess) return false;
  const actor = detectActor({
    text: step ? s.text.text.slice(step[0].length) : s.text,
    ...(s.clause.context ? { context: s.clause.context } : {}),
    article: s.clause.articleTitle,
  });
  return actor.kind === 'none' || actor.kind === 'vague';
}

export function checkStepOwners(scanned: readonly Scanned[]): DocFinding[] {
  const byArticle = new Map<string, string[]>();
  for (const s of scanned) {
    if (s.wrapper || !ownerless(s, isProcessClause(s))) continue;
    const list = byArticle.get(s.clause.articleNumber) ?? [];
    list.push(s.clause.id);
    byArticle.set(s.clause.articleNumber, list);
  }
  return [...byArticle].map(([articleNumber, evidence]) =>
    docFinding('step_owner', evidence, { articleNumber }),
  );
}
