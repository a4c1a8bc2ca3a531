/** Schemas of the rules namespace: what the reviewer sees and may change about the rules. */
import { z } from 'zod';
import { SeverityS } from './findings.ts';

export const RuleInfo = z.object({
  id: z.string(),
  kind: z.string(),
  source: z.enum(['builtin', 'user', 'document']),
  enabled: z.boolean(),
  severity: SeverityS,
  defaultSeverity: SeverityS,
  message: z.object({ vi: z.string(), en: z.string() }),
  directiveRef: z.string(),
});

export const RulesView = z.object({
  version: z.string(),
  folder: z.string(),
  userPacks: z.array(z.string()),
  problems: z.array(z.string()),
  /** Documents whose findings came from other rules than the current ones: re-analyse them. */
  staleDocuments: z.number().int(),
  rules: z.array(RuleInfo),
});

export const RuleUpdate = z
  .object({
    id: z.string().min(1).max(200),
    enabled: z.boolean().optional(),
    severity: SeverityS.optional(),
  })
  .strict();

export type RuleInfoT = z.infer<typeof RuleInfo>;
export type RulesViewT = z.infer<typeof RulesView>;
