import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/backend/reports/canonical.ts';

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [3, { d: null, c: true }] } }, '{"z":{"y":[3,{"c":true,"d":null}]}}'],
    [{ a: undefined, b: 'x' }, '{"b":"x"}'],
    [{ hoà: 'Ðiều'.normalize('NFD') }, `{"hoà":"${'Ðiều'.normalize('NFC')}"}`],
    [['ư', 'a\n"'], '["ư","a\\n\\""]'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same bytes for NFC and NFD input and any key order', () => {
    const a = { title: 'Quy chế phối hợp'.normalize('NFD'), n: 1, list: ['Điều 5'] };
    const b = { list: ['Điều 5'.normalize('NFC')], n: 1, title: 'Quy chế phối hợp' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('refuses values JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});
