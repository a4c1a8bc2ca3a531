import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../../electron/backend/index/search-index.ts';
import type { SearchIndex, SearchOptions } from '../../../../electron/backend/index/types.ts';
import { fold } from '../../../../shared/text/index.ts';
import { fixture, RECORDS } from './fixtures.ts';

function fresh(): SearchIndex {
  const index = createSearchIndex();
  index.add(RECORDS);
  return index;
}

const ids = (index: SearchIndex, q: string, opts?: SearchOptions): string[] =>
  index.search(q, opts).hits.map((h) => h.id);

describe('matching Vietnamese text', () => {
  const index = fresh();
  // [query, ids expected in any order]
  it.each([
    ['nguoi dung dau', ['a1', 'a3']],
    ['người đứng đầu', ['a1', 'a3']],
    ['NGUOI DUNG DAU', ['a1', 'a3']],
    ['dong y', ['b3']],
    ['Đồng ý', ['b3']],
    ['đong y', ['b3']],
    ['duong', ['b1', 'b4']],
    ['le phi ho so', ['c2']], // "lệ phí" in the document title, "hồ sơ" in the text
    ['chu tri sua chua', ['b1']],
    ['giao th', ['b1', 'b4']], // the last word is a prefix while typing: thông, thưởng
    ['giao th ', []], // …but not once a space closes it
    ['bieu d', ['b4', 'c1']], // biểu dương, biểu … đề nghị
    ['khong co trong van ban', []],
    ['"thoi han"', ['a2', 'b3']],
    ['"han thoi"', []],
    ['"ngay lam viec"', ['a2', 'b3']],
    ['"viec lam ngay"', []],
  ])('%s', (query, expected) => {
    expect(ids(index, query).sort()).toEqual([...expected].sort());
    expect(index.search(query).total).toBe(expected.length);
  });
});

describe('ranking', () => {
  const index = fresh();
  it.each([
    // [query, ids in the expected order]
    ['người đứng đầu', ['a1', 'a3']], // adjacent words first
    ['nguoi dung dau', ['a1', 'a3']],
    ['đường', ['b1', 'b4']], // exact diacritics first: "đường" above "dương"
    ['dương', ['b4', 'b1']],
    ['giao th', ['b1', 'b4']], // "giao thông" adjacent above "giao … thưởng"
    ['bieu d', ['b4', 'c1']],
    ['phi tham dinh', ['c5', 'c6']], // article-title match above a text match
  ])('%s', (query, expected) => {
    expect(ids(index, query)).toEqual(expected);
  });

  it('ranks adjacent words above scattered ones', () => {
    expect(ids(index, 'thoi han').slice(-1)).toEqual(['c3']); // "thời gian … quyền hạn"
  });

  it('gives higher scores to better hits', () => {
    const [first, second] = index.search('đường').hits;
    expect(first?.score).toBeGreaterThan(second?.score ?? Infinity);
  });
});

describe('filters, sorting and paging', () => {
  const index = fresh();
  it.each<[string, SearchOptions, string[]]>([
    ['', { findingKinds: ['PROC.time'] }, ['a2', 'b3']],
    ['', { findingKinds: ['PROC.report', 'RESP.no_lead'] }, ['a2', 'b1']],
    ['thoi han', { reviewStatuses: ['dismissed'] }, ['b3']],
    ['ho so', { documentIds: ['qd-phi'] }, ['c2']],
    ['ho so', { docKinds: ['quy_che_lam_viec'], sort: 'document' }, ['a2', 'a3']],
    ['ho so', { sort: 'document' }, ['a2', 'a3', 'c2']],
    ['thoi han', { sort: 'document' }, ['a2', 'b3', 'c3']],
    ['ho so', { sort: 'document', limit: 1, offset: 1 }, ['a3']],
    ['', { docKinds: ['quy_dinh'], sort: 'document', limit: 2 }, ['c1', 'c2']],
  ])('%j %j', (query, opts, expected) => {
    expect(ids(index, query, opts)).toEqual(expected);
  });

  it('counts every match, not only the page', () => {
    const r = index.search('ho so', { limit: 1 });
    expect(r.hits).toHaveLength(1);
    expect(r.total).toBe(3);
  });
});

