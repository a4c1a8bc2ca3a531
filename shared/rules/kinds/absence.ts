import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match } from '../context.ts';

/** A trigger with no sign of what should come with it (a period for "định kỳ", for instance). */
export function* absence(
  trigger: PhraseFinder,
  absent: PhraseFinder,
  opts: { within: 'sentence' | 'clause'; near: number | undefined; withContext: boolean },
  ctx: ClauseCtx,
): Generator<Match> {
  const p = ctx.text;
  if (opts.withContext) {
    if (ctx.context && absent.first(ctx.context)) return;
    if (ctx.article && absent.first(ctx.article)) return;
  }
  for (const hit of trigger.all(p)) {
    let [from, to] = opts.within === 'sentence' ? ctx.sentence(hit.span[0]) : [0, p.text.length];
    if (opts.near !== undefined) {
      from = Math.max(from, hit.span[0] - opts.near);
      to = Math.min(to, hit.span[1] + opts.near);
    }
    if (!absent.first(p, from, to)) yield { span: hit.span, source: 'text' };
  }
}
