/** The closed set of matcher kinds: each pack matcher compiles once into a function of a clause. */
import { phraseFinder } from '../../analysis/phrase-finder.ts';
import type { ClauseCtx, Match, Source } from '../context.ts';
import type { Matcher } from '../schema.ts';
import { absence } from './absence.ts';
import { actorMatch } from './actor.ts';
import { citationMatch } from './citation.ts';
import { cooccur } from './cooccur.ts';
import { leadMatch } from './lead.ts';
import { hitsIn } from './phrase.ts';
import { compileTerm } from './term.ts';
import { timeMatch } from './time.ts';

/** Candidate matches, best first; the engine takes the first one no exception silences. */
export type MatchFn = (ctx: ClauseCtx) => Iterable<Match>;

const one = (m: Match | undefined): Match[] => (m ? [m] : []);

const ALL_SOURCES: readonly Source[] = ['text', 'context', 'article'];

export function compileMatcher(m: Matcher, scope: readonly Source[]): MatchFn {
  switch (m.type) {
    case 'phrase': {
      const f = phraseFinder(m.phrases);
      return (ctx) => hitsIn(f, ctx, scope);
    }
    case 'regex': {
      const f = phraseFinder([], m.patterns);
      return (ctx) => hitsIn(f, ctx, scope);
    }
    case 'cooccur': {
      const terms = m.all.map(compileTerm);
      const within = m.within ?? 'sentence';
      return (ctx) => cooccur(terms, within, m.maxGap, ctx, m.ordered ?? false);
    }
    case 'absence': {
      const trigger = compileTerm(m.trigger);
      const absent = compileTerm(m.absent);
      const opts = {
        within: m.within ?? 'clause',
        near: m.near,
        withContext: m.withContext ?? false,
      };
      return (ctx) => absence(trigger, absent, opts, ctx);
    }
    case 'actor': {
      const duty = m.duty ? compileTerm(m.duty) : undefined;
      const sources = m.sources ?? ALL_SOURCES;
      return (ctx) => one(actorMatch(m.expect, sources, duty, ctx));
    }
    case 'lead': {
      const coordination = compileTerm(m.coordination);
      const lead = compileTerm(m.lead);
      const ambiguous = m.ambiguous ? compileTerm(m.ambiguous) : undefined;
      return (ctx) => one(leadMatch(coordination, lead, ambiguous, ctx));
    }
    case 'time': {
      const sources = m.sources ?? scope;
      return (ctx) => timeMatch(m.relations, m.units, m.plainAlone ?? false, sources, ctx);
    }
    case 'citation': {
      const trigger = compileTerm(m.trigger);
      const cited = compileTerm(m.cited);
      const window = m.window ?? 80;
      return (ctx) => citationMatch(trigger, cited, window, ctx);
    }
    default: {
      const never: never = m;
      throw new Error(`unknown matcher ${JSON.stringify(never)}`);
    }
  }
}
