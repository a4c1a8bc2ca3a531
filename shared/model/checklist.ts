/** The section 2.2 checklist of directive-model.md §2. */

export const CHECKLIST_ITEMS = [
  { id: 'C1', vi: 'Đủ phạm vi rà soát', en: 'Full review scope' },
  { id: 'C2', vi: 'Phù hợp yêu cầu nhiệm vụ và thực tiễn', en: 'Fit for current tasks and practice' },
  { id: 'C3', vi: 'Nguyên tắc tập trung dân chủ', en: 'Democratic centralism' },
  { id: 'C4', vi: 'Chế độ thủ trưởng', en: 'Head-of-agency regime' },
  { id: 'C5', vi: 'Trách nhiệm người đứng đầu', en: "Head's responsibility" },
  { id: 'C6', vi: 'Cụ thể hóa, cá thể hóa từng khâu', en: 'Every step specific and individual' },
  { id: 'C7', vi: 'Quan hệ phối hợp rõ đầu mối', en: 'Coordination with a clear lead' },
  { id: 'C8', vi: 'Không phát sinh thủ tục', en: 'No added procedures' },
  { id: 'C9', vi: 'Không phát sinh chi phí', en: 'No added costs' },
  { id: 'C10', vi: 'Không kéo dài thời gian', en: 'No added delays' },
  { id: 'C11', vi: 'Không đẩy việc lên cấp trên', en: 'No pushing matters upward' },
  { id: 'C12', vi: 'Kiểm tra, đôn đốc, xử lý trách nhiệm', en: 'Supervision and accountability' },
] as const;

export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]['id'];
export type ItemStatus = 'met' | 'needs_revision' | 'not_applicable' | 'not_assessed';
export type ChecklistState = 'draft' | 'submitted' | 'approved' | 'returned';
