/**
 * The report as data: one model, rendered as canonical JSON, PDF and DOCX. Every label is
 * already in the report's language, so the three renderings say the same thing and the JSON
 * hash covers what the reader sees.
 */
import type { Lang } from './labels.ts';

export const REPORT_SCHEMA = 'rasoat-report/1';

export type Counted = { key: string; label: string; count: number };

export type ReportDocument = {
  id: string;
  number: string;
  docType: string;
  issuer: string;
  issuedDate: string;
  title: string;
  version: number;
  fileName: string;
};

export type ReportChecklistItem = {
  id: string;
  label: string;
  status: string;
  statusLabel: string;
  automaticLabel: string;
  /** The reviewer's reason when the determination overrides the automatic status. */
  reason: string;
};

export type ReportStamp = { name: string; position: string; at: string };

export type ReportFinding = {
  id: string;
  status: 'open' | 'confirmed';
  statusLabel: string;
  kind: string;
  kindLabel: string;
  where: string;
  page: number | null;
  excerpt: string;
  matched: string;
  explanation: string;
  directiveRef: string;
  rewrite: string;
  rewriteEdited: boolean;
  note: string;
};

export type ReportDismissed = {
  document: string;
  where: string;
  kindLabel: string;
  matched: string;
  reason: string;
  citation: string;
  by: string;
};

export type ReportRevision = {
  itemId: string;
  label: string;
  what: string;
  who: string;
  by: string;
};

export type ReportContent = {
  schema: typeof REPORT_SCHEMA;
  reportId: string;
  createdAt: string;
  language: Lang;
  title: string;
  directive: { number: string; date: string; issuer: string };
  unit: string;
  reviewer: { name: string; position: string };
  workspace: { name: string; keyFingerprint: string };
  documents: ReportDocument[];
  checklist: {
    version: number;
    state: string;
    stateLabel: string;
    submitted: ReportStamp | null;
    decided: (ReportStamp & { comment: string }) | null;
    items: ReportChecklistItem[];
  };
  findings: { total: number; byFamily: Counted[]; byKind: Counted[]; byStatus: Counted[] };
  inventory: {
    totals: Counted[];
    total: number;
    days: { working: number; calendar: number };
    unbounded: number;
    changes: { document: string; sentence: string }[];
  };
  details: {
    documentId: string;
    document: string;
    articles: { article: string; title: string; findings: ReportFinding[] }[];
  }[];
  dismissed: ReportDismissed[];
  revisions: ReportRevision[];
};

/** What the renderings print about integrity, besides the content. */
export type ReportSeal = {
  reportId: string;
  contentSha256: string;
  signature: string;
  publicKeyPem: string;
  keyFingerprint: string;
};
