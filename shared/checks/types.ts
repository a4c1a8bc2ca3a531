/**
 * Inputs and outputs of the document-level checks. The clause shape is a structural subset of the
 * structure parser's FlatClause (with `id` for its key), so callers map one onto the other
 * without this module depending on the parser.
 */
import type { DocType, Metadata, SectionKind } from '../model/document.ts';
import type { Bilingual, DocKind, Severity } from '../model/finding.ts';
import type { ClassifyResult } from '../rules/index.ts';

export type DocArticle = { number: string; title: string };

export type DocClause = {
  id: string;
  articleNumber: string;
  /** Heading of the article, with or without its "Điều N." label. */
  articleTitle: string;
  clauseNumber: string;
  pointNumber?: string;
  /** Lead-in line the clause continues ("Sở Xây dựng có trách nhiệm:"), when any. */
  context?: string;
  text: string;
  /** Clauses of a decision's own Điều 1–3 wrap the regulation; presence checks skip them. */
  sectionKind?: SectionKind;
};

export type ClauseResults =
  ReadonlyMap<string, ClassifyResult> | Readonly<Record<string, ClassifyResult | undefined>>;

export type DocCheckInput = {
  documentId: string;
  metadata: Metadata;
  docType: DocType;
  articles: DocArticle[];
  clauses: DocClause[];
  clauseResults: ClauseResults;
  /**
   * Whether the issuing unit is a state administrative body (the head-of-agency regime applies).
   * Undefined means "assume yes": the product's users are mostly such bodies; the checklist
   * config decides C4's applicability for the review as a whole.
   */
  stateAdministrative?: boolean;
};

export type DocFinding = {
  kind: DocKind;
  severity: Severity;
  message: Bilingual;
  explanation: Bilingual;
  directiveRef: string;
  /** Clauses that show the problem; empty when the finding is an absence. */
  evidence: string[];
  articleNumber?: string;
};

export function resultOf(results: ClauseResults, id: string): ClassifyResult | undefined {
  if (results instanceof Map) return results.get(id);
  return (results as Readonly<Record<string, ClassifyResult | undefined>>)[id];
}
