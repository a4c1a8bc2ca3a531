/**
 * A document's clauses prepared once for the checks: text, lead-in and article heading folded
 * for diacritic-insensitive matching. Phrase matching reuses the rule engine's phrase finder so
 * the checks and the clause rules agree on what a phrase is.
 */
import { phraseFinder, type PhraseFinder } from '../analysis/phrase-finder.ts';
import { prepareText, type PreparedText } from '../analysis/prepared.ts';
import type { DocCheckInput, DocClause } from './types.ts';
import { resultOf } from './types.ts';
import type { ClassifyResult } from '../rules/index.ts';

export type Scanned = {
  clause: DocClause;
  text: PreparedText;
  /** Text plus lead-in: what a reader sees for a point "a)". */
  full: PreparedText;
  /** Article title without its "Điều N." label. */
  title: PreparedText;
  result: ClassifyResult | undefined;
  /** Part of a decision's wrapper (Điều 1–3 of the Quyết định), not of the regulation. */
  wrapper: boolean;
};

const LABEL = /^\s*điều\s+\d+[a-zđ]?\s*[.:]\s*/iu;

export function articleTitle(title: string): string {
  return title.replace(LABEL, '');
}

export function scanDoc(input: DocCheckInput): Scanned[] {
  // A clause whose heading was not carried over takes it from the article list.
  const titles = new Map(input.articles.map((a) => [a.number, a.title]));
  return input.clauses.map((clause) => ({
    clause,
    text: prepareText(clause.text),
    full: prepareText(clause.context ? `${clause.context}\n${clause.text}` : clause.text),
    title: prepareText(
      articleTitle(clause.articleTitle || (titles.get(clause.articleNumber) ?? '')),
    ),
    result: resultOf(input.clauseResults, clause.id),
    wrapper: clause.sectionKind === 'decision',
  }));
}

const cache = new Map<string, PhraseFinder>();

/** A phrase finder built once per phrase list (phrases with marks, patterns over folded text). */
export function finder(phrases: readonly string[], patterns: readonly string[] = []): PhraseFinder {
  const key = JSON.stringify([phrases, patterns]);
  let f = cache.get(key);
  if (!f) {
    f = phraseFinder(phrases, patterns);
    cache.set(key, f);
  }
  return f;
}

/** Clauses of the regulation itself (not the wrapping decision) whose text or lead-in has a hit. */
export function withHit(scanned: readonly Scanned[], f: PhraseFinder): Scanned[] {
  return scanned.filter((s) => !s.wrapper && f.first(s.full) !== undefined);
}

/** Clauses whose article title has a hit. */
export function inArticles(scanned: readonly Scanned[], f: PhraseFinder): Scanned[] {
  return scanned.filter((s) => !s.wrapper && f.first(s.title) !== undefined);
}

export const ids = (list: readonly Scanned[]): string[] => list.map((s) => s.clause.id);
