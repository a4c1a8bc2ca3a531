/** Shared zod schemas for values that cross the boundary. */
import { z } from 'zod';

export const Language = z.enum(['vi', 'en']);

export const ReviewerProfile = z
  .object({
    name: z.string().max(200),
    position: z.string().max(200),
    unit: z.string().max(300),
  })
  .strict();

export const WindowState = z
  .object({
    width: z.number().int().min(400).max(10000),
    height: z.number().int().min(300).max(10000),
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    maximized: z.boolean(),
  })
  .strict();

export const Preferences = z
  .object({
    language: Language,
    reviewer: ReviewerProfile,
    lastWorkspace: z.string().nullable(),
    window: WindowState.nullable(),
  })
  .strict();

export const DEFAULT_PREFERENCES: z.infer<typeof Preferences> = {
  language: 'vi',
  reviewer: { name: '', position: '', unit: '' },
  lastWorkspace: null,
  window: null,
};

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  node: z.string(),
  sqlite: z.string(),
  platform: z.string(),
  schemaVersion: z.number().int(),
});

export const WorkspaceInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  documentCount: z.number().int(),
  createdAt: z.string(),
});

export const DocumentSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  docType: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedDate: z.string().nullable(),
  title: z.string().nullable(),
  fileName: z.string(),
  format: z.string(),
  version: z.number().int(),
  versionId: z.string(),
  clauseCount: z.number().int(),
  status: z.enum(['imported', 'analysed', 'in_review', 'reviewed']),
  importedAt: z.string(),
});

export const JobRef = z.object({ jobId: z.string() });

export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  label: z.string(),
});

export const JobFinished = z.object({
  jobId: z.string(),
  kind: z.string(),
  status: z.enum(['completed', 'cancelled', 'failed']),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  result: z.unknown().optional(),
});

export type PreferencesT = z.infer<typeof Preferences>;
export type AppInfoT = z.infer<typeof AppInfo>;
export type WorkspaceInfoT = z.infer<typeof WorkspaceInfo>;
export type DocumentSummaryT = z.infer<typeof DocumentSummary>;
export type JobProgressT = z.infer<typeof JobProgress>;
export type JobFinishedT = z.infer<typeof JobFinished>;
