/**
 * Who bears a procedural requirement. The actor (analysis/actor.ts) decides for steps people
 * take themselves (an approval, a report, a meeting); for papers, fees, presence and waits the
 * burden falls on the applicant the clause names, even when an office is the grammatical actor
 * ("Bộ phận một cửa tiếp nhận hồ sơ của tổ chức, cá nhân").
 */
import type { ClauseActor } from '../analysis/actor.ts';
import { phraseFinder } from '../analysis/phrase-finder.ts';
import type { PreparedText } from '../analysis/prepared.ts';
import { prepareText } from '../analysis/prepared.ts';
import type { ProcKind } from '../model/finding.ts';
import type { Bearer } from './types.ts';

/** "Tổ chức, cá nhân" counts as citizen: the requirement reaches individuals too. */
const citizen = phraseFinder(
  [
    'công dân',
    'người dân',
    'cá nhân',
    'người đề nghị',
    'người yêu cầu',
    'người nộp hồ sơ',
    'hộ gia đình',
    'người sử dụng đất',
    'người nộp thuế',
    'thí sinh',
    'người học',
    'người đăng ký',
  ],
  [],
);
// "tổ chức" is also a verb ("tổ chức họp"): only its noun uses count.
const organisation = phraseFinder(
  ['doanh nghiệp', 'nhà đầu tư', 'chủ đầu tư', 'nhà thầu', 'hợp tác xã'],
  [String.raw`\bto chuc (?:de nghi|yeu cau|nop|dang ky|xin|su dung dat|kinh te|nuoc ngoai)\b`],
);
const internal = phraseFinder([
  'công chức',
  'viên chức',
  'cán bộ',
  'người lao động',
  'chuyên viên',
  'thành viên',
]);

/** Kinds whose burden falls on an applicant the clause names. */
const APPLICANT_KINDS: readonly ProcKind[] = [
  'PROC.dossier',
  'PROC.fee',
  'PROC.in_person',
  'PROC.open_ended',
  'PROC.time',
];

function outside(p: PreparedText): Bearer | undefined {
  if (citizen.first(p)) return 'citizen';
  if (organisation.first(p)) return 'organisation';
  return undefined;
}

export function bearerOf(kind: ProcKind, actor: ClauseActor, text: PreparedText): Bearer {
  // A vague group ("các cơ quan, tổ chức, cá nhân có liên quan") says nothing about the burden.
  if (actor.kind === 'party') {
    const who = outside(prepareText(actor.mention.text));
    if (who) return who;
  }
  if (APPLICANT_KINDS.includes(kind)) {
    const who = outside(text);
    if (who) return who;
  }
  if (actor.kind === 'named' || actor.kind === 'vague') return 'internal';
  if (actor.kind === 'party' && internal.first(prepareText(actor.mention.text))) return 'internal';
  return outside(text) ?? 'unknown';
}
