/**
 * C3–C7 and C12, judged on the document-level findings (and, for C6 and C7, the clause findings
 * that make a step or a coordination unclear). An item is assessed only on documents its checks
 * apply to (checks/doc-kind.ts): with none in the review, it is not assessed.
 */
import { appliesTo, ruleDocKind } from '../checks/doc-kind.ts';
import type { DocKind, FindingKind } from '../model/finding.ts';
import { EvidenceList, item, joinUnique, liveFindings } from './evidence.ts';
import { clauseNote, metText, TEXTS } from './texts.ts';
import type { ChecklistInput, ItemAssessment } from './types.ts';

export type DocItemId = 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C12';

const SPECS: Record<
  DocItemId,
  { docKinds: readonly DocKind[]; clauseKinds: readonly FindingKind[] }
> = {
  C3: { docKinds: ['DOC.no_democratic_centralism'], clauseKinds: [] },
  C4: { docKinds: ['DOC.no_head_regime'], clauseKinds: [] },
  C5: { docKinds: ['DOC.no_head_responsibility'], clauseKinds: [] },
  C6: { docKinds: ['DOC.step_without_owner'], clauseKinds: ['RESP.no_actor', 'RESP.vague_actor'] },
  C7: { docKinds: ['DOC.coordination_without_deadline'], clauseKinds: ['RESP.no_lead'] },
  C12: { docKinds: ['DOC.no_supervision'], clauseKinds: [] },
};

export function assessDocItem(
  id: DocItemId,
  { documents, config }: ChecklistInput,
): ItemAssessment {
  if (id === 'C4' && !config.unitIsStateAdministrative)
    return item(id, 'not_applicable', [], TEXTS.C4notApplicable);
  const spec = SPECS[id];
  const applicable = documents.filter((d) => {
    const kind = ruleDocKind(d.docType, d.metadata.title);
    return spec.docKinds.some((k) => appliesTo(k, kind));
  });
  if (applicable.length === 0) return item(id, 'not_assessed', [], TEXTS.noApplicable);
  const ev = new EvidenceList();
  const vi: string[] = [];
  const en: string[] = [];
  let clauses = 0;
  for (const d of applicable) {
    for (const f of d.docFindings.filter((x) => spec.docKinds.includes(x.kind))) {
      if (f.evidence.length === 0) ev.add(d.documentId, undefined, f.kind);
      for (const c of f.evidence) ev.add(d.documentId, c, f.kind);
      vi.push(f.message.vi);
      en.push(f.message.en);
    }
    for (const f of liveFindings(d, spec.clauseKinds)) {
      ev.add(d.documentId, f.clauseId, f.kind);
      clauses++;
    }
  }
  const note = clauseNote(id);
  if (clauses > 0 && note) {
    vi.push(`${clauses} ${note.vi}`);
    en.push(`${clauses} ${note.en}`);
  }
  if (vi.length === 0) return item(id, 'met', [], metText(id));
  return item(id, 'needs_revision', ev.list, {
    vi: `${joinUnique(vi)}.`,
    en: `${joinUnique(en)}.`,
  });
}
