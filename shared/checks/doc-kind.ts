/**
 * Which document-level checks apply to which documents. A unit's internal rules (quy chế làm
 * việc, quy chế phối hợp, quy định, quy trình, điều lệ) are what section 2.2 asks it to review; a
 * nghị định, thông tư or nghị quyết is a higher body's act the unit cannot amend, so no DOC check
 * runs on it (its clauses still get clause findings, read as context).
 */
import type { DocType } from '../model/document.ts';
import type { DocKind } from '../model/finding.ts';
import { fold } from '../text/index.ts';

/** A decision that wraps a regulation is judged as that regulation: its title says which. */
const TITLE_KINDS: readonly [RegExp, DocType][] = [
  [/\bquy che (?:lam viec|to chuc va hoat dong|hoat dong)\b/, 'quy_che_lam_viec'],
  [/\bquy che phoi hop\b/, 'quy_che_phoi_hop'],
  [/\bdieu le\b/, 'dieu_le'],
  [/\bquy trinh\b/, 'quy_trinh'],
  [/\bquy (?:dinh|che)\b/, 'quy_dinh'],
];

/** The kind of rule a document is, reading a wrapping decision's (or unknown) title. */
export function ruleDocKind(docType: DocType, title?: string): DocType {
  if (docType !== 'quyet_dinh' && docType !== 'other') return docType;
  const t = fold(title ?? '');
  for (const [re, kind] of TITLE_KINDS) if (re.test(t)) return kind;
  return docType;
}

const WORKING: readonly DocType[] = ['quy_che_lam_viec', 'dieu_le'];
const UNIT_RULES: readonly DocType[] = [
  'quy_che_lam_viec',
  'quy_che_phoi_hop',
  'quy_dinh',
  'quy_trinh',
  'dieu_le',
];
/** Outdated references matter in anything the unit issues, plans and guidance included. */
const UNIT_ISSUED: readonly DocType[] = [
  ...UNIT_RULES,
  'quyet_dinh',
  'ke_hoach',
  'huong_dan',
  'chi_thi',
  'other',
];

/**
 * Document kinds each check applies to. Principles (C3, C4) and the head's article (C5) belong
 * in the working regulation (or charter) that sets how the unit works: asking every coordination
 * rule or procedure to restate them would report one gap many times.
 */
export const APPLIES: Readonly<Record<DocKind, readonly DocType[]>> = {
  'DOC.no_democratic_centralism': WORKING,
  'DOC.no_head_regime': WORKING,
  'DOC.no_head_responsibility': WORKING,
  'DOC.step_without_owner': UNIT_RULES,
  'DOC.coordination_without_deadline': UNIT_RULES,
  'DOC.outdated_legal_basis': UNIT_ISSUED,
  'DOC.outdated_body': UNIT_ISSUED,
  'DOC.no_supervision': UNIT_RULES,
};

/** True when the check of `kind` runs on a document of this (rule) kind. */
export function appliesTo(kind: DocKind, docKind: DocType): boolean {
  return APPLIES[kind].includes(docKind);
}
