/** assessChecklist: the automatic status of every item C1–C12, in checklist order. */
import { CHECKLIST_ITEMS, type ChecklistItemId } from '../model/checklist.ts';
import { assessDocItem } from './items-doc.ts';
import { assessInventoryItem } from './items-inventory.ts';
import { assessC1, assessC2 } from './items-scope.ts';
import type { ChecklistAssessment, ChecklistInput, ItemAssessment } from './types.ts';

function assessItem(id: ChecklistItemId, input: ChecklistInput): ItemAssessment {
  switch (id) {
    case 'C1':
      return assessC1(input);
    case 'C2':
      return assessC2(input);
    case 'C3':
    case 'C4':
    case 'C5':
    case 'C6':
    case 'C7':
    case 'C12':
      return assessDocItem(id, input);
    case 'C8':
    case 'C9':
    case 'C10':
    case 'C11':
      return assessInventoryItem(id, input);
    default: {
      const never: never = id;
      throw new Error(`unknown checklist item ${String(never)}`);
    }
  }
}

/** The automatic assessment of every item; the reviewer's determinations come on top (determination.ts). */
export function assessChecklist(input: ChecklistInput): ChecklistAssessment {
  return { items: CHECKLIST_ITEMS.map((i) => assessItem(i.id, input)) };
}
