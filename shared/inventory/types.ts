/** The procedure inventory of directive-model.md §4: one row per procedural requirement. */
import type { ProcKind } from '../model/finding.ts';

/** Who carries the burden: a citizen, an organisation, a unit or official inside the administration. */
export type Bearer = 'citizen' | 'organisation' | 'internal' | 'unknown';

/** Days as written: working days stay working days; weeks and months become calendar days. */
export type TimeLimit = { days: number; unit: 'working' | 'calendar' };

export type InventoryRow = {
  clauseId: string;
  kind: ProcKind;
  bearer: Bearer;
  /** Who acts (the detected actor's words), or null when the clause names no one. */
  actor: string | null;
  /** Where the requirement sits: the article title, and the lead-in when there is one. */
  step: string;
  timeLimit: TimeLimit | null;
  /** A bounded extension ("gia hạn thêm 15 ngày"); 'unbounded' when one may be granted with no bound. */
  extension: TimeLimit | 'unbounded' | null;
  /** The time words as written ("05 ngày làm việc", "trước ngày 20 hằng tháng"), or null. */
  timeText: string | null;
  /** The sentence of the clause that holds the requirement. */
  excerpt: string;
};

/** The clause fields the inventory reads; a structural subset of the structure parser's FlatClause. */
export type InventoryClause = {
  id: string;
  articleNumber?: string;
  articleTitle: string;
  context?: string;
  text: string;
};
