/**
 * The procedure inventory (directive-model.md §4): one row per PROC finding of a clause, saying
 * what the step is, who bears it, who acts and how long it may take. Version comparison and
 * checklist items C8–C10 read these rows.
 */
import type { ClauseFinding, ProcKind } from '../model/finding.ts';
import { detectActor } from './actor.ts';
import { phraseFinder } from './phrase-finder.ts';
import { prepareText } from './prepared.ts';
import { parseTimeExpressions, toDays, type TimeExpr } from './time-expr.ts';

export type Bearer = 'citizen' | 'organisation' | 'internal_unit';

export type InventoryRow = {
  clauseId: string;
  kind: ProcKind;
  rule: string;
  /** The words of the clause that carry the step. */
  step: string;
  span: [number, number];
  bearer: Bearer;
  /** Who acts, as written (a position, a unit, a group), or null when no one is named. */
  actor: string | null;
  actorKind: 'named' | 'vague' | 'party' | 'none';
  /** The clause's time limit, in the unit it was written in (working or calendar days). */
  timeLimit: { days: number; working: boolean; text: string } | null;
};

export type InventoryClause = { id: string; text: string; article?: string; context?: string };

const citizens = phraseFinder([
  'người dân',
  'công dân',
  'cá nhân',
  'hộ gia đình',
  'người nộp',
  'người đề nghị',
  'người yêu cầu',
  'người sử dụng đất',
  'người nộp thuế',
  'thí sinh',
  'người dự tuyển',
  'cử tri',
]);
const organisations = phraseFinder([
  'tổ chức',
  'doanh nghiệp',
  'nhà đầu tư',
  'chủ đầu tư',
  'hộ kinh doanh',
]);

function bearerOf(all: string): Bearer {
  const p = prepareText(all);
  const c = citizens.first(p);
  const o = organisations.first(p);
  if (c && (!o || c.span[0] <= o.span[0])) return 'citizen';
  if (o) return 'organisation';
  return 'internal_unit';
}

const LIMITS = new Set<TimeExpr['relation']>([
  'within',
  'no_later_than',
  'before',
  'extension',
  'plain',
  'at_least',
]);

function timeLimitOf(clause: InventoryClause): InventoryRow['timeLimit'] {
  for (const source of [clause.text, clause.context ?? '']) {
    for (const e of parseTimeExpressions(source)) {
      if (!LIMITS.has(e.relation) || e.unit === 'year') continue;
      const d = toDays(e);
      if (d) return { ...d, text: e.text };
    }
  }
  return null;
}

/** Inventory rows for the PROC findings of one clause. */
export function inventoryRow(
  clause: InventoryClause,
  findings: readonly ClauseFinding[],
): InventoryRow[] {
  const proc = findings.filter((f): f is ClauseFinding & { kind: ProcKind } =>
    f.kind.startsWith('PROC.'),
  );
  if (proc.length === 0) return [];
  const actor = detectActor({
    text: clause.text,
    context: clause.context ?? '',
    article: clause.article ?? '',
  });
  const bearer = bearerOf(`${clause.text} ${clause.context ?? ''}`);
  const timeLimit = timeLimitOf(clause);
  return proc.map((f) => ({
    clauseId: clause.id,
    kind: f.kind,
    rule: f.rule,
    step: f.matched,
    span: f.span,
    bearer,
    actor: actor.kind === 'none' ? null : actor.mention.text,
    actorKind: actor.kind,
    timeLimit,
  }));
}
