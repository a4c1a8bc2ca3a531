import { describe, expect, it } from 'vitest';
import { fold, normalizeText, phraseSource, tokenize, hasDiacritics } from '../../../shared/text/index.ts';

describe('normalizeText', () => {
  it.each([
    ['hoà bình', 'hòa bình'],
    ['Uỷ ban', 'Ủy ban'],
    ['khoẻ', 'khỏe'],
    ['thuỷ lợi', 'thủy lợi'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['khuyến', 'khuyến'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('composes NFD to NFC', () => {
    const nfd = 'Điều 5. Trách nhiệm'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Điều 5. Trách nhiệm');
  });

  it('turns non-breaking spaces into spaces and drops zero-width ones', () => {
    expect(normalizeText('a\u00a0b\u200bc')).toBe('a bc');
  });
});

describe('fold', () => {
  it('removes diacritics and folds đ to d, keeping length', () => {
    const s = 'Người đứng đầu ĐƯỢC giao';
    expect(fold(s)).toBe('nguoi dung dau duoc giao');
    expect(fold(s)).toHaveLength(s.length);
  });
  it('knows when text has diacritics', () => {
    expect(hasDiacritics('duong')).toBe(false);
    expect(hasDiacritics('đường')).toBe(true);
  });
});

describe('word boundaries', () => {
  it('matches Vietnamese words where \\b would fail', () => {
    expect(/\bđược\b/u.test('Cán bộ được giao')).toBe(false);
    expect(new RegExp(phraseSource('được'), 'u').test('Cán bộ được giao')).toBe(true);
    expect(new RegExp(phraseSource('đi'), 'u').test('điều')).toBe(false);
    expect(new RegExp(phraseSource('chủ trì'), 'u').test('Sở Xây dựng chủ  trì,')).toBe(true);
  });
  it('tokenizes with offsets', () => {
    expect(tokenize('Điều 5.')).toEqual([
      { text: 'Điều', start: 0, end: 4 },
      { text: '5', start: 5, end: 6 },
    ]);
  });
});
