/** Clauses written for these tests (not taken from the corpus), in three small documents. */
import type { SearchRecord } from '../../../../electron/backend/index/types.ts';

const WORK = {
  documentId: 'qc-lv',
  docKind: 'quy_che_lam_viec',
  docNumber: '12/QĐ-SNV',
  docTitle: 'Quy chế làm việc của Sở Nội vụ',
};
const COORD = {
  documentId: 'qc-ph',
  docKind: 'quy_che_phoi_hop',
  docNumber: '7/QĐ-UBND',
  docTitle: 'Quy chế phối hợp giữa các phòng chuyên môn',
};
const FEES = {
  documentId: 'qd-phi',
  docKind: 'quy_dinh',
  docNumber: '15/2024/QĐ-UBND',
  docTitle: 'Quy định về lệ phí cấp giấy phép',
};

type Extra = Partial<Pick<SearchRecord, 'findingKinds' | 'reviewStatus'>>;
const rec = (
  doc: typeof WORK,
  id: string,
  order: number,
  articleLabel: string,
  text: string,
  extra: Extra = {},
): SearchRecord => ({
  ...doc,
  id,
  order,
  articleLabel,
  text,
  findingKinds: [],
  reviewStatus: 'open',
  ...extra,
});

export const RECORDS: SearchRecord[] = [
  rec(
    WORK,
    'a1',
    1,
    'Điều 3. Trách nhiệm của người đứng đầu',
    'Giám đốc Sở là người đứng đầu, chịu trách nhiệm toàn diện trước Ủy ban nhân dân tỉnh.',
  ),
  rec(
    WORK,
    'a2',
    2,
    'Điều 4. Chế độ làm việc',
    'Cán bộ tiếp nhận hồ sơ báo cáo người phụ trách trong thời hạn 03 ngày làm việc.',
    {
      findingKinds: ['PROC.time', 'PROC.report'],
      reviewStatus: 'confirmed',
    },
  ),
  rec(
    WORK,
    'a3',
    3,
    'Điều 4. Chế độ làm việc',
    'Người được giao đứng tên hồ sơ phải có mặt từ đầu buổi họp.',
    {
      findingKinds: ['PROC.meeting'],
    },
  ),
  rec(
    COORD,
    'b1',
    1,
    'Điều 2. Công trình',
    'Sở Giao thông vận tải chủ trì việc sửa chữa đường giao thông nông thôn.',
    {
      findingKinds: ['RESP.no_lead'],
    },
  ),
  rec(
    COORD,
    'b3',
    3,
    'Điều 6. Trả lời',
    'Quá thời hạn 05 ngày làm việc mà cơ quan phối hợp không có ý kiến thì được xem là đồng ý.',
    {
      findingKinds: ['PROC.time'],
      reviewStatus: 'dismissed',
    },
  ),
  rec(
    COORD,
    'b4',
    4,
    'Điều 7. Khen thưởng',
    'Khen thưởng, biểu dương tập thể, cá nhân hoàn thành tốt nhiệm vụ được giao.',
  ),
  rec(
    FEES,
    'c1',
    1,
    'Điều 1. Mức thu',
    'Tổ chức đề nghị nộp lệ phí theo biểu mức thu ban hành kèm theo Quyết định này.',
  ),
  rec(
    FEES,
    'c2',
    2,
    'Điều 2. Thành phần',
    'Hồ sơ đề nghị gồm đơn và bản sao giấy phép kinh doanh.',
  ),
  rec(
    FEES,
    'c3',
    3,
    'Điều 2. Thành phần',
    'Trưởng phòng có quyền hạn quyết định trong thời gian Giám đốc đi vắng.',
  ),
  rec(
    FEES,
    'c5',
    5,
    'Điều 4. Phí thẩm định',
    'Cơ quan thu nộp toàn bộ số tiền vào ngân sách nhà nước.',
  ),
  rec(
    FEES,
    'c6',
    6,
    'Điều 5. Quản lý',
    'Phí thẩm định được quản lý và sử dụng theo hướng dẫn của Bộ Tài chính.',
  ),
];

/** The fixture record with this id (throws when the fixtures change under a test). */
export function fixture(id: string): SearchRecord {
  const r = RECORDS.find((x) => x.id === id);
  if (!r) throw new Error(`no fixture record ${id}`);
  return r;
}
