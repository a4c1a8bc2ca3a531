/**
 * Recognises text in the legacy Vietnamese encodings by what decoding it would give: TCVN3 or
 * VNI text turns into well-formed Vietnamese syllables under the right table and into junk under
 * the wrong one, while Unicode Vietnamese is left alone.
 */
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

const WORD = /[\p{L}\p{M}\u00a1-\u00bf]+/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Letters a Vietnamese word may hold after NFD: ASCII letters, đ, and the vowel marks. */
const VIET_WORD = /^(?:[a-zđ]|\u0302|\u0306|\u031b|\u0300|\u0301|\u0303|\u0309|\u0323)+$/u;
/** Vietnamese letters that only Unicode has (ă đ ơ ư and the toned vowels of U+1EA0–U+1EF9). */
const UNICODE_ONLY = /[ăâđơưĂĐƠƯ\u1ea0-\u1ef9]/gu;

type Score = { good: number; bad: number };

/** Words holding a non-ASCII character, split into plausible Vietnamese syllables and junk. */
function score(text: string): Score {
  let good = 0;
  let bad = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/^[\x20-\x7e]*$/.test(w)) continue;
    const nfd = w.toLowerCase().normalize('NFD');
    const tones = nfd.match(TONES)?.length ?? 0;
    if (VIET_WORD.test(nfd) && tones <= 1) good++;
    else bad++;
  }
  return { good, bad };
}

/** The legacy encoding `text` (decoded as Windows-1252) is in, or null for Unicode or plain text. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const before = score(sample);
  const unicodeLetters = sample.match(UNICODE_ONLY)?.length ?? 0;
  // Real Unicode Vietnamese already scores well; a legacy file has next to no U+1Exx letters.
  if (unicodeLetters > 20 && unicodeLetters > before.bad) return null;
  let best: LegacyEncoding | null = null;
  let bestGain = 0;
  const candidates: [LegacyEncoding, string][] = [
    ['tcvn3', decodeTcvn3(sample)],
    ['vni', decodeVni(sample)],
  ];
  for (const [name, decoded] of candidates) {
    const s = score(decoded);
    const gain = s.good - s.bad - (before.good - before.bad);
    if (s.good >= 3 && s.good > 2 * s.bad && gain > bestGain) {
      best = name;
      bestGain = gain;
    }
  }
  return best;
}

/** Decodes text in the given legacy encoding. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
}
