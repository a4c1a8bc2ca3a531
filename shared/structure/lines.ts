/**
 * The parser works line by line: one paragraph a line, as the readers produce it. Each line keeps
 * the offsets of its trimmed content so every node can point back into the original text.
 */

export type Line = {
  /** Position among the non-blank lines. */
  index: number;
  /** Offset of the first non-space character. */
  start: number;
  /** Offset just past the last non-space character. */
  end: number;
  /** The trimmed content: text.slice(start, end). */
  text: string;
};

const SPACE = /[\s\u00a0\ufeff]/;

/** Splits text into non-blank trimmed lines with their offsets ("\r\n", "\r" and "\n" all end a line). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text[i] : '\n';
    if (c !== '\n' && c !== '\r') continue;
    let s = lineStart;
    let e = i;
    while (s < e && SPACE.test(text[s] ?? '')) s++;
    while (e > s && SPACE.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    lineStart = i + 1;
  }
  return out;
}

/** Share of letters that are upper-case; headings and issuer lines are mostly capitals. */
export function upperRatio(s: string): number {
  let letters = 0;
  let upper = 0;
  for (const ch of s) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    letters++;
    if (ch === ch.toUpperCase()) upper++;
  }
  return letters === 0 ? 0 : upper / letters;
}

export function isMostlyUpper(s: string): boolean {
  return upperRatio(s) >= 0.8;
}

/** Ends like a finished sentence or list entry, so the next line is not its continuation. */
export function endsComplete(s: string): boolean {
  return /[.;:!?…)"”'’\]]$/.test(s);
}
