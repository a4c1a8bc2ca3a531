/**
 * One clause as the matchers see it: its text, lead-in and heading prepared once, and the
 * analyses several rules share (actor, time expressions, sentence bounds) computed on first use.
 */
import { detectActor, type ClauseActor } from '../analysis/actor.ts';
import { prepareText, type PreparedText } from '../analysis/prepared.ts';
import { parseTimeExpressions, type TimeExpr } from '../analysis/time-expr.ts';

export type ClauseInput = { id: string; text: string; article?: string; context?: string };
export type Source = 'text' | 'context' | 'article';

export type ClauseCtx = {
  text: PreparedText;
  context: PreparedText | undefined;
  article: PreparedText | undefined;
  actor: () => ClauseActor;
  times: (source: Source) => TimeExpr[];
  /** [start, end) of the sentence (split at . ; ! ? and line breaks) around an offset. */
  sentence: (offset: number) => [number, number];
};

/** A matcher's answer: where, and in which of the three texts. */
export type Match = { span: [number, number]; source: Source };

const STOP = /[.;!?](?=\s|$)|\n/g;

function bounds(text: string): number[] {
  const cuts = [0];
  for (const m of text.matchAll(STOP)) cuts.push(m.index + 1);
  cuts.push(text.length);
  return cuts;
}

// Headings and lead-ins repeat across the clauses of one article: prepare each once.
const shared = new Map<string, PreparedText>();

function preparedShared(s: string): PreparedText {
  let p = shared.get(s);
  if (!p) {
    if (shared.size >= 512) shared.clear();
    p = prepareText(s);
    shared.set(s, p);
  }
  return p;
}

export function makeContext(input: ClauseInput): ClauseCtx {
  const text = prepareText(input.text);
  const context = input.context ? preparedShared(input.context) : undefined;
  const article = input.article ? preparedShared(input.article) : undefined;
  let actor: ClauseActor | undefined;
  const times = new Map<Source, TimeExpr[]>();
  let cuts: number[] | undefined;
  return {
    text,
    context,
    article,
    actor: () => (actor ??= detectActor({ text, context, article })),
    times: (source) => {
      let t = times.get(source);
      if (!t) {
        const p = source === 'text' ? text : source === 'context' ? context : article;
        t = p ? parseTimeExpressions(p) : [];
        times.set(source, t);
      }
      return t;
    },
    sentence: (offset) => {
      cuts ??= bounds(text.text);
      let lo = 0;
      for (let i = 0; i < cuts.length - 1; i++) {
        const a = cuts[i] ?? 0;
        const b = cuts[i + 1] ?? text.text.length;
        if (offset >= a && offset < b) return [a, b];
        lo = b;
      }
      return [lo, text.text.length];
    },
  };
}

export function prepared(ctx: ClauseCtx, source: Source): PreparedText | undefined {
  return source === 'text' ? ctx.text : source === 'context' ? ctx.context : ctx.article;
}
