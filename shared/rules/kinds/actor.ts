import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match, Source } from '../context.ts';

/**
 * The clause's actor is a vague group (expect 'vague') or missing (expect 'none'), and, when a
 * duty term is given, the clause sets a duty there.
 */
export function actorMatch(
  expect: 'vague' | 'none',
  sources: readonly Source[],
  duty: PhraseFinder | undefined,
  ctx: ClauseCtx,
): Match | undefined {
  // The duty term is cheap; the actor analysis is not, so look for the duty first.
  const dutyHit = duty ? duty.first(ctx.text) : undefined;
  if (duty && !dutyHit) return undefined;
  const actor = ctx.actor();
  const whole: Match = { span: dutyHit?.span ?? [0, ctx.text.text.length], source: 'text' };
  if (expect === 'none') return actor.kind === 'none' ? whole : undefined;
  if (actor.kind !== 'vague' || actor.agent || !sources.includes(actor.source)) return undefined;
  return actor.source === 'text'
    ? { span: actor.mention.span, source: 'text' }
    : { ...whole, source: actor.source };
}
