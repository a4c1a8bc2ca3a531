/**
 * DOC.no_democratic_centralism and DOC.no_head_regime: the two principles section 2.2 names,
 * stated and given effect.
 */
import { headClauses } from './head.ts';
import { docFinding } from './messages.ts';
import { finder, ids, withHit, type Scanned } from './scan.ts';
import type { DocFinding } from './types.ts';

const centralism = finder(['tập trung dân chủ']);
const MEETING = String.raw`(?:cuoc hop|phien hop|hoi nghi|hop (?:ban|giao ban|lanh dao|tap the|dinh ky|thuong ky|bat thuong|thuong vu|chi dao))`;
const DECIDE = String.raw`(?:ket luan|bieu quyet|quyet dinh)`;
/** How a collective decides: collective discussion, votes, a meeting that concludes. */
const collective = finder(
  [
    'thảo luận tập thể',
    'tập thể thảo luận',
    'tập thể lãnh đạo',
    'họp tập thể',
    'ý kiến tập thể',
    'tập thể quyết định',
    'quyết định tập thể',
    'biểu quyết',
    'quá bán',
    'đa số',
  ],
  [
    String.raw`\b${MEETING}\b[^.;]{0,160}\b${DECIDE}\b`,
    String.raw`\b${DECIDE}\b[^.;]{0,160}\b${MEETING}\b`,
  ],
);

export function checkDemocraticCentralism(scanned: readonly Scanned[]): DocFinding[] {
  const stated = withHit(scanned, centralism);
  if (stated.length === 0) return [docFinding('dc_missing', [])];
  const statedIds = new Set(ids(stated));
  // The statement itself ("phát huy trí tuệ tập thể") is not yet a rule on how to decide.
  const effect = withHit(scanned, collective).filter((s) => !statedIds.has(s.clause.id));
  return effect.length > 0 ? [] : [docFinding('dc_no_effect', [...statedIds])];
}

const regime = finder(['chế độ thủ trưởng', 'chế độ một thủ trưởng']);
/** A collegial body (a people's committee; a steering board of part-time members) has no head regime. */
const collegial = finder([
  'chế độ tập thể',
  'hoạt động tập thể',
  'làm việc tập thể',
  'chế độ kiêm nhiệm',
]);
const reserved = finder(['quyết định', 'phê duyệt', 'ký ban hành']);

/** Head regime, for state administrative bodies; undefined `stateAdministrative` means yes. */
export function checkHeadRegime(
  scanned: readonly Scanned[],
  stateAdministrative = true,
): DocFinding[] {
  if (!stateAdministrative) return [];
  const stated = withHit(scanned, regime);
  if (stated.length === 0) {
    return withHit(scanned, collegial).length > 0 ? [] : [docFinding('hr_missing', [])];
  }
  const decides = headClauses(scanned).some((s) => reserved.first(s.full));
  return decides ? [] : [docFinding('hr_no_reserved', ids(stated))];
}
