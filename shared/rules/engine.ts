/**
 * An engine is a set of packs compiled once: every phrase list and pattern becomes a RegExp
 * here, so classifying a clause only runs them.
 */
import { AppError } from '../errors.ts';
import type { ClauseFinding, ClauseKind, FindingKind, Severity } from '../model/finding.ts';
import { ALL_KINDS } from '../model/finding.ts';
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

type Skip = { text: PhraseFinder | undefined; article: PhraseFinder | undefined };

type CompiledRule = {
  rule: Rule;
  /** Index of the rule's pack in `Engine.skips`. */
  pack: number;
  severity: Severity;
  match: MatchFn;
  exception: { finder: PhraseFinder; near: number | undefined } | undefined;
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
  return { rule, pack, severity, match: compileMatcher(rule.matcher, scope), exception };
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
    skips.push({ text: term(pack.skip?.text), article: term(pack.skip?.article) });
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
  const near = c.exception.near;
  if (near === undefined) {
    const [from, to] = m.source === 'text' ? ctx.sentence(m.span[0]) : [0, p.text.length];
    return c.exception.finder.first(p, from, to) !== undefined;
  }
  // An exception counts when it overlaps the match or ends or starts within `near` of it.
  const from = Math.max(0, m.span[0] - near - 80);
  const to = Math.min(p.text.length, m.span[1] + near + 80);
  return c.exception.finder
    .all(p, from, to)
    .some((h) => h.span[1] >= m.span[0] - near && h.span[0] <= m.span[1] + near);
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
      (s.text?.first(ctx.text) ?? (ctx.article && s.article?.first(ctx.article))) !== undefined,
  );
  for (const c of engine.rules) {
    if (skipped[c.pack]) continue;
    for (const m of c.match(ctx)) {
      if (excepted(c, m, ctx)) continue;
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
