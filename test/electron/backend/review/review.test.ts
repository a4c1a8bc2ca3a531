/** Decisions on findings: written at once, undoable, and kept through re-analysis. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOverrides } from '../../../../electron/backend/analysis/workspace-rules.ts';
import { CORPUS_DOCS } from '../../../helpers/corpus.ts';
import { testService, type TestService } from '../../../helpers/service.ts';

let s: TestService;
let documentId: string;

beforeAll(async () => {
  s = await testService();
  const { jobId } = await s.api['documents.import']({
    paths: [path.join(CORPUS_DOCS, '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt')],
  });
  const fin = await s.runJob(jobId);
  expect(fin.status).toBe('completed');
  documentId = (await s.api['documents.list']({}))[0]!.id;
});

describe('review decisions', () => {
  it('analyses on import and lists findings in document order', async () => {
    const { rows } = await s.api['findings.list']({});
    expect(rows.length).toBeGreaterThan(20);
    const families = new Set(rows.map((r) => r.family));
    expect(families.has('PROC') && families.has('RESP')).toBe(true);
    const ords = rows.filter((r) => r.documentId === rows[0]!.documentId).map((r) => r.excerpt);
    expect(ords.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'open')).toBe(true);
  });

  it('confirms, dismisses with a reason, refuses a dismissal without one, and undoes', async () => {
    const { rows } = await s.api['findings.list']({});
    const [a, b, c] = rows;
    await s.api['findings.decide']({
      findingId: a!.id,
      status: 'confirmed',
      note: 'Cần rút ngắn thời hạn.',
    });
    await s.api['findings.decide']({ findingId: b!.id, status: 'confirmed' });
    await expect(
      s.api['findings.decide']({ findingId: c!.id, status: 'dismissed' }),
    ).rejects.toMatchObject({ code: 'input.invalid' });
    await expect(
      s.api['findings.decide']({
        findingId: c!.id,
        status: 'dismissed',
        reason: 'justified_by_law',
      }),
    ).rejects.toMatchObject({ code: 'input.invalid' });
    const d = await s.api['findings.decide']({
      findingId: c!.id,
      status: 'dismissed',
      reason: 'justified_by_law',
      citation: 'Khoản 2 Điều 9 Nghị định 101/2024/NĐ-CP',
    });
    expect(d).toMatchObject({
      status: 'dismissed',
      reason: 'justified_by_law',
      decidedBy: 'Trần Văn Nam, Chuyên viên pháp chế',
    });
    expect((await s.api['findings.get']({ id: a!.id })).note).toBe('Cần rút ngắn thời hạn.');

    const undone = await s.api['findings.undo']({});
    expect(undone.undone?.id).toBe(c!.id);
    expect(undone.undone?.status).toBe('open');
    const p = await s.api['review.progress']({});
    expect(p.confirmed).toBe(2);
    expect(p.dismissed).toBe(0);
  });

  it('adds a manual finding on a selected span, and undo removes it', async () => {
    const detail = await s.api['documents.get']({ id: documentId });
    const clause = detail.clauses[5]!;
    const f = await s.api['findings.addManual']({
      clauseId: clause.id,
      start: 0,
      end: 10,
      kind: 'RESP.vague_actor',
      note: 'Chủ thể chưa rõ',
    });
    expect(f).toMatchObject({
      origin: 'manual',
      status: 'confirmed',
      kind: 'RESP.vague_actor',
      family: 'RESP',
    });
    expect(
      (await s.api['findings.list']({ documentIds: [documentId] })).rows.some((r) => r.id === f.id),
    ).toBe(true);
    const undone = await s.api['findings.undo']({});
    expect(undone).toEqual({ undone: null, removedId: f.id });
    expect((await s.api['findings.list']({})).rows.some((r) => r.id === f.id)).toBe(false);
    await expect(
      s.api['findings.addManual']({
        clauseId: clause.id,
        start: 0,
        end: 100000,
        kind: 'RESP.vague_actor',
      }),
    ).rejects.toMatchObject({ code: 'input.invalid' });
  });

  it('keeps decisions through re-analysis, also after a rule is switched off', async () => {
    const before = (await s.api['findings.list']({ statuses: ['confirmed'] })).rows;
    expect(before).toHaveLength(2);
    const fin = await s.runJob((await s.api['analysis.run']({})).jobId);
    expect(fin.status).toBe('completed');
    const after = (await s.api['findings.list']({ statuses: ['confirmed'] })).rows;
    expect(after.map((r) => [r.kind, r.matched, r.excerpt])).toEqual(
      before.map((r) => [r.kind, r.matched, r.excerpt]),
    );

    // Switch off a rule that produced some other, undecided finding: the decisions stay.
    const all = (await s.api['findings.list']({})).rows;
    const decidedKinds = new Set(before.map((r) => r.id));
    const other = all.find((r) => !decidedKinds.has(r.id) && r.family !== 'DOC');
    const detail = await s.api['findings.get']({ id: other!.id });
    writeOverrides(s.workspace()!.db, { disabled: [detail.ruleId], severity: {} });
    await s.runJob((await s.api['analysis.run']({})).jobId);
    const rows = (await s.api['findings.list']({})).rows;
    const ruleIds = await Promise.all(
      rows.slice(0, 50).map(async (r) => (await s.api['findings.get']({ id: r.id })).ruleId),
    );
    expect(ruleIds).not.toContain(detail.ruleId);
    expect(
      (await s.api['findings.list']({ statuses: ['confirmed'] })).rows.length,
    ).toBeGreaterThanOrEqual(1);

    // Document checks can be switched off the same way, by "doc.<kind>".
    const doc = (await s.api['findings.list']({ families: ['DOC'] })).rows[0];
    const docRule = (await s.api['findings.get']({ id: doc!.id })).ruleId;
    expect(docRule).toBe(`doc.${doc!.kind.slice(4)}`);
    writeOverrides(s.workspace()!.db, { disabled: [detail.ruleId, docRule], severity: {} });
    await s.runJob((await s.api['analysis.run']({})).jobId);
    const kinds = (await s.api['findings.list']({ families: ['DOC'] })).rows.map((r) => r.kind);
    expect(kinds).not.toContain(doc!.kind);
  });

  it('pages the queue: a first page with the full total, then the rest in order', async () => {
    const all = (await s.api['findings.list']({})).rows;
    const first = await s.api['findings.list']({ limit: 5 });
    expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, 5).map((r) => r.id));
    expect(first.total).toBe(all.length);
    const next = await s.api['findings.list']({ limit: 5, offset: 5 });
    expect(next.rows.map((r) => r.id)).toEqual(all.slice(5, 10).map((r) => r.id));
  });

  it('filters by family, kind and status', async () => {
    const proc = (await s.api['findings.list']({ families: ['PROC'] })).rows;
    expect(proc.length).toBeGreaterThan(0);
    expect(proc.every((r) => r.kind.startsWith('PROC.'))).toBe(true);
    const kind = proc[0]!.kind;
    expect(
      (await s.api['findings.list']({ kinds: [kind] })).rows.every((r) => r.kind === kind),
    ).toBe(true);
    expect((await s.api['findings.list']({ statuses: ['dismissed'] })).rows).toEqual([]);
  });
});

describe('document-level findings', () => {
  it('stores DOC findings with their evidence clauses', async () => {
    const { rows } = await s.api['findings.list']({ families: ['DOC'] });
    for (const r of rows) expect(r.kind).toMatch(/^DOC\./);
    const kinds = new Set(rows.map((r) => r.kind));
    // A coordination regulation that consults other bodies without a reply deadline is flagged.
    expect(
      kinds.has('DOC.coordination_without_deadline') || kinds.has('DOC.step_without_owner'),
    ).toBe(true);
  });
});

describe('document status', () => {
  it('moves from analysed to in review with the first decision', async () => {
    const fresh = await testService();
    await fresh.runJob(
      (
        await fresh.api['documents.import']({
          paths: [path.join(CORPUS_DOCS, '009-qcph-qlnn-tin-nguong-ton-giao-thai-nguyen.txt')],
        })
      ).jobId,
    );
    expect((await fresh.api['documents.list']({}))[0]?.status).toBe('analysed');
    const rows = (await fresh.api['findings.list']({})).rows;
    await fresh.api['findings.decide']({ findingId: rows[0]!.id, status: 'confirmed' });
    expect((await fresh.api['documents.list']({}))[0]?.status).toBe('in_review');
    for (const r of rows.slice(1))
      await fresh.api['findings.decide']({ findingId: r.id, status: 'confirmed' });
    expect((await fresh.api['documents.list']({}))[0]?.status).toBe('reviewed');
  });
});
