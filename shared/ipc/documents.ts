/** Schemas of the documents namespace: import results and the reader's view of one document. */
import { z } from 'zod';
import { DocumentSummary } from './schemas.ts';

export const ImportResult = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'error']),
  code: z.string().optional(),
  message: z.string().optional(),
  documentId: z.string().optional(),
  version: z.number().int().optional(),
});

export const Citation = z.object({
  text: z.string(),
  docType: z.string().optional(),
  number: z.string().optional(),
  date: z.string().optional(),
  title: z.string().optional(),
});

export const Metadata = z.object({
  number: z.string().optional(),
  docType: z.string().optional(),
  issuer: z.string().optional(),
  issuedDate: z.string().optional(),
  title: z.string().optional(),
  signer: z.string().optional(),
  signerTitle: z.string().optional(),
  bases: z.array(Citation),
  effective: z.string().optional(),
});

export const OutlineNode = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: z.string(),
  number: z.string(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  page: z.number().int().nullable(),
});

export const ClauseRef = z.object({
  id: z.string(),
  key: z.string(),
  articleNumber: z.string(),
  articleTitle: z.string(),
  clauseNumber: z.string(),
  pointNumber: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  page: z.number().int().nullable(),
});

export const DocumentDetail = z.object({
  summary: DocumentSummary,
  metadata: Metadata,
  text: z.string(),
  outline: z.array(OutlineNode),
  clauses: z.array(ClauseRef),
  warnings: z.array(z.string()),
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      fileName: z.string(),
      importedAt: z.string(),
    }),
  ),
});

export type ImportResultT = z.infer<typeof ImportResult>;
export type DocumentDetailT = z.infer<typeof DocumentDetail>;
export type OutlineNodeT = z.infer<typeof OutlineNode>;
export type ClauseRefT = z.infer<typeof ClauseRef>;
