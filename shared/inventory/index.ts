/** The procedure inventory (directive-model.md §4): rows, counts, and version comparison. */
export { inventoryRows, excerptAt, type ResultLookup } from './rows.ts';
export { bearerOf } from './bearer.ts';
export {
  summariseInventory,
  compareInventories,
  zeroCounts,
  type InventorySummary,
  type InventoryDiff,
  type KindCounts,
  type Days,
} from './summary.ts';
export { describeDiff } from './describe.ts';
export type { Bearer, InventoryClause, InventoryRow, TimeLimit } from './types.ts';
