/** Rules as the reviewer manages them: switches, severities, and user packs from the workspace. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../../shared/rules/index.ts';
import { testService } from '../../../helpers/service.ts';
import { CORPUS_DOCS } from '../../../helpers/corpus.ts';

const userRule = {
  pack: 'don-vi',
  version: '1.0.0',
  rules: [
    {
      ...builtinPacks[0]!.rules[0]!,
      id: 'user.proc.xac_nhan_lanh_dao',
    },
  ],
};

describe('rules.list and rules.update', () => {
  it('lists built-in, document and user rules; a broken user pack is reported, not fatal', async () => {
    const s = await testService();
    const folder = (await s.api['rules.list']({})).folder;
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'don-vi.json'), JSON.stringify(userRule));
    writeFileSync(
      path.join(folder, 'hong.yaml'),
      'pack: x\nversion: 1\nrules:\n  - id: a\n    mystery: 1\n',
    );
    const v = await s.api['rules.list']({});
    expect(v.rules.some((r) => r.source === 'builtin')).toBe(true);
    expect(v.rules.filter((r) => r.source === 'document')).toHaveLength(8);
    expect(v.rules.find((r) => r.id === 'user.proc.xac_nhan_lanh_dao')?.source).toBe('user');
    expect(v.userPacks).toEqual(['don-vi.json']);
    expect(v.problems.join('\n')).toMatch(/hong\.yaml/);
    expect(v.version).toMatch(/\+don-vi@1\.0\.0$/);
  });

  it('switches a rule off and changes a severity, and refuses an unknown id', async () => {
    const s = await testService();
    const id = builtinPacks[1]!.rules[0]!.id;
    let v = await s.api['rules.update']({ id, enabled: false });
    expect(v.rules.find((r) => r.id === id)?.enabled).toBe(false);
    v = await s.api['rules.update']({ id: 'doc.no_supervision', severity: 'high' });
    expect(v.rules.find((r) => r.id === 'doc.no_supervision')?.severity).toBe('high');
    v = await s.api['rules.update']({ id, enabled: true });
    expect(v.rules.find((r) => r.id === id)?.enabled).toBe(true);
    await expect(
      s.api['rules.update']({ id: 'khong.ton.tai', enabled: false }),
    ).rejects.toMatchObject({ code: 'input.invalid' });
  });
});

describe('stale analysis', () => {
  it('counts documents analysed with other rules until they are re-analysed', async () => {
    const s = await testService();
    const doc = path.join(CORPUS_DOCS, '009-qcph-qlnn-tin-nguong-ton-giao-thai-nguyen.txt');
    await s.runJob((await s.api['documents.import']({ paths: [doc] })).jobId);
    expect((await s.api['rules.list']({})).staleDocuments).toBe(0);
    const id = builtinPacks[0]!.rules[0]!.id;
    expect((await s.api['rules.update']({ id, enabled: false })).staleDocuments).toBe(1);
    await s.runJob((await s.api['analysis.run']({})).jobId);
    expect((await s.api['rules.list']({})).staleDocuments).toBe(0);
  });
});
