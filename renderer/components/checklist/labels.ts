/** Small formats the checklist screen shares: status names, people, dates. */
import type { PersonT } from '../../../shared/ipc/checklist.ts';
import type { ChecklistState, ItemStatus } from '../../../shared/model/checklist.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';

export const ITEM_STATUSES: readonly ItemStatus[] = [
  'met',
  'needs_revision',
  'not_applicable',
  'not_assessed',
];

export const statusKey = (s: ItemStatus): MessageKey => `checklist.status.${s}`;
export const stateKey = (s: ChecklistState): MessageKey => `checklist.state.${s}`;

/** "Lê Thị Hoa (Trưởng phòng Pháp chế)". */
export function personText(p: PersonT): string {
  return p.position ? `${p.name} (${p.position})` : p.name;
}

/** Today in local time, yyyy-mm-dd, as deadlines are compared. */
export function todayIso(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
