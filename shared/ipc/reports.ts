/** Schemas of the reports namespace: exporting a signed review report and checking one. */
import { z } from 'zod';

export const ReportFormat = z.enum(['pdf', 'docx', 'json'], {
  error: 'Định dạng báo cáo phải là pdf, docx hoặc json.',
});

const text = (max: number) => z.string().trim().min(1).max(max);

/** How the report names the directive; defaults to 34-CT/TU of 27/10/2023. */
export const DirectiveRef = z
  .object({
    number: text(60),
    /** yyyy-mm-dd */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày ban hành phải là yyyy-mm-dd.' }),
    issuer: text(300),
  })
  .strict();

export const ExportInput = z
  .object({
    format: ReportFormat,
    language: z.enum(['vi', 'en']).optional(),
    directive: DirectiveRef.optional(),
  })
  .strict();

/** One exported report in `<workspace>/reports/`, as its detached signature describes it. */
export const ReportEntry = z.object({
  file: z.string(),
  path: z.string(),
  format: ReportFormat,
  createdAt: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  reportId: z.string().nullable(),
  signed: z.boolean(),
});

export const VerifyInput = z
  .object({
    path: z.string().min(1).max(4096),
    /** The detached `<name>.sig.json`; found next to the file or in the workspace when absent. */
    sigPath: z.string().min(1).max(4096).optional(),
  })
  .strict();

const Bilingual = z.object({ vi: z.string(), en: z.string() });

export const VerifyStatus = z.enum(['valid', 'altered', 'unknown_key', 'unsigned']);

export const VerifyResult = z.object({
  status: VerifyStatus,
  file: z.string(),
  format: z.enum(['pdf', 'docx', 'json', 'other']),
  reportId: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** SHA-256 of the file as it is now. */
  sha256: z.string(),
  /** SHA-256 recorded when it was exported (file, or canonical content for a JSON report). */
  expectedSha256: z.string().nullable(),
  keyFingerprint: z.string().nullable(),
  /** The key is this workspace's signing key. */
  keyKnown: z.boolean(),
  sigFile: z.string().nullable(),
  message: Bilingual,
  details: z.array(Bilingual),
});

export type ReportFormatT = z.infer<typeof ReportFormat>;
export type DirectiveRefT = z.infer<typeof DirectiveRef>;
export type ExportInputT = z.infer<typeof ExportInput>;
export type ReportEntryT = z.infer<typeof ReportEntry>;
export type VerifyResultT = z.infer<typeof VerifyResult>;
export type VerifyStatusT = z.infer<typeof VerifyStatus>;
