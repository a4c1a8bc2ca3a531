/** Schemas of the findings and review namespaces. */
import { z } from 'zod';

export const FindingStatus = z.enum(['open', 'confirmed', 'dismissed']);
export const DismissReason = z.enum(['not_applicable', 'false_detection', 'justified_by_law']);
export const Family = z.enum(['PROC', 'RESP', 'DOC']);
export const SeverityS = z.enum(['info', 'low', 'medium', 'high']);

export const FindingFilter = z
  .object({
    documentIds: z.array(z.string()).max(1000).optional(),
    families: z.array(Family).optional(),
    kinds: z.array(z.string().max(60)).max(40).optional(),
    severities: z.array(SeverityS).optional(),
    statuses: z.array(FindingStatus).optional(),
    /** A first page paints the queue at once; the rest follows in a second call. */
    limit: z.number().int().min(1).max(100000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

/** One row of the queue: enough to list, sort and filter 10,000 of them. */
export const FindingRow = z.object({
  id: z.string(),
  documentId: z.string(),
  docLabel: z.string(),
  clauseId: z.string().nullable(),
  articleNumber: z.string(),
  clauseLabel: z.string(),
  kind: z.string(),
  family: Family,
  severity: SeverityS,
  status: FindingStatus,
  matched: z.string(),
  excerpt: z.string(),
  origin: z.enum(['rule', 'manual']),
});

export const FindingDetail = FindingRow.extend({
  versionId: z.string(),
  articleTitle: z.string(),
  context: z.string(),
  clauseText: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
  clauseStart: z.number().int().nullable(),
  page: z.number().int().nullable(),
  ruleId: z.string(),
  rulesVersion: z.string(),
  message: z.object({ vi: z.string(), en: z.string() }),
  explanation: z.object({ vi: z.string(), en: z.string() }),
  directiveRef: z.string(),
  suggestion: z.object({ vi: z.string(), en: z.string() }).nullable(),
  reason: DismissReason.nullable(),
  citation: z.string().nullable(),
  note: z.string().nullable(),
  editedSuggestion: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const Decision = z
  .object({
    findingId: z.string().min(1),
    status: FindingStatus,
    reason: DismissReason.optional(),
    citation: z.string().max(2000).optional(),
    note: z.string().max(10000).optional(),
    suggestion: z.string().max(10000).optional(),
  })
  .strict();

export const ManualFinding = z
  .object({
    clauseId: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: z.string().regex(/^(PROC|RESP)\.[a-z_]+$/),
    note: z.string().max(10000).optional(),
  })
  .strict();

export const ReviewProgress = z.object({
  total: z.number().int(),
  confirmed: z.number().int(),
  dismissed: z.number().int(),
  open: z.number().int(),
  byDocument: z.array(
    z.object({ documentId: z.string(), total: z.number().int(), decided: z.number().int() }),
  ),
});

export type FindingRowT = z.infer<typeof FindingRow>;
export type FindingDetailT = z.infer<typeof FindingDetail>;
export type DecisionT = z.infer<typeof Decision>;
export type FindingFilterT = z.infer<typeof FindingFilter>;
export type ReviewProgressT = z.infer<typeof ReviewProgress>;
