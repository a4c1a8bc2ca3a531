/**
 * Folding for diacritic-insensitive matching. Works code unit by code unit on NFC text, so a
 * folded string has exactly the length of its source and offsets carry over unchanged.
 */

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  let out: string;
  if (c === 'đ' || c === 'Đ') out = 'd';
  else {
    const base = c.normalize('NFD')[0] ?? c;
    const lower = base.toLowerCase();
    // Keep length 1: a combining mark left alone in NFC text folds to itself.
    out = lower.length === 1 ? lower : c;
  }
  cache.set(c, out);
  return out;
}

/** Lower-case, remove tone and vowel marks, đ→d. Same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] ?? '');
  return out;
}

/** Lower-case only, keeping diacritics (for exact-diacritic ranking). Same length as input. */
export function lowerKeep(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** True when the text has any Vietnamese diacritic (or đ). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
