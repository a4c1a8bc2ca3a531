/**
 * DOCX reader. Parses the package itself (document, numbering and style parts) instead of using
 * mammoth: mammoth drops Word's list numbering, and reading only the parts named here means no
 * other file is ever opened. Legacy-font text (TCVN3 ".Vn…", "VNI-…") is converted to Unicode.
 */
import { AppError } from '../../../shared/errors.ts';
import type { ExtractedText } from '../../../shared/model/document.ts';
import { parseBody, type DocxParagraph } from './docx-body.ts';
import { NumberingCounter, parseNumbering } from './docx-numbering.ts';
import { parseStyles, styleFont, styleNumbering, type DocxStyles } from './docx-styles.ts';
import { decodeLegacy, detectLegacyEncoding, type LegacyEncoding } from './legacy-encoding.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { openZip, type ZipLimits, DEFAULT_ZIP_LIMITS } from './zip.ts';
import { tokenize } from './xml.ts';
import { toLines } from './text-lines.ts';

const ENCODING_NOTE: Record<LegacyEncoding, string> = {
  tcvn3: 'Văn bản dùng bảng mã TCVN3 (ABC) cũ; đã chuyển sang Unicode.',
  vni: 'Văn bản dùng bảng mã VNI cũ; đã chuyển sang Unicode.',
};

type FontKind = 'tcvn3' | 'tcvn3-caps' | 'vni' | null;

function fontKind(font: string | undefined): FontKind {
  if (!font) return null;
  if (/^\.vn/i.test(font)) return /H$/.test(font.trim()) ? 'tcvn3-caps' : 'tcvn3';
  if (/^vni[- ]/i.test(font)) return 'vni';
  return null;
}

function decodeRun(text: string, kind: FontKind): string {
  switch (kind) {
    case 'tcvn3':
      return decodeTcvn3(text);
    case 'tcvn3-caps':
      return decodeTcvn3(text, true);
    case 'vni':
      return decodeVni(text);
    case null:
      return text;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Targets of a part's relationships, by relationship type suffix ("officeDocument", "numbering"). */
function relationships(xml: string | null, baseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const t of tokenize(xml)) {
    if (t.type !== 'open' || t.name !== 'Relationship' || t.attrs.TargetMode === 'External')
      continue;
    const type = (t.attrs.Type ?? '').split('/').at(-1) ?? '';
    const target = (t.attrs.Target ?? '').replace(/^\//, '');
    out.set(type, t.attrs.Target?.startsWith('/') ? target : baseDir + target);
  }
  return out;
}

type Line = { text: string; kinds: Set<FontKind> };

function paragraphLine(p: DocxParagraph, styles: DocxStyles, counter: NumberingCounter): Line {
  const kinds = new Set<FontKind>();
  let text = '';
  for (const run of p.runs) {
    const font = run.font ?? styleFont(styles, run.charStyle) ?? styleFont(styles, p.styleId);
    const kind = fontKind(font);
    kinds.add(kind);
    text += decodeRun(run.text, kind);
  }
  const numbering =
    p.numId !== undefined
      ? { numId: p.numId, ilvl: p.ilvl ?? 0 }
      : styleNumbering(styles, p.styleId);
  const label = numbering ? counter.next(numbering.numId, numbering.ilvl) : '';
  // A list paragraph with no text still advances its counter but is not a line.
  if (label !== '' && text.trim() !== '') text = label + ' ' + text.trimStart();
  return { text, kinds };
}

async function readParts(data: Buffer, limits: ZipLimits) {
  const zip = await openZip(data, limits);
  try {
    const read = async (name: string | undefined): Promise<string | null> =>
      name ? ((await zip.read(name))?.toString('utf8') ?? null) : null;
    const rootRels = relationships(await read('_rels/.rels'), '');
    const main = rootRels.get('officeDocument') ?? 'word/document.xml';
    const document = await read(main);
    if (document === null) {
      throw new AppError(
        'document.unsupported',
        'Tệp nén này không phải văn bản Word (DOCX): không có phần nội dung chính.',
      );
    }
    const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
    const rels = relationships(await read(dir + '_rels/' + main.slice(dir.length) + '.rels'), dir);
    return {
      document,
      numbering: await read(rels.get('numbering') ?? dir + 'numbering.xml'),
      styles: await read(rels.get('styles') ?? dir + 'styles.xml'),
    };
  } finally {
    zip.close();
  }
}

/** Reads a DOCX held in memory. */
export async function readDocx(
  data: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ExtractedText> {
  const parts = await readParts(data, limits);
  const styles = parseStyles(parts.styles);
  const counter = new NumberingCounter(parseNumbering(parts.numbering ?? ''));
  const lines = parseBody(parts.document).map((p) => paragraphLine(p, styles, counter));
  const warnings: string[] = [];
  const used = new Set(lines.flatMap((l) => [...l.kinds]));
  let text = lines.map((l) => l.text).join('\n');
  if (used.has('tcvn3') || used.has('tcvn3-caps')) warnings.push(ENCODING_NOTE.tcvn3);
  else if (used.has('vni')) warnings.push(ENCODING_NOTE.vni);
  else {
    // Legacy text in a file whose fonts were since renamed: judge by the characters themselves.
    const legacy = detectLegacyEncoding(text);
    if (legacy) {
      text = decodeLegacy(text, legacy);
      warnings.push(ENCODING_NOTE[legacy]);
    }
  }
  return { text: toLines(text), warnings, format: 'docx' };
}
