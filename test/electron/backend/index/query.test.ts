import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../electron/backend/index/query.ts';

describe('parseQuery', () => {
  it.each([
    // [input, terms as folded/exact/prefix, phrases as folded words]
    ['nguoi dung dau', ['nguoi', 'dung', 'dau*'], []],
    ['người đứng đầu ', ['nguoi=người', 'dung=đứng', 'dau=đầu'], []],
    ['Hoà', ['hoa=hòa*'], []], // normalised to one tone-mark convention
    ['"thời hạn" giải quyết', ['thoi=thời', 'han=hạn', 'giai=giải', 'quyet=quyết*'], ['thoi han']],
    ['“ngày làm việc”', ['ngay=ngày', 'lam=làm', 'viec=việc'], ['ngay lam viec']],
    ['"nguoi dung', ['nguoi', 'dung*'], ['nguoi dung']], // open quote: still typing
    ['ho so ho so', ['ho', 'so'], []], // repeated words count once; the last is complete
    ['QĐ-UBND', ['qd=qđ', 'ubnd*'], []],
    ['  ', [], []],
  ])('%j', (input, terms, phrases) => {
    const q = parseQuery(input);
    const shown = q.terms.map(
      (t) => `${t.folded}${t.exact ? `=${t.exact}` : ''}${t.prefix ? '*' : ''}`,
    );
    expect(shown).toEqual(terms);
    expect(q.phrases.map((p) => p.map((t) => q.terms[t]?.folded).join(' '))).toEqual(phrases);
  });

  it('pairs neighbouring words, marking those inside quotes', () => {
    const q = parseQuery('"thoi han" tra loi');
    expect(q.pairs).toEqual([
      { a: 0, b: 1, phrase: 0 },
      { a: 2, b: 3, phrase: null },
    ]);
  });
});
