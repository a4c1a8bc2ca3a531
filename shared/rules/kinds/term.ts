import { phraseFinder, type PhraseFinder } from '../../analysis/phrase-finder.ts';
import type { Term } from '../schema.ts';

/** Compile a pack term: phrases (diacritic-aware) and patterns over folded text. */
export function compileTerm(t: Term): PhraseFinder {
  return phraseFinder(t.phrases ?? [], t.patterns ?? []);
}
