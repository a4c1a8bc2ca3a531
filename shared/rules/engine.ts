/**
 * An engine is a set of packs compiled once: every phrase list and pattern becomes a RegExp
 * here, so classifying a clause only runs them.
 */
import { AppError } from '../errors.ts';
import type { ClauseFinding, ClauseKind, FindingKind, Severity } from '../model/finding.ts';
import { ALL_KINDS } from '../model/finding.ts';
import { guarded, type Guard } from '../analysis/guards.ts';
import { phraseFinder, type PhraseFinder } from '../analysis/phrase-finder.ts';
import {
  makeContext,
  prepared,
  type ClauseCtx,
  type ClauseInput,
  type Match,
  type Source,
} from './context.ts';
import { compileMatcher, type MatchFn } from './kinds/index.ts';
import type { Rule, RulePack, Term } from './schema.ts';

export type EngineOverrides = { disabled?: string[]; severity?: Record<string, Severity> };

type Skip = {
  text: PhraseFinder | undefined;
  context: PhraseFinder | undefined;
  article: PhraseFinder | undefined;
};

type CompiledRule = {
  rule: Rule;
  /** Index of the rule's pack in `Engine.skips`. */
  pack: number;
  severity: Severity;
  match: MatchFn;
  exception: { finder: PhraseFinder; near: number | undefined } | undefined;
  guards: readonly Guard[];
  unless: Partial<Record<Source, PhraseFinder>>;
};

export type Engine = {
  rules: readonly CompiledRule[];
  skips: readonly Skip[];
  ruleIds: readonly string[];
};

export type ClassifyResult = {
  id: string;
  proc: boolean;
  resp: boolean;
  kinds: FindingKind[];
  findings: ClauseFinding[];
};

function compileRule(rule: Rule, pack: number, severity: Severity): CompiledRule {
  const scope: Source[] = rule.scope ?? ['text'];
  const ex = rule.exceptions;
  const exception =
    ex && ((ex.phrases?.length ?? 0) > 0 || (ex.patterns?.length ?? 0) > 0)
      ? { finder: phraseFinder(ex.phrases ?? [], ex.patterns ?? []), near: ex.near }
      : undefined;
  const unless: Partial<Record<Source, PhraseFinder>> = {};
  for (const source of ['text', 'context', 'article'] as const) {
    const t = rule.unless?.[source];
    if (t) unless[source] = phraseFinder(t.phrases ?? [], t.patterns ?? []);
  }
  return {
    rule,
    pack,
    severity,
    match: compileMatcher(rule.matcher, scope),
    exception,
    guards: rule.guards ?? [],
    unless,
  };
}

/** Compile packs; later packs may not reuse an id. Overrides disable rules or change severity. */
export function createEngine(packs: readonly RulePack[], overrides: EngineOverrides = {}): Engine {
  const disabled = new Set(overrides.disabled ?? []);
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  const skips: Skip[] = [];
  for (const pack of packs) {
    const term = (t: Term | undefined) =>
      t ? phraseFinder(t.phrases ?? [], t.patterns ?? []) : undefined;
    skips.push({
      text: term(pack.skip?.text),
      context: term(pack.skip?.context),
      article: term(pack.skip?.article),
    });
    for (const rule of pack.rules) {
      if (seen.has(rule.id))
        throw new AppError('rules.invalid', `${pack.pack}: mã quy tắc "${rule.id}" bị trùng`);
      seen.add(rule.id);
      if (disabled.has(rule.id) || rule.enabled === false) continue;
      rules.push(
        compileRule(rule, skips.length - 1, overrides.severity?.[rule.id] ?? rule.severity),
      );
    }
  }
  return { rules, skips, ruleIds: [...seen] };
}

function excepted(c: CompiledRule, m: Match, ctx: ClauseCtx): boolean {
  if (!c.exception) return false;
  const p = prepared(ctx, m.source);
  if (!p) return false;
  const [ms, me] = m.span;
  // An exception is about the words around the match: one inside the matched words ("kinh phí"
  // within "đóng góp kinh phí") does not silence it.
  const around = (h: { span: [number, number] }) =>
    !(h.span[0] >= ms && h.span[1] <= me && h.span[1] - h.span[0] < me - ms);
  const near = c.exception.near;
  if (near === undefined) {
    const [from, to] = m.source === 'text' ? ctx.sentence(ms) : [0, p.text.length];
    return c.exception.finder.all(p, from, to).some(around);
  }
  // An exception counts when it overlaps the match or ends or starts within `near` of it.
  const from = Math.max(0, ms - near - 80);
  const to = Math.min(p.text.length, me + near + 80);
  return c.exception.finder
    .all(p, from, to)
    .some((h) => around(h) && h.span[1] >= ms - near && h.span[0] <= me + near);
}

function silenced(c: CompiledRule, ctx: ClauseCtx): boolean {
  for (const source of ['text', 'context', 'article'] as const) {
    const f = c.unless[source];
    const p = prepared(ctx, source);
    if (f && p && f.first(p) !== undefined) return true;
  }
  return false;
}

function explained(c: CompiledRule, m: Match, ctx: ClauseCtx): boolean {
  if (c.guards.length === 0) return false;
  const p = prepared(ctx, m.source);
  return p !== undefined && c.guards.some((g) => guarded(g, p, m.span));
}

function fill(template: string, matched: string): string {
  return template.replaceAll('{matched}', matched);
}

function finding(c: CompiledRule, m: Match, ctx: ClauseCtx): ClauseFinding {
  const t = ctx.text;
  // A match in the lead-in or heading concerns the whole clause.
  const [s, e] = m.source === 'text' ? m.span : [0, t.text.length];
  const start = t.toSource(s);
  const end = t.toSource(e);
  const matched =
    m.source === 'text'
      ? t.source.slice(start, end)
      : (prepared(ctx, m.source)?.text.slice(...m.span) ?? '');
  const { rule } = c;
  const f: ClauseFinding = {
    rule: rule.id,
    kind: rule.kind,
    severity: c.severity,
    span: [start, end],
    matched,
    message: rule.message,
    explanation: rule.explanation,
    directiveRef: rule.directive,
  };
  if (rule.suggestion)
    f.suggestion = { vi: fill(rule.suggestion.vi, matched), en: fill(rule.suggestion.en, matched) };
  return f;
}

const ORDER = new Map<FindingKind, number>(ALL_KINDS.map((k, i) => [k, i]));

/** Run every rule of the engine on one clause. */
export function runEngine(engine: Engine, input: ClauseInput): ClassifyResult {
  const ctx = makeContext(input);
  const findings: ClauseFinding[] = [];
  const kinds = new Set<ClauseKind>();
  const skipped = engine.skips.map(
    (s) =>
      (s.text?.first(ctx.text) ??
        (ctx.context && s.context?.first(ctx.context)) ??
        (ctx.article && s.article?.first(ctx.article))) !== undefined,
  );
  for (const c of engine.rules) {
    if (skipped[c.pack] || silenced(c, ctx)) continue;
    for (const m of c.match(ctx)) {
      if (excepted(c, m, ctx) || explained(c, m, ctx)) continue;
      findings.push(finding(c, m, ctx));
      kinds.add(c.rule.kind);
      break;
    }
  }
  const sorted = [...kinds].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
  findings.sort(
    (a, b) => a.span[0] - b.span[0] || (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0),
  );
  return {
    id: input.id,
    proc: sorted.some((k) => k.startsWith('PROC.')),
    resp: sorted.some((k) => k.startsWith('RESP.')),
    kinds: sorted,
    findings,
  };
}
