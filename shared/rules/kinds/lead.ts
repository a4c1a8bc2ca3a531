import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match } from '../context.ts';

/**
 * No single lead: the role is left open ("chủ trì hoặc phối hợp", "cùng chủ trì"), or joint work
 * is set with no one named to lead it, in the clause or its lead-in. Two leads of two different
 * tasks in one clause are not flagged: the guide's two-lead case is the shared lead ("cùng chủ trì").
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
  const joint = coordination.first(p);
  if (!joint) return undefined;
  if (lead.first(p) !== undefined) return undefined;
  if (ctx.context && lead.first(ctx.context)) return undefined;
  return { span: joint.span, source: 'text' };
}
