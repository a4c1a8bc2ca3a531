import { describe, expect, it } from 'vitest';
import { decodeCp1252, encodeCp1252 } from '../../../../electron/backend/formats/cp1252.ts';
import { detectLegacyEncoding } from '../../../../electron/backend/formats/legacy-encoding.ts';
import { decodeTcvn3, encodeTcvn3 } from '../../../../electron/backend/formats/tcvn3.ts';
import { VNI_LETTERS, decodeVni, encodeVni } from '../../../../electron/backend/formats/vni.ts';

// Written for these tests from the VNI-Windows and TCVN3 (ABC) font layouts.
const VNI: [string, string][] = [
  ['Việt Nam', 'Vieät Nam'],
  ['Điều', 'Ñieàu'],
  ['được', 'ñöôïc'],
  ['người đứng đầu', 'ngöôøi ñöùng ñaàu'],
  ['ướ ừ ử ữ ự', 'öôù öø öû öõ öï'],
  ['ờ ở ỡ ợ ơ', 'ôø ôû ôõ ôï ô'],
  ['ắ ằ ẳ ẵ ặ ă', 'aé aè aú aü aë aê'],
  ['ỉ ĩ ị í ì', 'æ ó ò í ì'],
  ['ỵ ý ỳ ỷ ỹ', 'î yù yø yû yõ'],
  ['QUYẾT ĐỊNH', 'QUYEÁT ÑÒNH'],
  ['ỦY BAN', 'UÛY BAN'],
  ['Ư Ơ Ặ', 'Ö Ô AË'],
];

const TCVN3: [string, string][] = [
  ['Điều', '§iÒu'],
  ['đồng', '®ång'],
  ['người đứng đầu', 'ng­êi ®øng ®Çu'],
  ['trách nhiệm', 'tr¸ch nhiÖm'],
  ['ủy ban nhân dân', 'ñy ban nh©n d©n'],
];

describe('VNI', () => {
  it.each(VNI)('%s ⇄ %s', (unicode, vni) => {
    expect(encodeVni(unicode)).toBe(vni);
    expect(decodeVni(vni)).toBe(unicode);
  });

  it('round-trips all 134 marked letters, and as bytes', () => {
    expect(VNI_LETTERS).toHaveLength(134);
    const all = VNI_LETTERS.join(' ');
    expect(decodeVni(encodeVni(all))).toBe(all);
    expect(decodeVni(decodeCp1252(encodeCp1252(encodeVni(all))))).toBe(all);
  });
});

describe('TCVN3', () => {
  it.each(TCVN3)('%s ⇐ %s', (unicode, tcvn) => {
    expect(decodeTcvn3(tcvn)).toBe(unicode);
  });

  it('round-trips every lower-case marked letter and the ABC capitals', () => {
    const letters = [
      ...VNI_LETTERS.filter((l) => l === l.toLowerCase()),
      'Ă',
      'Â',
      'Ê',
      'Ô',
      'Ơ',
      'Ư',
      'Đ',
    ].join(' ');
    const segments = encodeTcvn3(letters);
    expect(segments.every((s) => !s.upper)).toBe(true);
    expect(segments.map((s) => decodeTcvn3(s.text)).join('')).toBe(letters);
  });

  it('types accented capitals in the ".Vn…H" caps font, in lower case', () => {
    const segments = encodeTcvn3('Ban QUYẾT ĐỊNH Ủy');
    expect(segments.map((s) => s.upper)).toEqual([false, true, false, true, false, true, false]);
    expect(segments[1]?.text).toBe('quyÕt');
    expect(segments.map((s) => decodeTcvn3(s.text, s.upper)).join('')).toBe('Ban QUYẾT ĐỊNH Ủy');
  });
});

describe('detectLegacyEncoding', () => {
  const sample =
    'Điều 5. Trách nhiệm của người đứng đầu cơ quan, đơn vị trong việc giải quyết công việc đúng thời hạn.';
  it.each([
    ['Unicode Vietnamese', sample, null],
    ['VNI', encodeVni(sample), 'vni'],
    [
      'TCVN3',
      encodeTcvn3(sample)
        .map((s) => s.text)
        .join(''),
      'tcvn3',
    ],
    ['English', 'The committee shall review the rules every year and report to the board.', null],
    [
      'French with accents',
      'Le comité révise les règles chaque année à la fin de l’été, où il se réunit.',
      null,
    ],
  ])('%s', (_name, text, expected) => {
    expect(detectLegacyEncoding(text)).toBe(expected);
  });
});
