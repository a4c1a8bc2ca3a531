/**
 * Vietnamese word boundaries. JavaScript's \b is ASCII-only, so "được" would never match;
 * these helpers treat every Unicode letter and digit as part of a word.
 */

export type Token = { text: string; start: number; end: number };

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Syllables (space-separated words) with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';
export const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';

/**
 * A RegExp source for a phrase with Vietnamese word boundaries; inner spaces match any run of
 * whitespace. Use with the "u" flag.
 */
export function phraseSource(phrase: string): string {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return WORD_START + body + WORD_END;
}

/** True when the character is part of a word. */
export function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}\p{M}]/u.test(c);
}
