import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match } from '../context.ts';

/**
 * No single lead: the role is left open ("chủ trì hoặc phối hợp", two "chủ trì"), or joint work
 * is set with no one named to lead it, in the clause or its lead-in.
 */
export function leadMatch(
  coordination: PhraseFinder,
  lead: PhraseFinder,
  ambiguous: PhraseFinder | undefined,
  ctx: ClauseCtx,
): Match | undefined {
  const p = ctx.text;
  const open = ambiguous?.first(p);
  if (open) return { span: open.span, source: 'text' };
  const leads = lead.all(p);
  if (leads.length >= 2) {
    const second = leads[1];
    if (second) return { span: second.span, source: 'text' };
  }
  const joint = coordination.first(p);
  if (!joint || leads.length > 0) return undefined;
  if (ctx.context && lead.first(ctx.context)) return undefined;
  return { span: joint.span, source: 'text' };
}
