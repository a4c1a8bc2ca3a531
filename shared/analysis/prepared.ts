/**
 * A clause text made ready for matching, once per clause: NFC, folded (lower-case, no marks,
 * đ→d) and lower-case with marks. Folded and lower have the length of `text`, so an offset found
 * in either is an offset in `text`; `toSource` maps it back to the caller's original string when
 * that was not NFC (NFD input from PDF extraction, for instance).
 */
import { fold, lowerKeep } from '../text/index.ts';

export type PreparedText = {
  /** The string the caller gave. */
  source: string;
  /** NFC form of `source`. */
  text: string;
  folded: string;
  lower: string;
  /**
   * Whether the text carries Vietnamese marks anywhere. Text typed without diacritics has none;
   * in text that has them, an unmarked word is written that way on purpose ("phi" in "phi chính
   * phủ" is not "phí").
   */
  marked?: boolean;
  /** Offset in `text` → offset in `source`. */
  toSource: (offset: number) => number;
};

const identity = (n: number): number => n;

/** A Vietnamese letter with a mark (precomposed) or a combining mark. */
const MARKED = /[\u00c0-\u024f\u1e00-\u1eff]|\p{M}/u;

/** Offsets of NFC text back in a non-NFC source, one combining sequence at a time. */
function offsetMap(source: string, nfc: string): (offset: number) => number {
  const map: number[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gu;
  for (const m of source.matchAll(cluster)) {
    const n = m[0].normalize('NFC').length;
    for (let k = 0; k < n; k++) map.push(m.index);
  }
  map.push(source.length);
  // A cluster that composes across boundaries (rare) would misalign: fall back to clamping.
  if (map.length !== nfc.length + 1) return (o) => Math.min(o, source.length);
  return (o) => map[Math.max(0, Math.min(o, map.length - 1))] ?? source.length;
}

// fold() and lowerKeep() work a character at a time; a table built from them once per code unit
// (Latin, Vietnamese and general punctuation ranges) does the same job in one pass.
const TABLE_SIZE = 0x2100;
let foldTable: Uint16Array | undefined;
let lowerTable: Uint16Array | undefined;

function tables(): [Uint16Array, Uint16Array] {
  if (!foldTable || !lowerTable) {
    foldTable = new Uint16Array(TABLE_SIZE);
    lowerTable = new Uint16Array(TABLE_SIZE);
    for (let c = 0; c < TABLE_SIZE; c++) {
      const ch = String.fromCharCode(c);
      foldTable[c] = fold(ch).charCodeAt(0);
      lowerTable[c] = lowerKeep(ch).charCodeAt(0);
    }
  }
  return [foldTable, lowerTable];
}

const decoder = new TextDecoder('utf-16le');

function mapText(text: string, table: Uint16Array, slow: (s: string) => string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < TABLE_SIZE ? (table[c] ?? c) : slow(text[i] ?? '').charCodeAt(0);
  }
  return decoder.decode(out);
}

export function prepareText(source: string): PreparedText {
  const text = source.normalize('NFC');
  const [ft, lt] = tables();
  return {
    source,
    text,
    folded: mapText(text, ft, fold),
    lower: mapText(text, lt, lowerKeep),
    marked: MARKED.test(text),
    toSource: text === source ? identity : offsetMap(source, text),
  };
}

function syllableKey(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => {
      let letters = '';
      const marks: string[] = [];
      for (const c of w) {
        if (/\p{M}/u.test(c)) marks.push(c);
        else letters += c;
      }
      return letters + marks.sort().join('');
    })
    .join(' ');
}

const keyCache = new Map<string, string>();

/** Diacritic key of a phrase: letters plus the marks of each syllable, placement-free. */
export function diacriticKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = syllableKey(s);
    if (keyCache.size < 5000) keyCache.set(s, k);
  }
  return k;
}

/**
 * Folding merges words that differ only in marks ("họp" meeting, "hợp" fit). A match found on
 * folded text is kept when the written words carry the phrase's marks, or carry no marks at all
 * in a text typed without diacritics (`textMarked` false). Where the text around carries marks,
 * an unmarked word is another word ("phi lợi nhuận" is not "phí").
 */
export function marksAgree(written: string, phraseKey: string, textMarked = false): boolean {
  if (!textMarked && !MARKED.test(written)) return true;
  return diacriticKey(written) === phraseKey;
}
