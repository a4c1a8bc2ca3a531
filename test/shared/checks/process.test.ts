/** C6, C7 and C12 checks on short rules written for these tests. */
import { describe, expect, it } from 'vitest';
import { runDocChecks } from '../../../shared/checks/index.ts';
import type { DocType } from '../../../shared/model/document.ts';
import type { DocKind } from '../../../shared/model/finding.ts';
import { docFromText, type Extra } from './doc-helper.ts';

type Case = {
  name: string;
  kind: DocKind;
  docType: DocType;
  text: string;
  /** Clause ids the finding must cite, in order; [] for an absence. */
  evidence?: string[];
  message?: RegExp;
  extra?: Extra;
};

const SUPERVISE = `Điều 9. Kiểm tra, đôn đốc
1. Chánh Văn phòng theo dõi, kiểm tra, đôn đốc việc thực hiện nhiệm vụ của các phòng hằng tháng.
2. Cá nhân chậm trễ, né tránh, đùn đẩy công việc bị xem xét xử lý trách nhiệm.`;

const FIRES: Case[] = [
  {
    name: 'a step with no one to do it',
    kind: 'DOC.step_without_owner',
    docType: 'quy_trinh',
    evidence: ['r4.1'],
    text: `Điều 4. Trình tự giải quyết\n1. Bước 1: Tiếp nhận hồ sơ và chuyển cho phòng chuyên môn.\n2. Bước 2: Phòng Quản lý đô thị thẩm định hồ sơ trong 05 ngày làm việc.`,
  },
  {
    name: 'a procedural clause the rules find ownerless',
    kind: 'DOC.step_without_owner',
    docType: 'quy_dinh',
    evidence: ['r3.1'],
    extra: { 'r3.1': ['RESP.no_actor'] },
    text: `Điều 3. Báo cáo\n1. Báo cáo kết quả thực hiện được gửi về Văn phòng trước ngày 20 hằng tháng.`,
  },
  {
    name: 'consultation with no reply deadline',
    kind: 'DOC.coordination_without_deadline',
    docType: 'quy_che_phoi_hop',
    evidence: ['r5.1'],
    message: /thời hạn trả lời/,
    text: `Điều 5. Lấy ý kiến\n1. Phòng Tư pháp gửi dự thảo lấy ý kiến Phòng Tài chính.\n2. Quá thời hạn mà Phòng Tài chính không có ý kiến thì được xem là đồng ý.`,
  },
  {
    name: 'no rule on what silence means',
    kind: 'DOC.coordination_without_deadline',
    docType: 'quy_che_phoi_hop',
    evidence: ['r5.1'],
    message: /không trả lời/,
    text: `Điều 5. Lấy ý kiến\n1. Phòng Tư pháp gửi dự thảo lấy ý kiến Phòng Tài chính; Phòng Tài chính trả lời trong 03 ngày làm việc.`,
  },
  {
    name: 'coordination duty in a relations article',
    kind: 'DOC.coordination_without_deadline',
    docType: 'quy_che_lam_viec',
    evidence: ['r7.1'],
    message: /thời hạn trả lời/,
    text: `Điều 7. Quan hệ công tác với các sở\n1. Văn phòng phối hợp với Sở Tài chính trong việc lập dự toán.\n2. Quá 05 ngày làm việc mà không có ý kiến thì được coi như thống nhất.`,
  },
  {
    name: 'neither supervision nor consequences',
    kind: 'DOC.no_supervision',
    docType: 'quy_che_lam_viec',
    evidence: [],
    message: /Không quy định kiểm tra/,
    text: `Điều 1. Phạm vi\n1. Quy chế này quy định chế độ làm việc của Sở.`,
  },
  {
    name: 'supervision without consequences',
    kind: 'DOC.no_supervision',
    docType: 'quy_che_lam_viec',
    evidence: [],
    message: /không quy định xử lý/,
    text: `Điều 9. Kiểm tra\n1. Chánh Văn phòng theo dõi, kiểm tra, đôn đốc việc thực hiện nhiệm vụ của các phòng.`,
  },
  {
    name: 'consequences without supervision',
    kind: 'DOC.no_supervision',
    docType: 'quy_dinh',
    evidence: [],
    message: /theo dõi, kiểm tra/,
    text: `Điều 9. Xử lý vi phạm\n1. Cá nhân vi phạm Quy định này bị xử lý kỷ luật.`,
  },
];

