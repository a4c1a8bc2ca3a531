/** Finding kinds of directive-model.md §3. Ids appear unchanged in rule packs, UI and reports. */

export const PROC_KINDS = [
  'PROC.dossier',
  'PROC.approval',
  'PROC.report',
  'PROC.meeting',
  'PROC.fee',
  'PROC.time',
  'PROC.in_person',
  'PROC.open_ended',
] as const;

export const RESP_KINDS = [
  'RESP.no_actor',
  'RESP.vague_actor',
  'RESP.no_lead',
  'RESP.vague_time',
  'RESP.vague_reference',
  'RESP.escalation',
  'RESP.delegation',
  'RESP.discretion',
] as const;

export const DOC_KINDS = [
  'DOC.no_democratic_centralism',
  'DOC.no_head_regime',
  'DOC.no_head_responsibility',
  'DOC.step_without_owner',
  'DOC.coordination_without_deadline',
  'DOC.outdated_legal_basis',
  'DOC.outdated_body',
  'DOC.no_supervision',
] as const;

export type ProcKind = (typeof PROC_KINDS)[number];
export type RespKind = (typeof RESP_KINDS)[number];
export type DocKind = (typeof DOC_KINDS)[number];
export type ClauseKind = ProcKind | RespKind;
export type FindingKind = ClauseKind | DocKind;
export type Family = 'PROC' | 'RESP' | 'DOC';
export type Severity = 'info' | 'low' | 'medium' | 'high';

export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high'];

export function familyOf(kind: FindingKind): Family {
  const f = kind.slice(0, kind.indexOf('.'));
  if (f === 'PROC' || f === 'RESP' || f === 'DOC') return f;
  throw new Error(`unknown family in ${kind}`);
}

export const ALL_KINDS: readonly FindingKind[] = [...PROC_KINDS, ...RESP_KINDS, ...DOC_KINDS];

export function isFindingKind(s: string): s is FindingKind {
  return (ALL_KINDS as readonly string[]).includes(s);
}

export type Bilingual = { vi: string; en: string };

/** One match of a rule on a clause; span is [start, end) in the clause text. */
export type ClauseFinding = {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  span: [number, number];
  matched: string;
  message: Bilingual;
  explanation: Bilingual;
  directiveRef: string;
  suggestion?: Bilingual;
};

export type ReviewStatus = 'open' | 'confirmed' | 'dismissed';
export type DismissReason = 'not_applicable' | 'false_detection' | 'justified_by_law';
