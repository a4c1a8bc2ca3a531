/** search.query through the service: kept current with imports, removals and decisions. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspaceIndexDir } from '../../../../electron/backend/index/workspace-index.ts';
import { CORPUS_DOCS } from '../../../helpers/corpus.ts';
import { testService } from '../../../helpers/service.ts';

const A = '009-qcph-qlnn-tin-nguong-ton-giao-thai-nguyen.txt';
const B = '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt';

describe('search.query', () => {
  it('follows imports, removals and review decisions, and survives reopening', async () => {
    const s = await testService();
    await s.runJob((await s.api['documents.import']({ paths: [path.join(CORPUS_DOCS, A)] })).jobId);
    const first = await s.api['search.query']({ query: 'ton giao' });
    expect(first.total).toBeGreaterThan(3);

    await s.runJob((await s.api['documents.import']({ paths: [path.join(CORPUS_DOCS, B)] })).jobId);
    const docs = await s.api['documents.list']({});
    const b = docs.find((d) => d.number?.startsWith('95/'))!;
    const land = await s.api['search.query']({ query: 'dat dai', documentIds: [b.id] });
    expect(land.total).toBeGreaterThan(3);
    expect(land.hits.every((h) => h.documentId === b.id)).toBe(true);

    // Review status filters move with decisions: decide every finding of one clause.
    const rows = (await s.api['findings.list']({ documentIds: [b.id] })).rows.filter(
      (r) => r.clauseId,
    );
    const clauseId = rows[0]!.clauseId!;
    const clauseText = (await s.api['findings.get']({ id: rows[0]!.id })).clauseText;
    const query = `"${clauseText
      .replace(/^[\d.a-zđ)]+\s+/i, '')
      .split(/\s+/)
      .slice(0, 5)
      .join(' ')}"`;
    const has = async (status: 'open' | 'reviewed') =>
      (
        await s.api['search.query']({
          query,
          reviewStatuses: [status],
          documentIds: [b.id],
          limit: 500,
        })
      ).hits.some((h) => h.id === clauseId);
    expect(await has('open')).toBe(true);
    expect(await has('reviewed')).toBe(false);
    for (const r of rows.filter((x) => x.clauseId === clauseId)) {
      await s.api['findings.decide']({ findingId: r.id, status: 'confirmed' });
    }
    expect(await has('open')).toBe(false);
    expect(await has('reviewed')).toBe(true);

    await s.api['documents.remove']({ id: b.id });
    const gone = await s.api['search.query']({ query: 'dat dai', documentIds: [b.id] });
    expect(gone.total).toBe(0);

    // Closing saves the index; reopening gives the same answers.
    const wsPath = s.workspace()!.path;
    const expected = await s.api['search.query']({ query: 'ton giao', limit: 5 });
    await s.api['workspace.open']({ path: wsPath });
    expect(existsSync(workspaceIndexDir(wsPath))).toBe(true);
    const reopened = await s.api['search.query']({ query: 'ton giao', limit: 5 });
    expect(reopened.hits.map((h) => h.id)).toEqual(expected.hits.map((h) => h.id));
    await s.close();
  });
});
