import { describe, expect, it } from 'vitest';
import { inventoryRow } from '../../../shared/analysis/index.ts';
import { classify } from '../../../shared/rules/index.ts';

describe('inventoryRow', () => {
  it('gives one row per PROC finding with bearer, actor and time limit', () => {
    const clause = {
      id: 'c1',
      text: 'Tổ chức đề nghị nộp hồ sơ tại Bộ phận một cửa; Phòng Quản lý đô thị thẩm định trong thời hạn 05 ngày làm việc.',
    };
    const rows = inventoryRow(clause, classify(clause).findings);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['PROC.dossier', 'PROC.approval', 'PROC.time']),
    );
    for (const r of rows) {
      expect(r.clauseId).toBe('c1');
      expect(r.bearer).toBe('organisation');
      expect(r.timeLimit).toEqual({
        days: 5,
        working: true,
        text: 'trong thời hạn 05 ngày làm việc',
      });
    }
  });

  it('takes the actor from the lead-in and marks an internal step', () => {
    const clause = {
      id: 'c2',
      text: 'a) Báo cáo Giám đốc trước ngày 20 hằng tháng.',
      context: 'Phòng Kế hoạch có trách nhiệm:',
    };
    const [row] = inventoryRow(clause, classify(clause).findings);
    expect(row).toMatchObject({
      kind: 'PROC.report',
      bearer: 'internal_unit',
      actor: 'Phòng Kế hoạch',
      actorKind: 'named',
    });
  });

  it('has no rows for a clause with no PROC finding', () => {
    const clause = {
      id: 'c3',
      text: 'Hội đồng làm việc theo nguyên tắc tập thể, quyết định theo đa số.',
    };
    expect(inventoryRow(clause, classify(clause).findings)).toEqual([]);
  });
});
