/**
 * Table-driven versions of shared/text's fold and lowerKeep, plus a syllable scanner. The index
 * folds every clause it stores and, at query time, the texts of candidate clauses; the per-char
 * string concatenation of the shared helpers is too slow for that. The tables are built from
 * the shared helpers themselves, so the mapping is the same by construction (and tested).
 */
import { fold, isWordChar, lowerKeep } from '../../../shared/text/index.ts';

/** Vietnamese letters live below U+1F00 (Latin Extended Additional ends at U+1EFF). */
const TABLE_SIZE = 0x1f00;

function buildTable(map: (c: string) => string): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) table[c] = map(String.fromCharCode(c)).charCodeAt(0);
  return table;
}

const FOLD = buildTable(fold);
const LOWER = buildTable(lowerKeep);
const WORD = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) WORD[c] = isWordChar(String.fromCharCode(c)) ? 1 : 0;

const CHUNK = 4096;
const buffer = new Uint16Array(CHUNK);

function mapString(text: string, table: Uint16Array, slow: (c: string) => string): string {
  let out = '';
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      buffer[i - start] = c < TABLE_SIZE ? (table[c] ?? c) : slow(text[i] ?? '').charCodeAt(0);
    }
    out += String.fromCharCode.apply(null, buffer.subarray(0, end - start) as unknown as number[]);
  }
  return out;
}

/** Same result as shared `fold` (lower-case, no marks, đ→d, same length). */
export function fastFold(text: string): string {
  return mapString(text, FOLD, fold);
}

/** Same result as shared `lowerKeep`. */
export function fastLowerKeep(text: string): string {
  return mapString(text, LOWER, lowerKeep);
}

/** True when the UTF-16 code unit belongs to a word (letter, digit or mark). */
export function isWordCode(c: number): boolean {
  return c < TABLE_SIZE ? WORD[c] === 1 : isWordChar(String.fromCharCode(c));
}

/**
 * Calls `visit(start, end)` for every syllable (maximal run of word characters) in `text`.
 * Surrogate pairs count as non-word characters, which only matters for emoji and rare scripts.
 */
export function eachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
  if (start >= 0) visit(start, text.length);
}

let classes: Map<number, string> | null = null;

/**
 * A RegExp source matching one character of original text whose fold is `c` (a single folded
 * code unit): "d" gives a class with d, D, đ, Đ and the like. Lets a pattern run on the original
 * text without folding it first.
 */
export function foldClass(c: string): string {
  if (!classes) {
    const members = new Map<number, number[]>();
    for (let code = 0; code < TABLE_SIZE; code++) {
      const f = FOLD[code] ?? code;
      const list = members.get(f) ?? [];
      list.push(code);
      members.set(f, list);
    }
    classes = new Map();
    for (const [f, codes] of members) {
      const body = codes.map((x) => `\\u${x.toString(16).padStart(4, '0')}`).join('');
      classes.set(f, codes.length === 1 ? body : `[${body}]`);
    }
  }
  const code = c.charCodeAt(0);
  return classes.get(code) ?? `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The syllables of an already folded text, in order. */
export function words(folded: string): string[] {
  const out: string[] = [];
  eachWord(folded, (s, e) => out.push(folded.slice(s, e)));
  return out;
}
