import type { PhraseFinder } from '../../analysis/phrase-finder.ts';
import { prepared, type ClauseCtx, type Match, type Source } from '../context.ts';

/** Hits of a finder, in the clause text first, then in the other allowed sources. */
export function* hitsIn(
  finder: PhraseFinder,
  ctx: ClauseCtx,
  sources: readonly Source[],
): Generator<Match> {
  for (const source of sources) {
    const p = prepared(ctx, source);
    if (!p) continue;
    for (const hit of finder.all(p)) yield { span: hit.span, source };
  }
}
