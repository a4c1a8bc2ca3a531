/**
 * The report's words in both languages. The renderer has its own tables (renderer/i18n); the
 * report is written by the backend, so it keeps the few it needs here.
 */
import type { Bilingual, FindingKind } from '../../../shared/model/finding.ts';

export type Lang = 'vi' | 'en';

export const KIND_LABEL: Record<FindingKind, Bilingual> = {
  'PROC.dossier': { vi: 'Yêu cầu hồ sơ, giấy tờ', en: 'Papers or dossier required' },
  'PROC.approval': {
    vi: 'Thêm bước phê duyệt/cho ý kiến',
    en: 'Adds an approval or opinion step',
  },
  'PROC.report': { vi: 'Nghĩa vụ báo cáo', en: 'Reporting duty' },
  'PROC.meeting': { vi: 'Họp, lấy ý kiến', en: 'Meeting or consultation' },
  'PROC.fee': { vi: 'Phát sinh phí, chi phí', en: 'Fee or cost imposed' },
  'PROC.time': { vi: 'Thời hạn, thời gian chờ', en: 'Time limit or wait' },
  'PROC.in_person': {
    vi: 'Yêu cầu bản gốc hoặc có mặt trực tiếp',
    en: 'Originals or presence in person',
  },
  'PROC.open_ended': { vi: 'Yêu cầu không có giới hạn', en: 'Requirement with no bound' },
  'RESP.no_actor': { vi: 'Không có chủ thể thực hiện', en: 'Duty with no actor' },
  'RESP.vague_actor': { vi: 'Chủ thể chung chung', en: 'Vague actor' },
  'RESP.no_lead': { vi: 'Không rõ đơn vị chủ trì', en: 'No single lead' },
  'RESP.vague_time': { vi: 'Không rõ thời hạn', en: 'No clear deadline' },
  'RESP.vague_reference': {
    vi: 'Dẫn chiếu chung "theo quy định"',
    en: 'Vague "as regulated" reference',
  },
  'RESP.escalation': { vi: 'Đẩy việc lên cấp trên', en: 'Sent up to a superior' },
  'RESP.delegation': { vi: 'Ủy quyền không giới hạn', en: 'Unbounded delegation' },
  'RESP.discretion': { vi: 'Để tùy nghi', en: 'Left to discretion' },
  'DOC.no_democratic_centralism': {
    vi: 'Thiếu nguyên tắc tập trung dân chủ',
    en: 'No democratic centralism',
  },
  'DOC.no_head_regime': { vi: 'Thiếu chế độ thủ trưởng', en: 'No head-of-agency regime' },
  'DOC.no_head_responsibility': {
    vi: 'Thiếu trách nhiệm người đứng đầu',
    en: 'No responsibility of the head',
  },
  'DOC.step_without_owner': {
    vi: 'Bước công việc không rõ người chịu trách nhiệm',
    en: 'Work step without an owner',
  },
  'DOC.coordination_without_deadline': {
    vi: 'Phối hợp không có thời hạn trả lời',
    en: 'Coordination without a reply deadline',
  },
  'DOC.outdated_legal_basis': {
    vi: 'Căn cứ pháp lý không còn hiệu lực',
    en: 'Legal basis no longer in force',
  },
  'DOC.outdated_body': {
    vi: 'Dẫn chiếu cơ quan không còn tồn tại',
    en: 'Refers to a body that no longer exists',
  },
  'DOC.no_supervision': {
    vi: 'Thiếu kiểm tra, đôn đốc, xử lý trách nhiệm',
    en: 'No supervision or accountability',
  },
};

export const FAMILY_LABEL: Record<'PROC' | 'RESP' | 'DOC', Bilingual> = {
  PROC: { vi: 'Phát sinh thủ tục, chi phí, thời gian', en: 'Adds procedure, cost or time' },
  RESP: { vi: 'Không rõ trách nhiệm', en: 'Blurs responsibility' },
  DOC: { vi: 'Cấp văn bản', en: 'Document level' },
};