describe('changes', () => {
  it('forgets a removed document', () => {
    const index = fresh();
    expect(ids(index, 'duong')).toHaveLength(2);
    index.removeDocument('qc-ph');
    expect(ids(index, 'duong')).toEqual([]);
    expect(ids(index, 'thoi han').sort()).toEqual(['a2', 'c3']);
    expect(index.size()).toBe(RECORDS.length - 3);
  });

  it('forgets removed records and re-adds them', () => {
    const index = fresh();
    index.remove(['a1']);
    expect(ids(index, 'nguoi dung dau')).toEqual(['a3']);
    index.add(RECORDS.filter((r) => r.id === 'a1'));
    expect(ids(index, 'nguoi dung dau')).toEqual(['a1', 'a3']);
  });

  it('re-indexes an updated text and keeps non-text updates cheap', () => {
    const index = fresh();
    const a3 = fixture('a3');
    index.update({ ...a3, text: 'Văn thư lưu trữ hồ sơ theo danh mục.' });
    expect(ids(index, 'nguoi dung dau')).toEqual(['a1']);
    expect(ids(index, 'van thu')).toEqual(['a3']);
    index.update({
      ...a3,
      text: 'Văn thư lưu trữ hồ sơ theo danh mục.',
      reviewStatus: 'dismissed',
    });
    expect(ids(index, 'van thu', { reviewStatuses: ['dismissed'] })).toEqual(['a3']);
    expect(index.size()).toBe(RECORDS.length);
  });

  it('re-indexes a document whose title changed, for all its clauses', () => {
    const index = fresh();
    expect(index.search('le phi cap giay phep', { sort: 'document' }).total).toBe(5);
    index.update({ ...fixture('c2'), docTitle: 'Quy định về phí thẩm định hồ sơ' });
    expect(index.search('le phi cap giay phep').total).toBe(0);
    expect(ids(index, 'tham dinh ho so', { sort: 'document' })).toEqual([
      'c1',
      'c2',
      'c3',
      'c5',
      'c6',
    ]);
    expect(index.search('ho so').hits.find((h) => h.id === 'c1')?.docTitle).toBe(
      'Quy định về phí thẩm định hồ sơ',
    );
  });

  it('stays correct after many removals (tombstones are compacted)', () => {
    const index = fresh();
    const filler = Array.from({ length: 1500 }, (_, i) => ({
      ...fixture('a1'),
      id: `f${i}`,
      documentId: 'filler',
      text: `Nội dung bổ sung số ${i} về chế độ báo cáo định kỳ.`,
    }));
    index.add(filler);
    expect(index.search('bao cao dinh ky').total).toBe(1500);
    index.removeDocument('filler');
    expect(index.search('bao cao dinh ky').total).toBe(0);
    expect(ids(index, 'người đứng đầu')).toEqual(['a1', 'a3']);
    expect(index.size()).toBe(RECORDS.length);
  });
});

describe('snippets', () => {
  const long = {
    ...fixture('a1'),
    id: 'long',
    text:
      'Các phòng, đơn vị thuộc Sở có trách nhiệm triển khai thực hiện nhiệm vụ được giao, bảo đảm ' +
      'tiến độ, chất lượng và hiệu quả; thường xuyên rà soát các quy trình nội bộ, kịp thời đề xuất ' +
      'sửa đổi những quy định không còn phù hợp; khi có vướng mắc thì báo cáo người đứng đầu để xem xét.',
  };
  const index = fresh();
  index.add([long]);

  it.each([
    ['nguoi dung dau'],
    ['người đứng đầu'],
    ['kip thoi de xuat'],
    ['trach nhiem'],
    ['phong'],
  ])('highlights point at the matched words: %s', (query) => {
    const hit = index
      .search(query, { documentIds: [long.documentId] })
      .hits.find((h) => h.id === 'long');
    if (!hit) throw new Error(`no hit for ${query}`);
    const words = fold(query).split(' ');
    const { text, highlights } = hit.snippet;
    expect(text.length).toBeLessThanOrEqual(162);
    expect(highlights.length).toBeGreaterThan(0);
    for (const [s, e] of highlights) {
      const w = fold(text.slice(s, e));
      expect(words.some((q, i) => w === q || (i === words.length - 1 && w.startsWith(q)))).toBe(
        true,
      );
    }
  });

  it('centres a long clause on its match', () => {
    const hit = index.search('nguoi dung dau').hits.find((h) => h.id === 'long');
    expect(hit?.snippet.text.startsWith('…')).toBe(true);
    expect(hit?.snippet.text).toContain('người đứng đầu');
  });

  it('returns a short clause whole, every matched word highlighted', () => {
    const hit = index.search('dong y').hits[0];
    const text = fixture('b3').text;
    expect(hit?.snippet.text).toBe(text);
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const dongY = text.indexOf('đồng ý');
    // "ý" is the last, prefix word: both "ý kiến" and "đồng ý" carry it.
    expect(hit?.snippet.highlights).toEqual([at('ý'), at('đồng'), [dongY + 5, dongY + 6]]);
  });
});
