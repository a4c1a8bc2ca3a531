/**
 * A thin layout layer over pdfkit: the report's fonts (Noto Serif TTF: pdfkit needs a TrueType
 * font with the Vietnamese glyphs; woff2 crashes it), A4 with the margins of administrative
 * documents (Nghị định 30/2020: left 30 mm, right 15 mm, top and bottom 20 mm), headings,
 * paragraphs and ruled tables that break across pages with their header repeated.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));
const font = (style: string) => path.join(FONT_DIR, style, `NotoSerif_${style}.ttf`);

export const FONTS = {
  regular: font('400Regular'),
  bold: font('700Bold'),
  italic: font('400Regular_Italic'),
  boldItalic: font('700Bold_Italic'),
};

const MM = 72 / 25.4;
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
export const INK = '#111111';
export const RULE = '#8a8f98';
export const SHADE = '#eef0f3';

export type Pdf = PDFKit.PDFDocument;

export function newPdf(info: PDFKit.DocumentInfo, lang: string): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info,
    lang,
    displayTitle: true,
    pdfVersion: '1.7',
  });
  doc.registerFont('R', FONTS.regular);
  doc.registerFont('B', FONTS.bold);
  doc.registerFont('I', FONTS.italic);
  doc.registerFont('BI', FONTS.boldItalic);
  doc.font('R').fontSize(12).fillColor(INK);
  return doc;
}

export const left = (doc: Pdf) => doc.page.margins.left;
export const width = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `h` points still fit on this one. */
export function ensure(doc: Pdf, h: number): void {
  if (doc.y + h > bottom(doc)) doc.addPage();
}

export function heading(doc: Pdf, text: string, size = 12.5): void {
  ensure(doc, 60);
  doc.moveDown(0.6);
  doc
    .font('B')
    .fontSize(size)
    .text(text, left(doc), doc.y, { width: width(doc) });
  doc.moveDown(0.3);
  doc.font('R').fontSize(12);
}

export function para(
  doc: Pdf,
  text: string,
  opts: {
    font?: string;
    size?: number;
    indent?: number;
    align?: 'left' | 'justify' | 'center';
  } = {},
): void {
  const indent = opts.indent ?? 0;
  doc
    .font(opts.font ?? 'R')
    .fontSize(opts.size ?? 12)
    .text(text, left(doc) + indent, doc.y, {
      width: width(doc) - indent,
      align: opts.align ?? 'justify',
      lineGap: 1.5,
    });
  doc.font('R').fontSize(12);
}

/** "Label: value" with the label bold, wrapping as one paragraph. */
export function labelled(doc: Pdf, label: string, value: string, indent = 0, size = 11): void {
  if (!value) {
    doc
      .font('B')
      .fontSize(size)
      .text(label, left(doc) + indent, doc.y, { width: width(doc) - indent });
    doc.font('R');
    return;
  }
  doc
    .font('B')
    .fontSize(size)
    .text(`${label}: `, left(doc) + indent, doc.y, {
      width: width(doc) - indent,
      continued: true,
      lineGap: 1.5,
    })
    .font('R')
    .text(value, { lineGap: 1.5 });
}

export type Column = { header: string; width: number; align?: 'left' | 'center' | 'right' };

const PAD = 3.5;

function cellHeight(doc: Pdf, text: string, w: number): number {
  return doc.heightOfString(text || ' ', { width: w - 2 * PAD, lineGap: 0.5 }) + 2 * PAD;
}

function drawRow(
  doc: Pdf,
  cols: Column[],
  cells: string[],
  y: number,
  h: number,
  head: boolean,
): void {
  let x = left(doc);
  for (const [i, c] of cols.entries()) {
    if (head) doc.rect(x, y, c.width, h).fill(SHADE);
    doc.lineWidth(0.5).strokeColor(RULE).rect(x, y, c.width, h).stroke();
    doc.fillColor(INK).text(cells[i] ?? '', x + PAD, y + PAD, {
      width: c.width - 2 * PAD,
      align: head ? 'center' : (c.align ?? 'left'),
      lineGap: 0.5,
    });
    x += c.width;
  }
}

/** Widths are fractions of the text width; the header repeats on every page the table spans. */
export function table(
  doc: Pdf,
  spec: { header: string; frac: number; align?: Column['align'] }[],
  rows: string[][],
  size = 9.5,
): void {
  const total = width(doc);
  const cols: Column[] = spec.map((s) => ({
    header: s.header,
    width: s.frac * total,
    ...(s.align ? { align: s.align } : {}),
  }));
  const header = () => {
    doc.font('B').fontSize(size);
    const h = Math.max(...cols.map((c) => cellHeight(doc, c.header, c.width)));
    ensure(doc, h + 20);
    const y = doc.y;
    drawRow(
      doc,
      cols,
      cols.map((c) => c.header),
      y,
      h,
      true,
    );
    doc.y = y + h;
  };
  doc.moveDown(0.2);
  header();
  for (const row of rows) {
    doc.font('R').fontSize(size);
    const h = Math.max(...cols.map((c, i) => cellHeight(doc, row[i] ?? '', c.width)));
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      header();
      doc.font('R').fontSize(size);
    }
    const y = doc.y;
    drawRow(doc, cols, row, y, h, false);
    doc.y = y + h;
  }
  doc.x = left(doc);
  doc.moveDown(0.5);
  doc.font('R').fontSize(12);
}

/** Page numbers at the foot of every page, drawn once all pages exist. */
export function footers(doc: Pdf, text: (p: number, n: number) => string, note: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - saved + 14;
    doc.font('R').fontSize(8.5).fillColor('#555555');
    doc.text(note, left(doc), y, { width: width(doc) * 0.75, height: 12, ellipsis: true });
    doc.text(text(i + 1, range.count), left(doc), y, { width: width(doc), align: 'right' });
    doc.page.margins.bottom = saved;
    doc.fillColor(INK);
  }
}

/** Collects the PDF's bytes once `end()` is called. */
export function bytesOf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
