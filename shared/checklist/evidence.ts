/** Small helpers the item assessors share: labels, live findings, evidence merged per clause. */
import { CHECKLIST_ITEMS, type ChecklistItemId, type ItemStatus } from '../model/checklist.ts';
import type { Bilingual, FindingKind } from '../model/finding.ts';
import type {
  ChecklistClauseFinding,
  ChecklistDocument,
  Evidence,
  ItemAssessment,
} from './types.ts';

export function item(
  id: ChecklistItemId,
  status: ItemStatus,
  evidence: Evidence[],
  explanation: Bilingual,
): ItemAssessment {
  const def = CHECKLIST_ITEMS.find((i) => i.id === id);
  const label = { vi: def?.vi ?? id, en: def?.en ?? id };
  return { id, label, status, evidence, explanation };
}

/** Clause findings of these kinds the reviewer has not dismissed. */
export function liveFindings(
  doc: ChecklistDocument,
  kinds: readonly FindingKind[],
): ChecklistClauseFinding[] {
  return doc.clauseFindings.filter((f) => kinds.includes(f.kind) && f.status !== 'dismissed');
}

/** True when the reviewer dismissed this kind on this clause (e.g. "có căn cứ pháp lý"). */
export function dismissed(doc: ChecklistDocument, clauseId: string, kind: FindingKind): boolean {
  return doc.clauseFindings.some(
    (f) => f.clauseId === clauseId && f.kind === kind && f.status === 'dismissed',
  );
}

/** One evidence entry per (document, clause), kinds merged in first-seen order. */
export class EvidenceList {
  private readonly byKey = new Map<string, Evidence>();

  add(documentId: string, clauseId: string | undefined, kind: FindingKind | undefined): void {
    const key = `${documentId}\u0000${clauseId ?? ''}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = clauseId === undefined ? { documentId, kinds: [] } : { documentId, clauseId, kinds: [] };
      this.byKey.set(key, e);
    }
    if (kind && !e.kinds.includes(kind)) e.kinds.push(kind);
  }

  get list(): Evidence[] {
    return [...this.byKey.values()];
  }
}

/** "dd/mm/yyyy" from an ISO date, for Vietnamese sentences. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Unique messages of a list, joined for an explanation. */
export function joinUnique(parts: readonly string[]): string {
  return [...new Set(parts)].join('; ');
}
