import { describe, expect, it } from 'vitest';
import { phraseFinder, prepareText } from '../../../shared/analysis/index.ts';

const fee = phraseFinder(['phí', 'lệ phí']);
const found = (text: string) => fee.all(prepareText(text)).map((h) => h.text);

describe('phraseFinder marks', () => {
  it.each([
    ['Tổ chức phi chính phủ tham gia góp ý.', []],
    ['Quỹ hoạt động phi lợi nhuận.', []],
    ['Người đề nghị nộp phí thẩm định.', ['phí']],
    ['Người đề nghị nộp lệ phí.', ['lệ phí']],
    // typed without diacritics: every folded match counts
    ['Nguoi de nghi nop phi tham dinh.', ['phi']],
  ])('%s → %j', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('tells a marked text from an unmarked one', () => {
    expect(prepareText('phi lợi nhuận').marked).toBe(true);
    expect(prepareText('phi loi nhuan').marked).toBe(false);
  });
});
