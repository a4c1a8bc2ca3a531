/** A real service with corpus documents imported, and ways to fill the checklist in. */
import type { ChecklistViewT } from '../../../../shared/ipc/checklist.ts';
import { corpusDoc } from '../../../helpers/corpus.ts';
import { testService, type TestService } from '../../../helpers/service.ts';

export const QCLV = '001-qclv-ban-qlda-dan-dung-cong-nghiep-tphcm.txt';
export const QCPH = '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt';

export const HEAD = { name: 'Lê Thị Hoa', position: 'Trưởng phòng Pháp chế', unit: 'Văn phòng Sở' };
export const OFFICER = {
  name: 'Trần Văn Nam',
  position: 'Chuyên viên pháp chế',
  unit: 'Văn phòng Sở',
};

export async function serviceWith(names: readonly string[]): Promise<TestService> {
  const s = await testService();
  const { jobId } = await s.api['documents.import']({ paths: names.map(corpusDoc) });
  const done = await s.runJob(jobId);
  if (done.status !== 'completed') throw new Error(`import ${done.status}`);
  return s;
}

/** A date a year from now, as the reviewer types it (dd/mm/yyyy). */
export function nextYear(): string {
  const d = new Date();
  return `15/06/${d.getFullYear() + 1}`;
}

/**
 * Settles every item that blocks submission: one the software found wanting gets a revision
 * action, one it could not assess is marked not applicable, any other follows the software.
 */
export async function complete(s: TestService, view: ChecklistViewT): Promise<ChecklistViewT> {
  let v = view;
  for (const item of view.items) {
    if (item.issues.length === 0 && item.effective !== 'not_assessed') continue;
    const auto = item.automatic.status;
    v = await s.api['checklist.setItem'](
      auto === 'needs_revision'
        ? {
            itemId: item.id,
            status: null,
            revision: {
              what: `Sửa đổi các điều khoản nêu tại tiêu chí ${item.id} cho phù hợp Chỉ thị`,
              who: 'Chánh Văn phòng',
              by: nextYear(),
            },
          }
        : auto === 'not_assessed'
          ? { itemId: item.id, status: 'not_applicable' }
          : { itemId: item.id, status: null, revision: null },
    );
  }
  return v;
}
