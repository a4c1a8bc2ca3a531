/** Schemas of the search namespace. */
import { z } from 'zod';

export const SearchQuery = z
  .object({
    query: z.string().max(500),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
    documentIds: z.array(z.string()).max(1000).optional(),
    docKinds: z.array(z.string().max(40)).max(40).optional(),
    findingKinds: z.array(z.string().max(60)).max(40).optional(),
    reviewStatuses: z.array(z.enum(['none', 'open', 'reviewed'])).optional(),
    sort: z.enum(['relevance', 'document']).optional(),
  })
  .strict();

export const SearchHit = z.object({
  id: z.string(),
  documentId: z.string(),
  docNumber: z.string(),
  docTitle: z.string(),
  articleLabel: z.string(),
  snippet: z.object({
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  }),
  score: z.number(),
});

export const SearchResult = z.object({
  total: z.number().int(),
  hits: z.array(SearchHit),
  tookMs: z.number(),
});

export type SearchQueryT = z.infer<typeof SearchQuery>;
export type SearchHitT = z.infer<typeof SearchHit>;
export type SearchResultT = z.infer<typeof SearchResult>;
