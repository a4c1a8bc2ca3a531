import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match } from '../context.ts';

/** "theo quy định" with nothing after it that says which rule (a document, an article). */
export function* citationMatch(
  trigger: PhraseFinder,
  cited: PhraseFinder,
  window: number,
  ctx: ClauseCtx,
): Generator<Match> {
  const p = ctx.text;
  for (const hit of trigger.all(p)) {
    const stop = /[;.\n]/.exec(p.text.slice(hit.span[1], hit.span[1] + window));
    const to = stop ? hit.span[1] + stop.index : Math.min(p.text.length, hit.span[1] + window);
    if (!cited.first(p, hit.span[1], to)) yield { span: hit.span, source: 'text' };
  }
}
