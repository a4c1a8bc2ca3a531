/** Pure analyses of one clause: time expressions, actor, procedure inventory row. */
export {
  parseTimeExpressions,
  toDays,
  type TimeExpr,
  type TimeRelation,
  type TimeUnit,
} from './time-expr.ts';
export {
  detectActor,
  findActors,
  subjectOf,
  bodyStart,
  type ActorKind,
  type ActorMention,
  type ClauseActor,
} from './actor.ts';
export { inventoryRow, type InventoryRow, type InventoryClause, type Bearer } from './inventory.ts';
export { prepareText, type PreparedText } from './prepared.ts';
export { phraseFinder, type PhraseFinder, type Hit } from './phrase-finder.ts';
export { guarded, GUARDS, type Guard } from './guards.ts';
