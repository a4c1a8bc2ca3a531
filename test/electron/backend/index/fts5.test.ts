import { afterAll, describe, expect, it } from 'vitest';
import { createFts5Index, fts5Match } from '../../../../electron/backend/index/fts5.ts';
import { RECORDS } from './fixtures.ts';

describe('fts5Match', () => {
  it.each([
    ['nguoi dung dau', '"nguoi" AND "dung" AND "dau" *'],
    ['Đồng ý ', '"dong" AND "y"'],
    ['"thời hạn" giải quyết', '"thoi han" AND "giai" AND "quyet" *'],
    ['"thoi ha', '"thoi ha" *'],
    ['  ', null],
  ])('%j', (query, expected) => {
    expect(fts5Match(query)).toBe(expected);
  });
});

describe('FTS5 comparison index', () => {
  const fts = createFts5Index();
  fts.add(RECORDS);
  afterAll(() => fts.close());

  it.each([
    ['nguoi dung dau', ['a1', 'a3']],
    ['người đứng đầu', ['a1', 'a3']],
    ['dong y', ['b3']], // "đ" folded to "d" before FTS5 sees it
    ['duong', ['b1', 'b4']],
    ['le phi ho so', ['c2']],
    ['"thoi han"', ['a2', 'b3']],
    ['"han thoi"', []],
    ['giao th', ['b1', 'b4']],
  ])('%s', (query, expected) => {
    const r = fts.search(query, { limit: 20, count: true });
    expect([...r.ids].sort()).toEqual(expected);
    expect(r.total).toBe(expected.length);
  });

  it('counts its rows', () => {
    expect(fts.size()).toBe(RECORDS.length);
  });
});