const SILENT: Case[] = [
  {
    name: 'every step has an owner',
    kind: 'DOC.step_without_owner',
    docType: 'quy_trinh',
    text: `Điều 4. Trình tự giải quyết\n1. Bước 1: Bộ phận một cửa tiếp nhận hồ sơ và chuyển Phòng Quản lý đô thị trong ngày.\n2. Bước 2: Phòng Quản lý đô thị thẩm định hồ sơ trong 05 ngày làm việc.`,
  },
  {
    name: 'a lead-in is not a step',
    kind: 'DOC.step_without_owner',
    docType: 'quy_trinh',
    text: `Điều 4. Quy trình xử lý\n1. Quy trình gồm các bước sau:\na) Chánh Văn phòng tiếp nhận văn bản đến.\nb) Giám đốc phân công xử lý trong ngày.`,
  },
  {
    name: 'consultation with deadline and silence rule',
    kind: 'DOC.coordination_without_deadline',
    docType: 'quy_che_phoi_hop',
    text: `Điều 5. Lấy ý kiến\n1. Phòng Tư pháp gửi dự thảo lấy ý kiến Phòng Tài chính; Phòng Tài chính trả lời trong 03 ngày làm việc.\n2. Quá thời hạn mà Phòng Tài chính không có ý kiến thì được xem là đồng ý.`,
  },
  {
    name: 'deadline in the points of the khoản',
    kind: 'DOC.coordination_without_deadline',
    docType: 'quy_che_phoi_hop',
    text: `Điều 6. Phương thức phối hợp\n1. Lấy ý kiến bằng văn bản:\na) Cơ quan chủ trì gửi văn bản đề nghị, trong đó phải có thời hạn trả lời.\nb) Cơ quan được hỏi không trả lời đúng hạn thì phải chịu trách nhiệm.`,
  },
  {
    name: 'no coordination at all',
    kind: 'DOC.coordination_without_deadline',
    docType: 'quy_dinh',
    text: `Điều 2. Lưu trữ\n1. Văn thư cơ quan lưu trữ hồ sơ trong 05 năm.`,
  },
  {
    name: 'supervision and consequences',
    kind: 'DOC.no_supervision',
    docType: 'quy_che_lam_viec',
    text: SUPERVISE,
  },
  {
    name: 'a decree is not a unit rule',
    kind: 'DOC.no_supervision',
    docType: 'nghi_dinh',
    text: `Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định về công tác văn thư.`,
  },
];

const run = (c: Case) =>
  runDocChecks(docFromText(c.text, c.docType, c.extra ? { extra: c.extra } : {})).filter(
    (f) => f.kind === c.kind,
  );

describe('process, coordination and supervision checks', () => {
  it.each(FIRES.map((c) => [c.name, c] as const))('fires: %s', (_n, c) => {
    const found = run(c).filter((f) => !c.message || c.message.test(f.message.vi));
    expect(found).toHaveLength(1);
    if (c.evidence) expect(found[0]?.evidence).toEqual(c.evidence);
  });
  it.each(SILENT.map((c) => [c.name, c] as const))('silent: %s', (_n, c) => {
    expect(run(c)).toEqual([]);
  });
  it('groups ownerless steps by article', () => {
    const text = `Điều 4. Trình tự\n1. Bước 1: Tiếp nhận hồ sơ.\n2. Bước 2: Thẩm định hồ sơ.\nĐiều 5. Quy trình cấp phép\n1. Bước 1: Kiểm tra thực địa.`;
    const found = runDocChecks(docFromText(text, 'quy_trinh')).filter(
      (f) => f.kind === 'DOC.step_without_owner',
    );
    expect(found.map((f) => [f.articleNumber, f.evidence])).toEqual([
      ['4', ['r4.1', 'r4.2']],
      ['5', ['r5.1']],
    ]);
  });
});
