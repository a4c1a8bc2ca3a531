import { normalizeText } from '../../../shared/text/index.ts';

/** One trimmed, non-empty, normalised paragraph per line. */
export function toLines(text: string): string {
  const lines = normalizeText(text)
    .split(/\r\n|[\n\r\u2028\u2029\v\f]/)
    .map((l) => l.replace(/[\t ]+/g, ' ').trim())
    .filter((l) => l !== '');
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
