/**
 * runDocChecks: every document-level check that applies to the document's kind (doc-kind.ts),
 * in the order of DOC_KINDS.
 */
import { DOC_KINDS, type DocKind } from '../model/finding.ts';
import { checkCoordination } from './coordination.ts';
import { appliesTo, ruleDocKind } from './doc-kind.ts';
import { checkHeadResponsibility } from './head.ts';
import { builtinOutdated, type OutdatedData } from './outdated-data.ts';
import { checkOutdated } from './outdated.ts';
import { checkDemocraticCentralism, checkHeadRegime } from './principles.ts';
import { scanDoc } from './scan.ts';
import { checkStepOwners } from './steps.ts';
import { checkSupervision } from './supervision.ts';
import type { DocCheckInput, DocFinding } from './types.ts';

const ORDER = new Map<DocKind, number>(DOC_KINDS.map((k, i) => [k, i]));

/** Document-level findings; `data` is the outdated list (the built-in one unless the user edited it). */
export function runDocChecks(
  input: DocCheckInput,
  data: OutdatedData = builtinOutdated,
): DocFinding[] {
  const kind = ruleDocKind(input.docType, input.metadata.title);
  const on = (k: DocKind) => appliesTo(k, kind);
  const scanned = scanDoc(input);
  const out: DocFinding[] = [];
  if (on('DOC.no_democratic_centralism')) out.push(...checkDemocraticCentralism(scanned));
  if (on('DOC.no_head_regime'))
    out.push(...checkHeadRegime(scanned, input.stateAdministrative ?? true));
  if (on('DOC.no_head_responsibility')) out.push(...checkHeadResponsibility(scanned));
  if (on('DOC.step_without_owner')) out.push(...checkStepOwners(scanned));
  if (on('DOC.coordination_without_deadline')) out.push(...checkCoordination(scanned, kind));
  if (on('DOC.outdated_body')) {
    out.push(...checkOutdated(scanned, input.metadata, data).filter((f) => on(f.kind)));
  }
  if (on('DOC.no_supervision')) out.push(...checkSupervision(scanned));
  return out.sort((a, b) => (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0));
}
