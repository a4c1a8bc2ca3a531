/**
 * The rule pack format. A rule is data: what to find (a matcher of one of a closed set of kinds,
 * implemented in kinds/), what it means (kind, message, explanation, directive reference), how
 * to fix it (suggestion), and examples that run as tests. Unknown keys are errors.
 */
import { z } from 'zod';
import { PROC_KINDS, RESP_KINDS } from '../model/finding.ts';
import { GUARDS } from '../analysis/guards.ts';

const Bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** Phrases (written with marks, matched diacritic-aware) and/or patterns over folded text. */
export const TermSchema = z
  .strictObject({
    phrases: z.array(z.string().min(1)).optional(),
    patterns: z.array(z.string().min(1)).optional(),
  })
  .refine(
    (t) => (t.phrases?.length ?? 0) + (t.patterns?.length ?? 0) > 0,
    'phrases or patterns required',
  );

const Scope = z.enum(['sentence', 'clause']);
const Source = z.enum(['text', 'context', 'article']);

export const MatcherSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phrase'), phrases: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ type: z.literal('regex'), patterns: z.array(z.string().min(1)).min(1) }),
  z.strictObject({
    type: z.literal('cooccur'),
    all: z.array(TermSchema).min(2),
    within: Scope.optional(),
    /** Greatest distance in characters between the first term and each other one. */
    maxGap: z.number().int().positive().optional(),
    /** The other terms must come after the first one ("gửi … đến"), not before it. */
    ordered: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('absence'),
    trigger: TermSchema,
    absent: TermSchema,
    within: Scope.optional(),
    /** Look for the absent term only this many characters around the trigger. */
    near: z.number().int().positive().optional(),
    /** Also look for the absent term in the lead-in and heading. */
    withContext: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('actor'),
    expect: z.enum(['vague', 'none']),
    sources: z.array(Source).min(1).optional(),
    /** The clause must set a duty: where this term is found. */
    duty: TermSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('lead'),
    /** Words of joint work ("phối hợp", "cùng"). */
    coordination: TermSchema,
    /** Words that name a lead ("chủ trì"). */
    lead: TermSchema,
    /** Phrases that leave the role open ("chủ trì hoặc phối hợp", "cùng chủ trì"). */
    ambiguous: TermSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('time'),
    relations: z
      .array(
        z.enum([
          'within',
          'no_later_than',
          'before',
          'after',
          'at_least',
          'extension',
          'immediate',
          'plain',
          'date',
        ]),
      )
      .min(1),
    units: z
      .array(z.enum(['working_day', 'day', 'week', 'month', 'quarter', 'year', 'hour', 'minute']))
      .optional(),
    /** A "plain" amount counts only when it stands alone on its line (a table cell). */
    plainAlone: z.boolean().optional(),
    sources: z.array(Source).min(1).optional(),
  }),
  z.strictObject({
    type: z.literal('citation'),
    trigger: TermSchema,
    /** What makes the reference precise when it follows the trigger. */
    cited: TermSchema,
    window: z.number().int().positive().optional(),
  }),
]);

const Example = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    article: z.string().optional(),
    context: z.string().optional(),
  }),
]);

const ClauseKind = z.enum([...PROC_KINDS, ...RESP_KINDS]);

export const RuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_.-]*$/),
    family: z.enum(['PROC', 'RESP']),
    kind: ClauseKind,
    matcher: MatcherSchema,
    severity: z.enum(['info', 'low', 'medium', 'high']),
    message: Bilingual,
    explanation: Bilingual,
    directive: z.string().min(1),
    suggestion: Bilingual.optional(),
    /** The rule is silent when one of these is found (in the sentence, or `near` the match). */
    exceptions: z
      .strictObject({
        phrases: z.array(z.string().min(1)).optional(),
        patterns: z.array(z.string().min(1)).optional(),
        near: z.number().int().nonnegative().optional(),
      })
      .optional(),
    /**
     * Reasons, from a closed set in code (analysis/guards.ts), that a match is not a step the
     * clause imposes: negated, a power, a role noun, already done, a time clause, a duty of result.
     */
    guards: z.array(z.enum(GUARDS)).optional(),
    /** The rule is silent for the clause when one of these is found in its text, lead-in or heading. */
    unless: z
      .strictObject({
        text: TermSchema.optional(),
        context: TermSchema.optional(),
        article: TermSchema.optional(),
      })
      .optional(),
    /** Where the matcher may look; findings found outside the clause text span the whole clause. */
    scope: z.array(Source).min(1).optional(),
    enabled: z.boolean().optional(),
    examples: z.strictObject({
      must_match: z.array(Example).min(3),
      must_not_match: z.array(Example).min(3),
    }),
  })
  .refine((r) => r.kind.startsWith(r.family + '.'), {
    message: 'kind must belong to family',
    path: ['kind'],
  });

export const RulePackSchema = z.strictObject({
  pack: z.string().min(1),
  version: z.string().min(1),
  description: Bilingual.optional(),
  /**
   * Clauses no rule of the pack looks at: scope statements, definitions (by text or heading), and
   * items of a lead-in that lists forms or kinds ("thông qua các hình thức sau:").
   */
  skip: z
    .strictObject({
      text: TermSchema.optional(),
      context: TermSchema.optional(),
      article: TermSchema.optional(),
    })
    .optional(),
  rules: z.array(RuleSchema),
});

export type Term = z.infer<typeof TermSchema>;
export type Matcher = z.infer<typeof MatcherSchema>;
export type RuleExample = z.infer<typeof Example>;
export type Rule = z.infer<typeof RuleSchema>;
export type RulePack = z.infer<typeof RulePackSchema>;
