/**
 * Plain text and Markdown. Bytes are UTF-8 or UTF-16 when they say so (or decode cleanly);
 * otherwise they are legacy 8-bit text: TCVN3 or VNI when the statistics say so, else Windows-1258.
 */
import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors.ts';
import type { ExtractedText } from '../../../shared/model/document.ts';
import { decodeCp1252 } from './cp1252.ts';
import { toLines } from './text-lines.ts';
import { decodeLegacy, detectLegacyEncoding } from './legacy-encoding.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function looksUtf16le(data: Uint8Array): boolean {
  // Vietnamese and ASCII text in UTF-16LE has a zero in most odd bytes.
  const n = Math.min(data.length, 4096) & ~1;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (data[i] === 0) zeros++;
  return n >= 8 && zeros > n / 4;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are text; other C0 codes are not.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  return controls / Math.max(1, sample.length);
}

/** Decodes text bytes to a string, noting in `warnings` any legacy encoding converted. */
export function decodeTextBytes(data: Buffer, warnings: string[]): string {
  let text: string;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) text = data.toString('utf8', 3);
  else if (data[0] === 0xff && data[1] === 0xfe) text = data.toString('utf16le', 2);
  else if (data[0] === 0xfe && data[1] === 0xff) text = iconv.decode(data.subarray(2), 'utf16-be');
  else if (looksUtf16le(data)) text = data.toString('utf16le');
  else {
    try {
      text = utf8.decode(data);
    } catch {
      const latin = decodeCp1252(data);
      const legacy = detectLegacyEncoding(latin);
      if (legacy) {
        warnings.push(
          `Văn bản dùng bảng mã ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} cũ; đã chuyển sang Unicode.`,
        );
        return decodeLegacy(latin, legacy);
      }
      warnings.push(
        'Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258, hãy kiểm tra lại dấu tiếng Việt.',
      );
      return iconv.decode(data, 'windows1258');
    }
  }
  // UTF-8 that still holds legacy byte-codes as characters (a TCVN3 file "saved as UTF-8").
  const legacy = detectLegacyEncoding(text);
  if (legacy) {
    warnings.push(
      `Văn bản dùng bảng mã ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} cũ; đã chuyển sang Unicode.`,
    );
    return decodeLegacy(text, legacy);
  }
  return text;
}

/** Removes Markdown markup, keeping the words and one paragraph per line. */
export function stripMarkdown(md: string): string {
  let fenced = false;
  const out: string[] = [];
  for (const raw of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    let line = raw;
    if (!fenced) {
      if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table rule
      if (/^\s*([-*_]\s*){3,}$/.test(line)) continue; // horizontal rule
      line = line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^(\s*)[*+](\s+)/, '$1-$2')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
      if (/^\s*\|.*\|\s*$/.test(line)) {
        line = line
          .trim()
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim())
          .filter((c) => c !== '')
          .join(' ');
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

export function readText(data: Buffer, markdown: boolean): ExtractedText {
  const warnings: string[] = [];
  const text = decodeTextBytes(data, warnings);
  if (controlShare(text) > 0.05) {
    throw new AppError(
      'document.unsupported',
      'Tệp không phải văn bản thuần (chứa dữ liệu nhị phân), không đọc được.',
    );
  }
  return {
    text: toLines(markdown ? stripMarkdown(text) : text),
    warnings,
    format: markdown ? 'md' : 'txt',
  };
}
