/**
 * TCVN3 (ABC): the legacy Vietnamese 8-bit encoding of the ".Vn…" fonts. iconv-lite decodes it
 * exactly; the work here is getting the bytes back out of Windows-1252 characters and honouring
 * the ".Vn…H" fonts, which draw the lower-case code points as capitals.
 */
import iconv from 'iconv-lite';

/** A character's byte in a TCVN3 run: Latin-1 range, or the symbol-font private use area. */
function tcvnByte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x100) return code;
  if (code >= 0xf000 && code <= 0xf0ff) return code - 0xf000;
  // Typographic quotes and dashes that Word inserts stay themselves: ABC fonts had none.
  return -1;
}

/** Converts text stored with TCVN3 byte codes as characters; `upper` for ".Vn…H" fonts. */
export function decodeTcvn3(text: string, upper = false): string {
  let out = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += iconv.decode(Buffer.from(bytes), 'tcvn');
    bytes = [];
  };
  for (const ch of text) {
    const b = tcvnByte(ch);
    if (b < 0) {
      flush();
      out += ch;
    } else bytes.push(b);
  }
  flush();
  return upper ? out.toUpperCase() : out;
}

/** Capitals the plain ".Vn…" fonts have; every other accented capital needs the "H" font. */
const ABC_CAPITALS = new Set([...'ĂÂÊÔƠƯĐ']);

function needsCapsFont(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch.charCodeAt(0) > 0x7f && !ABC_CAPITALS.has(ch);
}

const encodeCache = new Map<string, string>();

/** One character as its TCVN3 byte (Latin-1), or itself when TCVN3 lacks it or has no ABC form. */
function encodeChar(ch: string): string {
  const hit = encodeCache.get(ch);
  if (hit !== undefined) return hit;
  const bytes = iconv.encode(ch, 'tcvn');
  const byte = bytes[0] ?? 0x3f;
  const ok = bytes.length === 1 && iconv.decode(bytes, 'tcvn') === ch && byte >= 0x20;
  // 0x80–0x9F hold capitals ABC fonts never had; typed text would not contain them.
  const out = ok && (byte < 0x80 || byte >= 0xa0) ? String.fromCharCode(byte) : ch;
  encodeCache.set(ch, out);
  return out;
}

export type Tcvn3Segment = { text: string; upper: boolean };

/**
 * Unicode to TCVN3 characters the way an ABC typist produced them: capitals with tone marks
 * are typed in lower case in the ".Vn…H" font (`upper: true`). Used to make fixtures and tests.
 */
export function encodeTcvn3(text: string): Tcvn3Segment[] {
  const segments: Tcvn3Segment[] = [];
  const push = (s: string, upper: boolean): void => {
    const encoded = [...(upper ? s.toLowerCase() : s)].map(encodeChar).join('');
    const last = segments.at(-1);
    if (last && last.upper === upper) last.text += encoded;
    else segments.push({ text: encoded, upper });
  };
  // A word in capitals goes whole into the caps font; a lone accented capital goes alone.
  for (const part of text.split(/(\p{L}+)/u)) {
    if (part === '') continue;
    const isWord = /^\p{L}+$/u.test(part);
    if (isWord && part.length > 1 && part === part.toUpperCase() && [...part].some(needsCapsFont)) {
      push(part, true);
      continue;
    }
    for (const ch of part) push(ch, needsCapsFont(ch));
  }
  return segments;
}
