/**
 * C8–C10 from the procedure inventory, C10 and C11 also from clause findings. Every listed
 * requirement makes the item "needs revision" until justified: the reviewer dismisses the finding
 * as justified by law (it then stops counting) or overrides the item with a reason.
 */
import type { InventoryRow } from '../inventory/types.ts';
import type { FindingKind, ProcKind } from '../model/finding.ts';
import { EvidenceList, dismissed, item, liveFindings } from './evidence.ts';
import { metText, noun, TEXTS, whyText } from './texts.ts';
import type { ChecklistDocument, ChecklistInput, ItemAssessment } from './types.ts';
import { DEFAULT_TIME_NORM } from './types.ts';

export type InventoryItemId = 'C8' | 'C9' | 'C10' | 'C11';
type Hit = { clauseId: string; kind: FindingKind };

const C8_KINDS: readonly ProcKind[] = [
  'PROC.dossier',
  'PROC.approval',
  'PROC.report',
  'PROC.meeting',
  'PROC.in_person',
  'PROC.open_ended',
];

const rowsOf = (d: ChecklistDocument, test: (r: InventoryRow) => boolean): Hit[] =>
  d.inventory
    .filter((r) => test(r) && !dismissed(d, r.clauseId, r.kind))
    .map((r) => ({ clauseId: r.clauseId, kind: r.kind }));

const clausesOf = (d: ChecklistDocument, kinds: readonly FindingKind[]): Hit[] =>
  liveFindings(d, kinds).map((f) => ({ clauseId: f.clauseId, kind: f.kind }));

function picker(id: InventoryItemId, norm: { working: number; calendar: number }) {
  const long = (r: InventoryRow) =>
    r.extension === 'unbounded' ||
    (r.timeLimit !== null && r.timeLimit.days > norm[r.timeLimit.unit]);
  return (d: ChecklistDocument): Hit[] => {
    switch (id) {
      case 'C8':
        return rowsOf(d, (r) => C8_KINDS.includes(r.kind));
      case 'C9':
        return rowsOf(d, (r) => r.kind === 'PROC.fee');
      case 'C10': {
        // One entry per clause: its approval and time rows carry the same limit.
        const clauses = new Set(rowsOf(d, long).map((r) => r.clauseId));
        const rows = [...clauses].map((clauseId): Hit => ({ clauseId, kind: 'PROC.time' }));
        return [...rows, ...clausesOf(d, ['RESP.vague_time'])];
      }
      case 'C11':
        return clausesOf(d, ['RESP.escalation']);
      default: {
        const never: never = id;
        throw new Error(`unknown item ${String(never)}`);
      }
    }
  };
}

export function assessInventoryItem(id: InventoryItemId, input: ChecklistInput): ItemAssessment {
  if (input.documents.length === 0) return item(id, 'not_assessed', [], TEXTS.noDocs);
  const norm = input.config.timeNorm ?? DEFAULT_TIME_NORM;
  const pick = picker(id, norm);
  const ev = new EvidenceList();
  const counts = new Map<FindingKind, number>();
  for (const d of input.documents) {
    for (const p of pick(d)) {
      ev.add(d.documentId, p.clauseId, p.kind);
      counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return item(id, 'met', [], metText(id));
  const list = [...counts].map(([k, n]) => `${n} ${noun(k)}`).join(', ');
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const why = whyText(id, norm);
  return item(id, 'needs_revision', ev.list, {
    vi: `${list}. ${why.vi}`,
    en: `${total} requirement(s). ${why.en}`,
  });
}
