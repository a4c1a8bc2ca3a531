/** Schemas of the procedure inventory (directive-model.md §4). */
import { z } from 'zod';

const Limit = z.object({ days: z.number(), unit: z.enum(['working', 'calendar']) });

export const InventoryRow = z.object({
  clauseId: z.string(),
  kind: z.string(),
  bearer: z.enum(['citizen', 'organisation', 'internal', 'unknown']),
  actor: z.string().nullable(),
  step: z.string(),
  timeLimit: Limit.nullable(),
  extension: z.union([Limit, z.literal('unbounded')]).nullable(),
  timeText: z.string().nullable(),
  excerpt: z.string(),
});

export const DocumentInventory = z.object({
  rows: z.array(InventoryRow),
  summary: z.object({
    counts: z.record(z.string(), z.number()),
    total: z.number(),
    byBearer: z.record(z.string(), z.number()),
    days: z.object({ working: z.number(), calendar: z.number() }),
    unbounded: z.number(),
  }),
  change: z
    .object({ fromVersion: z.number(), sentence: z.object({ vi: z.string(), en: z.string() }) })
    .nullable(),
});

export type DocumentInventoryT = z.infer<typeof DocumentInventory>;
