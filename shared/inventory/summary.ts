/**
 * Counting an inventory and subtracting two of them: "this revision adds 2 approvals and 9
 * days". Days are summed once per clause (every row of a clause carries the same time limit),
 * bounded extensions included, working and calendar days kept apart since they do not add.
 */
import { fold } from '../text/index.ts';
import type { ProcKind } from '../model/finding.ts';
import { PROC_KINDS } from '../model/finding.ts';
import type { Bearer, InventoryRow } from './types.ts';

export type KindCounts = Record<ProcKind, number>;
export type Days = { working: number; calendar: number };

export type InventorySummary = {
  counts: KindCounts;
  total: number;
  byBearer: Record<Bearer, number>;
  days: Days;
  /** Rows whose wait has no bound: an extension with no limit. */
  unbounded: number;
};

export type InventoryDiff = {
  added: KindCounts;
  removed: KindCounts;
  net: KindCounts;
  daysDelta: Days;
};

export const zeroCounts = (): KindCounts =>
  Object.fromEntries(PROC_KINDS.map((k) => [k, 0])) as KindCounts;

const round = (n: number): number => Math.round(n * 100) / 100;

function daysOf(rows: readonly InventoryRow[]): Days {
  const seen = new Set<string>();
  const days: Days = { working: 0, calendar: 0 };
  for (const r of rows) {
    if (seen.has(r.clauseId)) continue;
    seen.add(r.clauseId);
    for (const t of [r.timeLimit, r.extension]) {
      if (t && t !== 'unbounded') days[t.unit] += t.days;
    }
  }
  return { working: round(days.working), calendar: round(days.calendar) };
}

export function summariseInventory(rows: readonly InventoryRow[]): InventorySummary {
  const counts = zeroCounts();
  const byBearer: Record<Bearer, number> = { citizen: 0, organisation: 0, internal: 0, unknown: 0 };
  for (const r of rows) {
    counts[r.kind]++;
    byBearer[r.bearer]++;
  }
  const unbounded = rows.filter((r) => r.extension === 'unbounded').length;
  return { counts, total: rows.length, byBearer, days: daysOf(rows), unbounded };
}

/** Rows are the same requirement when kind and (folded, label-free) sentence agree. */
function keyOf(r: InventoryRow): string {
  const s = fold(r.excerpt)
    .replace(/^\s*(?:\d+\.|[a-z]\)|[-+])\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${r.kind}|${s}`;
}

/** What `after` adds to and removes from `before`, by requirement, and the change in days. */
export function compareInventories(
  before: readonly InventoryRow[],
  after: readonly InventoryRow[],
): InventoryDiff {
  const pool = new Map<string, number>();
  for (const r of before) pool.set(keyOf(r), (pool.get(keyOf(r)) ?? 0) + 1);
  const added = zeroCounts();
  for (const r of after) {
    const k = keyOf(r);
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    else added[r.kind]++;
  }
  const removed = zeroCounts();
  for (const [k, n] of pool) removed[k.slice(0, k.indexOf('|')) as ProcKind] += n;
  const net = zeroCounts();
  for (const k of PROC_KINDS) net[k] = added[k] - removed[k];
  const b = daysOf(before);
  const a = daysOf(after);
  return {
    added,
    removed,
    net,
    daysDelta: { working: round(a.working - b.working), calendar: round(a.calendar - b.calendar) },
  };
}
