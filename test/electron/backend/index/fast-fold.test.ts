import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachWord, fastFold, fastLowerKeep } from '../../../../electron/backend/index/fast-fold.ts';
import { fold, lowerKeep, tokenize } from '../../../../shared/text/index.ts';

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const chars = [...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ...' ,.;:-/()0123456789\n\u00a0“”'];
const vietnameseText = fc
  .array(fc.constantFrom(...chars), { maxLength: 300 })
  .map((a) => a.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 200 });

describe('fast folding agrees with shared/text', () => {
  it.each([
    ['Vietnamese text', vietnameseText],
    ['any UTF-16 text', anyText],
  ])('%s', (_label, arb) => {
    fc.assert(
      fc.property(arb, (s) => {
        expect(fastFold(s)).toBe(fold(s));
        expect(fastLowerKeep(s)).toBe(lowerKeep(s));
      }),
    );
  });

  it('splits syllables where shared tokenize does', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const spans: Array<[number, number]> = [];
        eachWord(s, (a, b) => spans.push([a, b]));
        expect(spans).toEqual(tokenize(s).map((t) => [t.start, t.end]));
      }),
    );
  });

  it('folds long text in chunks without losing characters', () => {
    const s = 'Người đứng đầu '.repeat(1000);
    expect(fastFold(s)).toBe(fold(s));
  });
});
