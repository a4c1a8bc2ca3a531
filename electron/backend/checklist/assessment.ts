/**
 * The automatic assessment with its evidence labelled, as shown and as kept when a version is
 * submitted: the approver judges the assessment that was submitted, not one that moved under them.
 */
import {
  assessChecklist,
  DEFAULT_DIRECTIVE_DATE,
  type ChecklistConfig,
} from '../../../shared/checklist/index.ts';
import type { ItemViewT } from '../../../shared/ipc/checklist.ts';
import type { ChecklistItemId } from '../../../shared/model/checklist.ts';
import type { Db } from '../db/database.ts';
import { evidenceLabeller } from './evidence.ts';
import { checklistInput } from './input.ts';

export type AutomaticItem = ItemViewT['automatic'] & { label: ItemViewT['label'] };

export type Assessment = {
  at: string;
  documentCount: number;
  directiveDate: string;
  items: Record<ChecklistItemId, AutomaticItem>;
};

export function directiveDate(config: ChecklistConfig): string {
  return config.directiveDate ?? DEFAULT_DIRECTIVE_DATE;
}

/** The assessment of the workspace as it is now. */
export function liveAssessment(db: Db, at: string): Assessment {
  const input = checklistInput(db);
  const label = evidenceLabeller(db);
  const items = {} as Record<ChecklistItemId, AutomaticItem>;
  for (const i of assessChecklist(input).items) {
    items[i.id] = {
      label: i.label,
      status: i.status,
      explanation: i.explanation,
      evidence: label(i.evidence),
    };
  }
  return {
    at,
    documentCount: input.documents.length,
    directiveDate: directiveDate(input.config),
    items,
  };
}

/** A stored assessment (checklists.assessment_json); written by this module only. */
export function parseAssessment(json: string): Assessment {
  return JSON.parse(json) as Assessment;
}
