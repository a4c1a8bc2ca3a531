/**
 * VNI (VNI-Windows): the legacy encoding of the "VNI-…" fonts. A letter with marks is a base
 * letter followed by one Windows-1252 character that the font draws as the marks ("Vieät" for
 * "Việt"). Written here because the npm converter mis-decodes ư/ơ with a tone.
 */

// Marks on a plain vowel: sắc, huyền, hỏi, ngã, nặng (lower-case base, then upper-case base).
const TONE = { lower: ['ù', 'ø', 'û', 'õ', 'ï'], upper: ['Ù', 'Ø', 'Û', 'Õ', 'Ï'] };
// â ê ô: the hat alone, then hat with each tone.
const HAT = { lower: ['â', 'á', 'à', 'å', 'ã', 'ä'], upper: ['Â', 'Á', 'À', 'Å', 'Ã', 'Ä'] };
// ă: the breve alone, then breve with each tone.
const BREVE = { lower: ['ê', 'é', 'è', 'ú', 'ü', 'ë'], upper: ['Ê', 'É', 'È', 'Ú', 'Ü', 'Ë'] };

const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** Unicode letter → VNI string, for every Vietnamese letter with a mark. */
function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (unicodeNfd: string, vni: string): void => {
    table.set(unicodeNfd.normalize('NFC'), vni);
  };
  for (const upper of [false, true]) {
    const tone = upper ? TONE.upper : TONE.lower;
    const hat = upper ? HAT.upper : HAT.lower;
    const breve = upper ? BREVE.upper : BREVE.lower;
    const c = (s: string): string => (upper ? s.toUpperCase() : s);
    for (const v of ['a', 'e', 'o', 'u', 'y']) {
      TONE_MARKS.forEach((m, i) => add(c(v) + m, c(v) + (tone[i] ?? '')));
    }
    for (const v of ['a', 'e', 'o']) {
      add(c(v) + '\u0302', c(v) + (hat[0] ?? ''));
      TONE_MARKS.forEach((m, i) => add(c(v) + '\u0302' + m, c(v) + (hat[i + 1] ?? '')));
    }
    add(c('a') + '\u0306', c('a') + (breve[0] ?? ''));
    TONE_MARKS.forEach((m, i) => add(c('a') + '\u0306' + m, c('a') + (breve[i + 1] ?? '')));
    // ơ and ư are single characters, toned like a plain vowel.
    const horn: [string, string][] = [
      ['o', upper ? 'Ô' : 'ô'],
      ['u', upper ? 'Ö' : 'ö'],
    ];
    for (const [v, code] of horn) {
      add(c(v) + '\u031b', code);
      TONE_MARKS.forEach((m, i) => add(c(v) + '\u031b' + m, code + (tone[i] ?? '')));
    }
    // i has one character per tone, ỵ has its own, đ is ñ.
    const iForms = upper ? ['Í', 'Ì', 'Æ', 'Ó', 'Ò'] : ['í', 'ì', 'æ', 'ó', 'ò'];
    TONE_MARKS.forEach((m, i) => add(c('i') + m, iForms[i] ?? ''));
    add(c('y') + '\u0323', upper ? 'Î' : 'î');
    add(upper ? 'Đ' : 'đ', upper ? 'Ñ' : 'ñ');
  }
  return table;
}

const TO_VNI = buildTable();
const FROM_VNI = new Map<string, string>([...TO_VNI].map(([u, v]) => [v, u]));

/** Unicode text in VNI form (Windows-1252 characters). */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += TO_VNI.get(ch) ?? ch;
  return out;
}

/** VNI text (as Windows-1252 characters) to Unicode; the longest form wins, so "öù" is "ứ". */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = FROM_VNI.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text[i] ?? '';
    out += FROM_VNI.get(ch) ?? ch;
    i += 1;
  }
  return out;
}

/** Every Vietnamese letter with a mark, for tests and detection. */
export const VNI_LETTERS: readonly string[] = [...TO_VNI.keys()];
