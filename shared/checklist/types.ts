/** Inputs and outputs of the automatic section 2.2 checklist assessment (directive-model.md §2). */
import type { DocFinding } from '../checks/types.ts';
import type { InventoryRow } from '../inventory/types.ts';
import type { ChecklistItemId, ItemStatus } from '../model/checklist.ts';
import type { DocType, Metadata } from '../model/document.ts';
import type { Bilingual, FindingKind, ReviewStatus } from '../model/finding.ts';

/** A clause finding as the checklist reads it; a dismissed one ("có căn cứ pháp lý") no longer counts. */
export type ChecklistClauseFinding = {
  clauseId: string;
  documentId: string;
  kind: FindingKind;
  status?: ReviewStatus;
};

export type ChecklistDocument = {
  documentId: string;
  docType: DocType;
  metadata: Metadata;
  /** ISO date; falls back to metadata.issuedDate. */
  issuedDate?: string;
  /** The user says the document was reviewed after the directive (even if not reissued). */
  reviewedAfterDirective?: boolean;
  docFindings: DocFinding[];
  clauseFindings: ChecklistClauseFinding[];
  inventory: InventoryRow[];
};

export type ChecklistConfig = {
  /** ISO date of the directive; default 2023-10-27 (Chỉ thị 34-CT/TU). */
  directiveDate?: string;
  unitIsStateAdministrative: boolean;
  /** 'unit': the unit's whole set of rules (C1 applies); 'document': one document on its own. */
  scope?: 'unit' | 'document';
  /**
   * The longest time limit C10 accepts without comment, when the governing norm is not known.
   * Default 20 working days or 30 calendar days; set it to the law's limit for the procedure.
   */
  timeNorm?: { working: number; calendar: number };
};

export type ChecklistInput = { documents: ChecklistDocument[]; config: ChecklistConfig };

export type Evidence = { documentId: string; clauseId?: string; kinds: FindingKind[] };

export type ItemAssessment = {
  id: ChecklistItemId;
  label: Bilingual;
  status: ItemStatus;
  evidence: Evidence[];
  explanation: Bilingual;
};

export type ChecklistAssessment = { items: ItemAssessment[] };

export const DEFAULT_DIRECTIVE_DATE = '2023-10-27';
export const DEFAULT_TIME_NORM = { working: 20, calendar: 30 } as const;
