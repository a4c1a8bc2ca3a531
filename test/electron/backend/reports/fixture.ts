/** A reviewed workspace to report on: two corpus documents, decisions, a revision action. */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FindingRowT } from '../../../../shared/ipc/findings.ts';
import type { ReportEntryT, ReportFormatT } from '../../../../shared/ipc/reports.ts';
import { corpusDoc } from '../../../helpers/corpus.ts';
import { testService, type TestService } from '../../../helpers/service.ts';

export const DOCS = [
  '001-qclv-ban-qlda-dan-dung-cong-nghiep-tphcm.txt',
  '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt',
];
export const NOTE = 'Cần ghi rõ chức danh Trưởng phòng Tổng hợp chịu trách nhiệm.';
export const REWRITE = 'Trưởng phòng Tổng hợp trình Giám đốc trong 03 ngày làm việc.';
export const CITATION = 'Điều 12 Nghị định 30/2020/NĐ-CP';
export const REVISION = {
  what: 'Bổ sung thời hạn trả lời ý kiến phối hợp',
  who: 'Chánh Văn phòng',
};

export type Reviewed = { s: TestService; confirmed: FindingRowT[]; dismissed: FindingRowT[] };

export async function reviewedWorkspace(): Promise<Reviewed> {
  const s = await testService();
  const { jobId } = await s.api['documents.import']({ paths: DOCS.map(corpusDoc) });
  expect((await s.runJob(jobId)).status).toBe('completed');
  const rows = (await s.api['findings.list']({ families: ['PROC', 'RESP'] })).rows;
  expect(rows.length).toBeGreaterThan(10);
  const confirmed = rows.slice(0, 3);
  const dismissed = rows.slice(3, 5);
  for (const [i, r] of confirmed.entries()) {
    await s.api['findings.decide']({
      findingId: r.id,
      status: 'confirmed',
      ...(i === 0 ? { note: NOTE, suggestion: REWRITE } : {}),
    });
  }
  for (const r of dismissed) {
    await s.api['findings.decide']({
      findingId: r.id,
      status: 'dismissed',
      reason: 'justified_by_law',
      citation: CITATION,
    });
  }
  const view = await s.api['checklist.get']({});
  const item = view.items.find((i) => i.automatic.status === 'needs_revision');
  expect(item).toBeDefined();
  await s.api['checklist.setItem']({
    itemId: item!.id,
    status: null,
    revision: { ...REVISION, by: `30/09/${new Date().getFullYear() + 1}` },
  });
  return { s, confirmed, dismissed };
}

export async function exportOne(
  s: TestService,
  format: ReportFormatT,
  language?: 'vi' | 'en',
): Promise<ReportEntryT> {
  const { jobId } = await s.api['reports.export']({ format, ...(language ? { language } : {}) });
  const fin = await s.runJob(jobId);
  expect(fin.status, JSON.stringify(fin.error)).toBe('completed');
  return fin.result as ReportEntryT;
}

/** Flips one bit of the byte at `at` (from the end when negative). */
export function flipByte(file: string, at: number): void {
  const bytes = readFileSync(file);
  const i = at < 0 ? bytes.length + at : at;
  bytes[i] = (bytes[i] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
}
