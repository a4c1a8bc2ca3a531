/**
 * Vietnamese text normalisation: one Unicode form (NFC) and one tone-mark convention.
 *
 * Convention: in an open syllable ending in "oa", "oe" or "uy" the tone sits on the first
 * vowel ("hòa", "khỏe", "ủy"), the placement used by most of the corpus ("Ủy ban", "hóa").
 * Syllables with a final consonant ("hoàng", "khuyến") and "qu" + y ("quý") are left alone.
 */

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;
const TONE_SET = new Set<string>(TONES);

/** Letters that may carry a tone, lower-case NFD base (with vowel-quality marks kept). */
const LETTER = /[\p{L}\p{M}]+/gu;

function moveTone(word: string): string {
  // Work in NFD so tone marks are separate code points.
  const d = word.normalize('NFD');
  const lower = d.toLowerCase();
  // Find the tone mark, if any.
  let tonePos = -1;
  for (let i = 0; i < d.length; i++) {
    if (TONE_SET.has(d[i] ?? '')) {
      tonePos = i;
      break;
    }
  }
  if (tonePos < 1) return word;
  const tone = d[tonePos] ?? '';
  const bare = d.slice(0, tonePos) + d.slice(tonePos + 1);
  const bareLower = lower.slice(0, tonePos) + lower.slice(tonePos + 1);
  // Syllable must end in oa / oe / uy (no final consonant) and the tone must be on the last vowel.
  const m = /(o[ae]|uy)$/.exec(bareLower);
  if (!m || tonePos !== bare.length) return word;
  const start = m.index;
  if (bareLower[start] === 'u' && start > 0 && bareLower[start - 1] === 'q') return word;
  // Place the tone right after the first vowel of the pair.
  return (bare.slice(0, start + 1) + tone + bare.slice(start + 1)).normalize('NFC');
}

/** NFC, one tone-mark convention, non-breaking and odd spaces made plain. */
export function normalizeText(input: string): string {
  const nfc = input.normalize('NFC').replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, (c) =>
    c === '\u200b' || c === '\ufeff' ? '' : ' ',
  );
  return nfc.replace(LETTER, (w) => (w.length >= 2 && w.length <= 8 ? moveTone(w) : w));
}
