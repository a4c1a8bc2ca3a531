import type { TimeExpr, TimeUnit } from '../../analysis/time-expr.ts';
import { prepared, type ClauseCtx, type Match, type Source } from '../context.ts';

export type TimeRelationOrDate = TimeExpr['relation'] | 'date';

function alone(text: string, e: TimeExpr): boolean {
  const lineStart = text.lastIndexOf('\n', e.span[0] - 1) + 1;
  let lineEnd = text.indexOf('\n', e.span[1]);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(lineStart, e.span[0]) + text.slice(e.span[1], lineEnd);
  return /^[\s.,;:()-]*$/u.test(rest);
}

/** A time expression of the wanted relations and units, in the clause or an allowed source. */
export function* timeMatch(
  relations: readonly TimeRelationOrDate[],
  units: readonly TimeUnit[] | undefined,
  plainAlone: boolean,
  sources: readonly Source[],
  ctx: ClauseCtx,
): Generator<Match> {
  for (const source of sources) {
    const p = prepared(ctx, source);
    if (!p) continue;
    for (const e of ctx.times(source)) {
      // A calendar date is a deadline only with a marker ("trước ngày …"); a bare date is not.
      const rel: TimeRelationOrDate = e.date && e.relation !== 'plain' ? 'date' : e.relation;
      if (e.date && rel !== 'date') continue;
      if (!relations.includes(rel)) continue;
      if (units && e.unit && !units.includes(e.unit)) continue;
      if (rel === 'plain' && plainAlone && !alone(p.text, e)) continue;
      yield { span: e.span, source };
    }
  }
}
