/** checklist.get on a real workspace: the automatic assessment of C1–C12 with its evidence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../../../shared/model/checklist.ts';
import type { TestService } from '../../../helpers/service.ts';
import { QCLV, QCPH, serviceWith } from './helpers.ts';

let s: TestService;

beforeAll(async () => {
  s = await serviceWith([QCLV, QCPH]);
});
afterAll(async () => s?.close());

describe('checklist.get', () => {
  it('starts as an unsaved draft, version 1, with the twelve items in order', async () => {
    const v = await s.api['checklist.get']({});
    expect(v).toMatchObject({ id: null, version: 1, state: 'draft', frozen: false });
    expect(v.items.map((i) => i.id)).toEqual(CHECKLIST_ITEMS.map((i) => i.id));
    expect(v.items[0]!.label.vi).toBe('Đủ phạm vi rà soát');
    expect(v.documentCount).toBe(2);
    expect(v.history).toEqual([]);
    expect(v.actor).toEqual({ name: 'Trần Văn Nam', position: 'Chuyên viên pháp chế' });
  });

  it('cites clauses with document, article and clause labels that open in the reader', async () => {
    const v = await s.api['checklist.get']({});
    const docs = await s.api['documents.list']({});
    // C1 lists the documents of the review; both are here.
    expect(new Set(v.items[0]!.automatic.evidence.map((e) => e.documentId))).toEqual(
      new Set(docs.map((d) => d.id)),
    );
    const c8 = v.items.find((i) => i.id === 'C8')!;
    expect(c8.automatic.status).toBe('needs_revision');
    expect(c8.effective).toBe('needs_revision');
    expect(c8.automatic.explanation.vi).toMatch(/phê duyệt|báo cáo|hồ sơ/);
    const e = c8.automatic.evidence[0]!;
    expect(e.docLabel).toBe(QCLV);
    expect(e.clauseLabel).toMatch(/^Điều \d+/);
    expect(e.excerpt.length).toBeGreaterThan(20);
    expect(e.kinds[0]).toMatch(/^PROC\./);
    const detail = await s.api['documents.get']({ id: e.documentId });
    const clause = detail.clauses.find((c) => c.id === e.clauseId);
    expect(clause).toBeDefined();
    expect(detail.text.slice(clause!.start, clause!.end).replace(/\s+/g, ' ')).toContain(
      e.excerpt.replace(/…$/, '').slice(0, 40),
    );
    // An item that needs revision and has none yet is reported, and blocks submission.
    expect(c8.issues.map((i) => i.field)).toEqual(['revision']);
    expect(v.blockers[0]?.vi).toMatch(/C8/);
  });

  it('stops counting a document-level finding the reviewer dismissed', async () => {
    const before = await s.api['checklist.get']({});
    const c3 = before.items.find((i) => i.id === 'C3')!;
    expect(c3.automatic.status).toBe('needs_revision');
    const { rows } = await s.api['findings.list']({ kinds: ['DOC.no_democratic_centralism'] });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      await s.api['findings.decide']({
        findingId: r.id,
        status: 'dismissed',
        reason: 'false_detection',
      });
    const after = await s.api['checklist.get']({});
    expect(after.items.find((i) => i.id === 'C3')!.automatic.status).toBe('met');
  });
});
