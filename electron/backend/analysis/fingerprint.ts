import { createHash } from 'node:crypto';
import { fold } from '../../../shared/text/index.ts';

/**
 * Identity of a finding across re-analysis and new versions: the rule, the kind, the clause text
 * and the matched words (folded, so a re-typed diacritic does not orphan a decision), and which
 * occurrence it is when the same words match twice in one clause.
 */
export function findingFingerprint(p: {
  rule: string;
  kind: string;
  clauseText: string;
  matched: string;
  occurrence: number;
}): string {
  return createHash('sha256')
    .update(
      [p.rule, p.kind, fold(p.clauseText.trim()), fold(p.matched), String(p.occurrence)].join(
        '\u241f',
      ),
    )
    .digest('hex')
    .slice(0, 32);
}
