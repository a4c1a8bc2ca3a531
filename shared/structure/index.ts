/**
 * Legal-structure parser: ExtractedText → ParsedDocument (sections, Chương/Mục headings, Điều,
 * khoản, điểm, list items, each with a SourceSpan into the text), metadata and warnings.
 * Pure: no I/O, no clock. See README.md beside this file for the decisions it makes.
 */
export { parseDocument } from './parse.ts';
export { flattenClauses, type FlatClause } from './flatten.ts';
export {
  sectionsForCli,
  type CliView,
  type CliSection,
  type CliArticle,
  type CliClause,
  type CliPoint,
} from './cli-view.ts';
export { classifyInstrument } from './doc-type.ts';
export { parseCitations } from './citations.ts';
export { findDate } from './dates.ts';
