/** From text to checklist: real engine, real document checks, real inventory, on a small unit's rules. */
import { describe, expect, it } from 'vitest';
import { assessChecklist, type ChecklistDocument } from '../../../shared/checklist/index.ts';
import { runDocChecks } from '../../../shared/checks/index.ts';
import { inventoryRows } from '../../../shared/inventory/index.ts';
import type { DocType } from '../../../shared/model/document.ts';
import { docFromText } from '../checks/doc-helper.ts';

const QCLV = `Điều 1. Nguyên tắc làm việc
1. Sở làm việc theo nguyên tắc tập trung dân chủ, chế độ thủ trưởng.
2. Những vấn đề quan trọng được đưa ra thảo luận tập thể tại cuộc họp Ban Giám đốc; Giám đốc kết luận và quyết định.
Điều 2. Trách nhiệm của Giám đốc Sở
1. Giám đốc Sở trực tiếp quyết định các vấn đề về tổ chức bộ máy, cán bộ và tài chính.
2. Giám đốc chịu trách nhiệm trước Ủy ban nhân dân thành phố về toàn bộ hoạt động của Sở, kể cả khi các phòng chậm trễ tiến độ.
Điều 3. Kiểm tra, đôn đốc
1. Chánh Văn phòng theo dõi, kiểm tra, đôn đốc việc thực hiện nhiệm vụ của các phòng hằng tháng.
2. Cá nhân chậm trễ, né tránh, đùn đẩy công việc bị xem xét xử lý trách nhiệm.`;

const QCPH = `Điều 4. Lấy ý kiến
1. Phòng Tư pháp chủ trì, gửi dự thảo lấy ý kiến Phòng Tài chính.
Điều 5. Kiểm tra, xử lý
1. Chánh Văn phòng kiểm tra, đôn đốc việc phối hợp; cá nhân chậm trễ bị xử lý kỷ luật.`;

const QUY_TRINH = `Điều 6. Trình tự cấp giấy phép
1. Bước 1: Bộ phận một cửa tiếp nhận hồ sơ đề nghị gồm đơn và bản sao giấy phép.
2. Bước 2: Trong thời hạn 05 ngày làm việc, Phòng Quản lý Đô thị thẩm định, trình Giám đốc phê duyệt.
3. Tổ chức đề nghị chịu chi phí khảo sát thực tế.
Điều 7. Kiểm tra
1. Chánh Văn phòng kiểm tra tiến độ; cá nhân chậm trễ bị xử lý kỷ luật.`;

function build(documentId: string, text: string, docType: DocType): ChecklistDocument {
  const input = { ...docFromText(text, docType), documentId };
  const clauseFindings = [...input.clauseResults].flatMap(([clauseId, r]) =>
    r.findings.map((f) => ({ clauseId, documentId, kind: f.kind })),
  );
  return {
    documentId,
    docType,
    metadata: input.metadata,
    issuedDate: '2024-03-01',
    docFindings: runDocChecks(input),
    clauseFindings,
    inventory: inventoryRows(input.clauses, input.clauseResults),
  };
}

describe('checklist from texts', () => {
  const docs = [
    build('qclv', QCLV, 'quy_che_lam_viec'),
    build('qcph', QCPH, 'quy_che_phoi_hop'),
    build('qt', QUY_TRINH, 'quy_trinh'),
  ];
  const items = new Map(
    assessChecklist({ documents: docs, config: { unitIsStateAdministrative: true } }).items.map(
      (i) => [i.id, i],
    ),
  );

  it.each([
    ['C1', 'met'],
    ['C2', 'met'],
    ['C3', 'met'],
    ['C4', 'met'],
    ['C5', 'met'],
    ['C7', 'needs_revision'],
    ['C8', 'needs_revision'],
    ['C9', 'needs_revision'],
    ['C12', 'met'],
  ] as const)('%s is %s', (id, status) => {
    expect(items.get(id)?.status).toBe(status);
  });

  it('cites the coordination regulation for C7 and the fee clause for C9', () => {
    expect(items.get('C7')?.evidence.map((e) => [e.documentId, e.clauseId])).toContainEqual([
      'qcph',
      'r4.1',
    ]);
    expect(items.get('C9')?.evidence).toEqual([
      { documentId: 'qt', clauseId: 'r6.3', kinds: ['PROC.fee'] },
    ]);
  });
});
