/**
 * inventoryRows: one row per PROC kind per clause. Two rules of one kind on one clause
 * ("trình Giám đốc phê duyệt" is both a consent and a submission) are one requirement, so a
 * version comparison counts approvals, not rule hits.
 */
import { detectActor } from '../analysis/actor.ts';
import { prepareText, type PreparedText } from '../analysis/prepared.ts';
import { parseTimeExpressions, toDays, type TimeExpr } from '../analysis/time-expr.ts';
import type { ClauseFinding, ProcKind } from '../model/finding.ts';
import { PROC_KINDS } from '../model/finding.ts';
import type { ClassifyResult } from '../rules/index.ts';
import { bearerOf } from './bearer.ts';
import type { InventoryClause, InventoryRow, TimeLimit } from './types.ts';

export type ResultLookup =
  ReadonlyMap<string, ClassifyResult> | Readonly<Record<string, ClassifyResult | undefined>>;

const lookup = (r: ResultLookup, id: string): ClassifyResult | undefined =>
  r instanceof Map ? r.get(id) : (r as Readonly<Record<string, ClassifyResult | undefined>>)[id];

const isProc = (k: string): k is ProcKind => (PROC_KINDS as readonly string[]).includes(k);
const round = (n: number): number => Math.round(n * 100) / 100;

function limitOf(e: TimeExpr | undefined): TimeLimit | null {
  const d = e ? toDays(e) : undefined;
  return d ? { days: round(d.days), unit: d.working ? 'working' : 'calendar' } : null;
}

const OPEN_EXTENSION = /(?<!khong (?:duoc )?)\b(?:gia han|keo dai them)\b/;

type Times = Pick<InventoryRow, 'timeLimit' | 'extension' | 'timeText'>;

/**
 * A time expression that bounds the work. A bare amount counts only after "thời hạn" / "thời
 * gian" ("Thời hạn giải quyết là 30 ngày"): elsewhere it names a period ("báo cáo 6 tháng").
 * A "quý" must be written with its mark: "Điều 24 Quy chế" folds like "24 quý".
 */
function bounds(p: PreparedText, e: TimeExpr): boolean {
  if (e.relation === 'extension' || (e.value === undefined && !e.date)) return false;
  if (e.unit === 'quarter' && !/quý/iu.test(e.text)) return false;
  if (e.relation !== 'plain') return true;
  return /\bthoi (?:han|gian)\b[^.;]{0,40}$/.test(p.folded.slice(0, e.span[0]));
}

function times(text: PreparedText, context: PreparedText | undefined): Times {
  let p = text;
  let list = parseTimeExpressions(text);
  if (list.length === 0 && context) {
    p = context;
    list = parseTimeExpressions(context);
  }
  const main = list.find((e) => bounds(p, e));
  const ext = list.find((e) => e.relation === 'extension');
  const extension =
    ext?.value !== undefined ? limitOf(ext) : OPEN_EXTENSION.test(text.folded) ? 'unbounded' : null;
  return { timeLimit: limitOf(main), extension, timeText: main?.text ?? null };
}

/** A sentence ends at ; ! ? a line break, or a full stop before a space ("1.000 đồng" goes on). */
function stopAt(text: string, i: number): boolean {
  const c = text[i] ?? '';
  return /[;!?\n]/.test(c) || (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? '')));
}

/** The sentence of `text` around [start, end), trimmed to about 240 characters. */
export function excerptAt(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !stopAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !stopAt(text, b)) b++;
  const s = text.slice(a, Math.min(b + 1, text.length)).trim();
  return s.length <= 240 ? s : `${s.slice(0, 237).trimEnd()}…`;
}

function stepOf(c: InventoryClause): string {
  const title = c.articleTitle.trim();
  return c.context ? `${title} › ${c.context.trim()}` : title;
}

/** Inventory rows of a document's clauses, in clause order and kind order. */
export function inventoryRows(
  clauses: readonly InventoryClause[],
  results: ResultLookup,
): InventoryRow[] {
  const rows: InventoryRow[] = [];
  for (const c of clauses) {
    const found = lookup(results, c.id)?.findings.filter((f) => isProc(f.kind)) ?? [];
    if (found.length === 0) continue;
    const text = prepareText(c.text);
    const context = c.context ? prepareText(c.context) : undefined;
    const actor = detectActor({ text, ...(context ? { context } : {}), article: c.articleTitle });
    const t = times(text, context);
    const firstByKind = new Map<ProcKind, ClauseFinding>();
    for (const f of found)
      if (isProc(f.kind) && !firstByKind.has(f.kind)) firstByKind.set(f.kind, f);
    for (const kind of PROC_KINDS) {
      const f = firstByKind.get(kind);
      if (!f) continue;
      rows.push({
        clauseId: c.id,
        kind,
        bearer: bearerOf(kind, actor, text),
        actor: actor.kind === 'none' ? null : actor.mention.text,
        step: stepOf(c),
        ...t,
        excerpt: excerptAt(c.text, f.span[0], f.span[1]),
      });
    }
  }
  return rows;
}