export const ITEM_STATUS_LABEL: Record<string, Bilingual> = {
  met: { vi: 'Đạt', en: 'Met' },
  needs_revision: { vi: 'Cần sửa đổi, bổ sung', en: 'Needs revision' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  not_assessed: { vi: 'Chưa đánh giá', en: 'Not assessed' },
};

export const STATE_LABEL: Record<string, Bilingual> = {
  draft: { vi: 'Nháp (chưa trình)', en: 'Draft (not submitted)' },
  submitted: { vi: 'Đã trình, chờ phê duyệt', en: 'Submitted, awaiting approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại để chỉnh sửa', en: 'Returned for changes' },
};

export const REVIEW_STATUS_LABEL: Record<string, Bilingual> = {
  open: { vi: 'Chưa xem xét', en: 'Open' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  dismissed: { vi: 'Đã bỏ qua', en: 'Dismissed' },
};

export const REASON_LABEL: Record<string, Bilingual> = {
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
  false_detection: { vi: 'Phát hiện sai', en: 'False detection' },
  justified_by_law: { vi: 'Có căn cứ pháp luật', en: 'Justified by law' },
};

/** Inventory kinds a department head reads first, in this order. */
export const INVENTORY_TOTALS = [
  ['PROC.approval', { vi: 'Bước phê duyệt, cho ý kiến', en: 'Approvals' }],
  ['PROC.report', { vi: 'Nghĩa vụ báo cáo', en: 'Reports' }],
  ['PROC.meeting', { vi: 'Cuộc họp, lấy ý kiến', en: 'Meetings' }],
  ['PROC.fee', { vi: 'Khoản phí, chi phí', en: 'Fees' }],
  ['PROC.dossier', { vi: 'Yêu cầu hồ sơ, giấy tờ', en: 'Papers' }],
  ['PROC.in_person', { vi: 'Yêu cầu có mặt, bản gốc', en: 'In person' }],
] as const;

export function pick(b: Bilingual, lang: Lang): string {
  return lang === 'vi' ? b.vi : b.en;
}

export function kindLabel(kind: string, lang: Lang): string {
  const b = (KIND_LABEL as Record<string, Bilingual>)[kind];
  return b ? pick(b, lang) : kind;
}

/** yyyy-mm-dd… → dd/mm/yyyy (vi) or yyyy-mm-dd (en). */
export function dateText(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

const DOC_TYPE: Record<string, Bilingual> = {
  quy_che_lam_viec: { vi: 'Quy chế làm việc', en: 'Working regulation' },
  quy_che_phoi_hop: { vi: 'Quy chế phối hợp', en: 'Coordination regulation' },
  quy_dinh: { vi: 'Quy định', en: 'Regulation' },
  quy_trinh: { vi: 'Quy trình', en: 'Procedure' },
  quyet_dinh: { vi: 'Quyết định', en: 'Decision' },
  nghi_dinh: { vi: 'Nghị định', en: 'Decree' },
  thong_tu: { vi: 'Thông tư', en: 'Circular' },
  chi_thi: { vi: 'Chỉ thị', en: 'Directive' },
  nghi_quyet: { vi: 'Nghị quyết', en: 'Resolution' },
  ke_hoach: { vi: 'Kế hoạch', en: 'Plan' },
  huong_dan: { vi: 'Hướng dẫn', en: 'Guidance' },
  dieu_le: { vi: 'Điều lệ', en: 'Charter' },
  other: { vi: 'Văn bản khác', en: 'Other' },
};

export function docTypeLabel(id: string | null, lang: Lang): string {
  if (!id) return '';
  const b = DOC_TYPE[id];
  return b ? pick(b, lang) : id;
}

/** 87.83 → "87,83" in Vietnamese. */
export function num(n: number, lang: Lang): string {
  return lang === 'vi' ? String(n).replace('.', ',') : String(n);
}
