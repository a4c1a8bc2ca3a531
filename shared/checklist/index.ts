/** The section 2.2 checklist: automatic assessment, the reviewer's determination, the approval flow. */
export { assessChecklist } from './assess.ts';
export {
  validateDetermination,
  effectiveStatus,
  parseDeadline,
  whoIssue,
  type ChecklistItemEntry,
  type DeterminationIssue,
  type ItemDetermination,
  type RevisionAction,
} from './determination.ts';
export {
  transition,
  initialChecklist,
  STATE_LABELS,
  type ChecklistAction,
  type ChecklistActor,
  type ChecklistRecord,
  type ChecklistRole,
} from './state.ts';
export {
  DEFAULT_DIRECTIVE_DATE,
  DEFAULT_TIME_NORM,
  type ChecklistAssessment,
  type ChecklistClauseFinding,
  type ChecklistConfig,
  type ChecklistDocument,
  type ChecklistInput,
  type Evidence,
  type ItemAssessment,
} from './types.ts';
