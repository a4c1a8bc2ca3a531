/**
 * Text typed in a legacy Vietnamese font (TCVN3, VNI) reaches us as Windows-1252 characters: the
 * font, not the code page, gave the bytes their Vietnamese shapes. These helpers get the bytes back.
 */

const C1_TO_CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const REVERSE = new Map<string, number>();
for (let i = 0; i < C1_TO_CP1252.length; i++) REVERSE.set(C1_TO_CP1252[i] ?? '', 0x80 + i);

/** The byte a character stands for in a Windows-1252 (or symbol-font) run, or -1 if none. */
export function charToByte(ch: string): number {
  const code = ch.charCodeAt(0);
  const mapped = REVERSE.get(ch);
  if (mapped !== undefined) return mapped;
  if (code < 0x100) return code;
  // Symbol-charset fonts put their glyphs in the private use area U+F000–U+F0FF.
  if (code >= 0xf000 && code <= 0xf0ff) return code - 0xf000;
  return -1;
}

/** The Windows-1252 character for a byte. */
export function byteToChar(byte: number): string {
  if (byte >= 0x80 && byte < 0xa0) return C1_TO_CP1252[byte - 0x80] ?? '';
  return String.fromCharCode(byte);
}

/** Bytes as Windows-1252 text (what a legacy-font TXT file looks like before conversion). */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += byteToChar(b);
  return out;
}

/** Windows-1252 text back to bytes; characters outside the code page become `?`. */
export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = charToByte(text[i] ?? '');
    out[i] = b < 0 ? 0x3f : b;
  }
  return out;
}
