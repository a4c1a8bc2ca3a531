/** Which documents each check applies to, and how a wrapping decision is read. */
import { describe, expect, it } from 'vitest';
import { APPLIES, appliesTo, ruleDocKind } from '../../../shared/checks/index.ts';
import type { DocType } from '../../../shared/model/document.ts';
import { DOC_KINDS } from '../../../shared/model/finding.ts';

describe('ruleDocKind', () => {
  it.each([
    ['quyet_dinh', 'Về việc ban hành Quy chế làm việc của Sở Tư pháp', 'quy_che_lam_viec'],
    ['quyet_dinh', 'Ban hành Quy chế tổ chức và hoạt động của Trung tâm', 'quy_che_lam_viec'],
    [
      'quyet_dinh',
      'Ban hành Quy chế phối hợp giữa Văn phòng đăng ký đất đai và cơ quan thuế',
      'quy_che_phoi_hop',
    ],
    ['quyet_dinh', 'Ban hanh quy trinh tiep nhan ho so', 'quy_trinh'],
    ['other', 'Quy định về công tác thi đua, khen thưởng', 'quy_dinh'],
    ['quyet_dinh', 'Về việc thành lập Tổ công tác', 'quyet_dinh'],
    ['quy_che_phoi_hop', 'Quy chế làm việc', 'quy_che_phoi_hop'],
  ] as const)('%s "%s" → %s', (docType, title, expected) => {
    expect(ruleDocKind(docType, title)).toBe(expected);
  });
});

describe('APPLIES', () => {
  const higher: DocType[] = ['nghi_dinh', 'thong_tu', 'nghi_quyet'];
  it.each(higher)('no check runs on a %s', (t) => {
    expect(DOC_KINDS.filter((k) => appliesTo(k, t))).toEqual([]);
  });
  it('every check runs on a working regulation', () => {
    expect(DOC_KINDS.filter((k) => !appliesTo(k, 'quy_che_lam_viec'))).toEqual([]);
  });
  it('principles are asked of working regulations, not of a procedure', () => {
    expect(APPLIES['DOC.no_democratic_centralism']).not.toContain('quy_trinh');
    expect(APPLIES['DOC.step_without_owner']).toContain('quy_trinh');
  });
});
