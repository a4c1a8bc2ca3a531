/** Clause analysis: rules as data, matched by a closed set of kinds. */
import { createEngine, runEngine, type ClassifyResult, type Engine } from './engine.ts';
import { builtinPacks } from './builtin.ts';
import type { ClauseInput } from './context.ts';

export { createEngine, type ClassifyResult, type Engine, type EngineOverrides } from './engine.ts';
export { builtinPacks, RULES_VERSION } from './builtin.ts';
export { validatePack } from './validate.ts';
export type { ClauseInput } from './context.ts';
export type { Rule, RulePack, Matcher, Term, RuleExample } from './schema.ts';

let defaultEngine: Engine | undefined;

/** The engine of the built-in packs, compiled on first use. */
export function builtinEngine(): Engine {
  return (defaultEngine ??= createEngine(builtinPacks));
}

/** Findings of one clause. The article heading and lead-in inform the actor; spans are in `text`. */
export function classify(input: ClauseInput, engine: Engine = builtinEngine()): ClassifyResult {
  return runEngine(engine, input);
}
