/** Excerpts of inventory rows, and rows from the real rule engine. */
import { describe, expect, it } from 'vitest';
import { inventoryRows } from '../../../shared/inventory/index.ts';
import { classify } from '../../../shared/rules/index.ts';
import { resultOf } from './result-helper.ts';

const ARTICLE = 'Điều 5. Trình tự cấp giấy phép';

describe('inventoryRows on sentences and on the engine', () => {
  it('excerpts the sentence of the requirement', () => {
    const text = 'Phòng Tư pháp thẩm định dự thảo. Hồ sơ đề nghị gồm: đơn, bản sao giấy phép.';
    const [row] = inventoryRows([{ id: 'c', articleTitle: ARTICLE, text }], {
      c: resultOf('c', text, [['PROC.dossier', 'Hồ sơ đề nghị gồm']]),
    });
    expect(row?.excerpt).toBe('Hồ sơ đề nghị gồm: đơn, bản sao giấy phép.');
    const fee = '1. Tổ chức đề nghị nộp phí 1.000.000 đồng cho mỗi hồ sơ. Phòng Tài chính thu phí.';
    const [r2] = inventoryRows([{ id: 'f', articleTitle: ARTICLE, text: fee }], {
      f: resultOf('f', fee, [['PROC.fee', 'nộp phí']]),
    });
    expect(r2?.excerpt).toBe('Tổ chức đề nghị nộp phí 1.000.000 đồng cho mỗi hồ sơ.');
  });

  it('skips clauses with no procedural finding, and runs on the real engine', () => {
    const texts = [
      'Tổ chức đề nghị chịu chi phí khảo sát thực tế.',
      'Quy chế này áp dụng đối với công chức của Sở.',
    ];
    const clauses = texts.map((text, i) => ({ id: `k${i}`, articleTitle: ARTICLE, text }));
    const results = new Map(
      clauses.map((c) => [c.id, classify({ id: c.id, text: c.text, article: c.articleTitle })]),
    );
    const rows = inventoryRows(clauses, results);
    expect(rows.find((r) => r.kind === 'PROC.fee')).toMatchObject({
      clauseId: 'k0',
      bearer: 'organisation',
    });
    expect(rows.filter((r) => r.clauseId === 'k1')).toEqual([]);
  });
});
