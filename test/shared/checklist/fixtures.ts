/** Hand-made checklist inputs: findings and inventory rows as the analysis would give them. */
import { expect, it } from 'vitest';
import {
  assessChecklist,
  type ChecklistConfig,
  type ChecklistDocument,
} from '../../../shared/checklist/index.ts';
import type { DocFinding } from '../../../shared/checks/index.ts';
import type { InventoryRow } from '../../../shared/inventory/index.ts';
import type { ChecklistItemId, ItemStatus } from '../../../shared/model/checklist.ts';
import type { DocType } from '../../../shared/model/document.ts';
import type { DocKind, FindingKind, ProcKind } from '../../../shared/model/finding.ts';

export const df = (kind: DocKind, evidence: string[] = []): DocFinding => ({
  kind,
  severity: 'medium',
  message: { vi: `vi ${kind}`, en: `en ${kind}` },
  explanation: { vi: 'x', en: 'x' },
  directiveRef: '2.2',
  evidence,
});
export const row = (
  clauseId: string,
  kind: ProcKind,
  extra: Partial<InventoryRow> = {},
): InventoryRow => ({
  clauseId,
  kind,
  bearer: 'internal',
  actor: null,
  step: 'Điều 1',
  timeLimit: null,
  extension: null,
  timeText: null,
  excerpt: 'x',
  ...extra,
});

export function doc(
  id: string,
  docType: DocType,
  over: Partial<ChecklistDocument> = {},
): ChecklistDocument {
  return {
    documentId: id,
    docType,
    metadata: { bases: [] },
    issuedDate: '2024-06-01',
    docFindings: [],
    clauseFindings: [],
    inventory: [],
    ...over,
  };
}
export const cf = (clauseId: string, kind: FindingKind, status?: 'dismissed') => ({
  clauseId,
  documentId: 'a',
  kind,
  ...(status ? { status } : {}),
});

export const SET = [
  doc('a', 'quy_che_lam_viec'),
  doc('b', 'quy_che_phoi_hop'),
  doc('c', 'quy_trinh'),
];
export const STATE: ChecklistConfig = { unitIsStateAdministrative: true };

export type Case = [
  name: string,
  id: ChecklistItemId,
  docs: ChecklistDocument[],
  expected: ItemStatus,
  config?: Partial<ChecklistConfig>,
];

/** One item of the automatic assessment of `docs`. */
export const itemOf = (
  id: ChecklistItemId,
  docs: ChecklistDocument[],
  config: Partial<ChecklistConfig> = {},
) =>
  assessChecklist({ documents: docs, config: { ...STATE, ...config } }).items.find(
    (i) => i.id === id,
  );

/** Runs a table of cases: the status expected, an explanation, and evidence when not met. */
export function checkCases(cases: Case[]): void {
  it.each(cases)('%s → %s %s', (_n, id, docs, expected, config) => {
    const item = itemOf(id, docs, config);
    expect(item?.status).toBe(expected);
    expect(item?.explanation.vi.length).toBeGreaterThan(10);
    if (expected === 'needs_revision') expect(item?.evidence.length).toBeGreaterThan(0);
  });
}
