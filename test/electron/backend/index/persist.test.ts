import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIndexFingerprint } from '../../../../electron/backend/index/persist.ts';
import {
  createSearchIndex,
  loadSearchIndex,
} from '../../../../electron/backend/index/search-index.ts';
import type { SearchIndex } from '../../../../electron/backend/index/types.ts';
import { fixture, RECORDS } from './fixtures.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rasoat-index-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const QUERIES = ['nguoi dung dau', 'đường', 'dương', '"thoi han"', 'giao th', 'le phi ho so', ''];
const answers = (index: SearchIndex): unknown[] =>
  QUERIES.map((q) => {
    const r = index.search(q, { limit: 50 });
    return { total: r.total, hits: r.hits };
  });

describe('save and load', () => {
  it('round-trips: the loaded index answers exactly as the saved one', async () => {
    const index = createSearchIndex();
    index.add(RECORDS);
    index.remove(['c6']);
    await index.save(dir, 'data-v7');
    const loaded = await loadSearchIndex(dir, 'data-v7');
    expect(loaded).not.toBeNull();
    expect(loaded?.size()).toBe(RECORDS.length - 1);
    expect(loaded && answers(loaded)).toEqual(answers(index));
    expect(loaded?.search('phi tham dinh').hits.map((h) => h.id)).toEqual(['c5']);
  });

  it('keeps working after load: add, update, remove, save again', async () => {
    const index = createSearchIndex();
    index.add(RECORDS);
    await index.save(dir, 'one');
    const loaded = await loadSearchIndex(dir, 'one');
    if (!loaded) throw new Error('index did not load');
    loaded.add([
      { ...fixture('a1'), id: 'n1', text: 'Văn phòng đôn đốc việc thực hiện kết luận.' },
    ]);
    loaded.removeDocument('qc-ph');
    expect(loaded.search('don doc').hits.map((h) => h.id)).toEqual(['n1']);
    expect(loaded.search('duong').total).toBe(0);
    loaded.update({ ...fixture('c1'), docTitle: 'Quy định về phí thẩm định' });
    expect(loaded.search('le phi cap giay phep').total).toBe(0);
    expect(loaded.search('phi tham dinh').total).toBe(5);
    await loaded.save(dir, 'two');
    const again = await loadSearchIndex(dir, 'two');
    expect(again?.search('don doc').hits.map((h) => h.id)).toEqual(['n1']);
    expect(again?.search('duong').total).toBe(0);
    expect(again?.search('phi tham dinh').total).toBe(5);
    // One generation of files remains beside the manifest.
    expect((await readdir(dir)).sort()).toHaveLength(3);
  });

  it.each([
    ['another fingerprint', 'data-v8'],
    ['', 'data-v8'],
  ])('detects a stale index (%s)', async (_label, wanted) => {
    const index = createSearchIndex();
    index.add(RECORDS);
    await index.save(dir, 'data-v7');
    expect(await readIndexFingerprint(dir)).toBe('data-v7');
    expect(await loadSearchIndex(dir, wanted)).toBeNull();
    expect(await loadSearchIndex(dir)).not.toBeNull();
  });

  it('treats an index of another format version as stale', async () => {
    const index = createSearchIndex();
    index.add(RECORDS);
    await index.save(dir, 'x');
    const file = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(file, 'utf8')) as { format: number };
    await writeFile(file, JSON.stringify({ ...manifest, format: manifest.format + 1 }));
    expect(await loadSearchIndex(dir, 'x')).toBeNull();
    expect(await readIndexFingerprint(dir)).toBeNull();
  });

  it('returns null when there is no index', async () => {
    expect(await loadSearchIndex(dir)).toBeNull();
    expect(await loadSearchIndex(path.join(dir, 'missing'))).toBeNull();
  });
});
