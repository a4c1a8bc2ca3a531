/** Document-level checks (DOC.*) of directive-model.md §3, and the outdated-references list. */
export { runDocChecks } from './run.ts';
export { docCheckInfo } from './messages.ts';
export { APPLIES, appliesTo, ruleDocKind } from './doc-kind.ts';
export {
  builtinOutdated,
  validateOutdatedData,
  OutdatedDataSchema,
  type OutdatedData,
  type OutdatedEntry,
} from './outdated-data.ts';
export { compilePattern } from './outdated.ts';
export { HEAD_TITLES } from './head.ts';
export type { ClauseResults, DocArticle, DocCheckInput, DocClause, DocFinding } from './types.ts';
