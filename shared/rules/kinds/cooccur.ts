import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match } from '../context.ts';

/**
 * Every term within one sentence (or the clause), the others within maxGap of the first and,
 * when ordered, after it.
 */
export function* cooccur(
  terms: readonly PhraseFinder[],
  within: 'sentence' | 'clause',
  maxGap: number | undefined,
  ctx: ClauseCtx,
  ordered = false,
): Generator<Match> {
  const [head, ...rest] = terms;
  if (!head) return;
  const p = ctx.text;
  for (const hit of head.all(p)) {
    let [from, to] = within === 'sentence' ? ctx.sentence(hit.span[0]) : [0, p.text.length];
    if (maxGap !== undefined) {
      from = Math.max(from, hit.span[0] - maxGap);
      to = Math.min(to, hit.span[1] + maxGap);
    }
    if (ordered) from = hit.span[1];
    if (rest.every((t) => t.first(p, from, to) !== undefined))
      yield { span: hit.span, source: 'text' };
  }
}
