/** Every built-in rule's own examples: must_match ones give a finding of that rule, others do not. */
import { describe, expect, it } from 'vitest';
import { builtinPacks, createEngine, classify } from '../../../shared/rules/index.ts';
import type { RuleExample } from '../../../shared/rules/index.ts';

const engine = createEngine(builtinPacks);
const asInput = (e: RuleExample) =>
  typeof e === 'string' ? { id: 'ex', text: e } : { id: 'ex', ...e };
const rules = builtinPacks.flatMap((p) => p.rules);

describe('built-in rule examples', () => {
  it('has rules in every pack', () => {
    expect(rules.length).toBeGreaterThan(10);
  });
  describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.examples.must_match.map((e) => [typeof e === 'string' ? e : e.text, e] as const))(
      'matches: %s',
      (_t, e) => {
        const ids = classify(asInput(e), engine).findings.map((f) => f.rule);
        expect(ids).toContain(rule.id);
      },
    );
    it.each(
      rule.examples.must_not_match.map((e) => [typeof e === 'string' ? e : e.text, e] as const),
    )('does not match: %s', (_t, e) => {
      const ids = classify(asInput(e), engine).findings.map((f) => f.rule);
      expect(ids).not.toContain(rule.id);
    });
  });
});
