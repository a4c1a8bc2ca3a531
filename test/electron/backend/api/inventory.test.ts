/** The procedure inventory of a document, and what a new version adds. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/corpus.ts';
import { testService } from '../../../helpers/service.ts';

const HEAD = `ỦY BAN NHÂN DÂN PHƯỜNG HÒA CƯỜNG
Số: 12/QĐ-UBND
Đà Nẵng, ngày 05 tháng 3 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế làm việc của Ủy ban nhân dân phường
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân phường.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
QUY CHẾ
Làm việc của Ủy ban nhân dân phường
(Ban hành kèm theo Quyết định số 12/QĐ-UBND)
Điều 1. Tiếp nhận hồ sơ
1. Công chức Văn phòng tiếp nhận hồ sơ đề nghị gồm đơn đề nghị và bản sao giấy tờ tùy thân.
2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, công chức Địa chính trình Chủ tịch Ủy ban nhân dân phường ký quyết định.
`;
const EXTRA = `3. Trước khi trình, dự thảo quyết định phải được Phó Chủ tịch phụ trách cho ý kiến bằng văn bản trong thời hạn 03 ngày làm việc.
`;

describe('inventory.get', () => {
  it('lists one row per procedural requirement and says what a new version adds', async () => {
    const s = await testService();
    const dir = tempDir('inv');
    const v1 = path.join(dir, 'v1.txt');
    const v2 = path.join(dir, 'v2.txt');
    writeFileSync(v1, HEAD);
    writeFileSync(v2, HEAD + EXTRA);
    await s.runJob((await s.api['documents.import']({ paths: [v1] })).jobId);
    const doc = (await s.api['documents.list']({}))[0]!;
    const first = await s.api['inventory.get']({ documentId: doc.id });
    expect(first.rows.length).toBeGreaterThanOrEqual(2);
    expect(first.summary.total).toBe(first.rows.length);
    expect(first.rows.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['PROC.dossier', 'PROC.time']),
    );
    const timed = first.rows.find((r) => r.kind === 'PROC.time')!;
    expect(timed.timeLimit).toEqual({ days: 5, unit: 'working' });
    expect(first.change).toBeNull();

    await s.runJob((await s.api['documents.import']({ paths: [v2] })).jobId);
    const second = await s.api['inventory.get']({ documentId: doc.id });
    expect(second.change?.fromVersion).toBe(1);
    expect(second.change?.sentence.vi).toMatch(/thêm 1 bước phê duyệt/);
    expect(second.change?.sentence.vi).toMatch(/thêm 3 ngày làm việc/);

    // A dismissed finding leaves the inventory.
    const proc = (await s.api['findings.list']({ documentIds: [doc.id], kinds: ['PROC.dossier'] }))
      .rows[0]!;
    await s.api['findings.decide']({
      findingId: proc.id,
      status: 'dismissed',
      reason: 'false_detection',
    });
    const third = await s.api['inventory.get']({ documentId: doc.id });
    expect(third.rows.filter((r) => r.kind === 'PROC.dossier').length).toBeLessThan(
      second.rows.filter((r) => r.kind === 'PROC.dossier').length,
    );
  });
});
