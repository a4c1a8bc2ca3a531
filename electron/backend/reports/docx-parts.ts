/** Building blocks of the DOCX report: Times New Roman as Nghị định 30/2020 asks, ruled tables. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';

export const FONT = 'Times New Roman';
/** Text width of A4 with 30 mm + 15 mm side margins, in twentieths of a point. */
export const TEXT_TWIPS = Math.round(((210 - 45) / 25.4) * 1440);

export type Run = {
  text: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
};

export function run(r: Run): TextRun {
  const opts: IRunOptions = {
    text: r.text,
    font: FONT,
    size: (r.size ?? 13) * 2,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italics ? { italics: true } : {}),
    ...(r.color ? { color: r.color } : {}),
    ...(r.underline ? { underline: {} } : {}),
  };
  return new TextRun(opts);
}

export function p(
  runs: Run[] | string,
  opts: {
    align?: 'left' | 'center' | 'justify' | 'right';
    after?: number;
    before?: number;
    indent?: number;
    numbered?: boolean;
  } = {},
): Paragraph {
  const align = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    justify: AlignmentType.JUSTIFIED,
    right: AlignmentType.RIGHT,
  }[opts.align ?? 'justify'];
  return new Paragraph({
    alignment: align,
    spacing: { after: opts.after ?? 80, before: opts.before ?? 0, line: 276 },
    ...(opts.indent ? { indent: { left: opts.indent } } : {}),
    ...(opts.numbered ? { numbering: { reference: 'findings', level: 0 } } : {}),
    children: (typeof runs === 'string' ? [{ text: runs }] : runs).map(run),
  });
}

export function heading(text: string): Paragraph {
  return p([{ text, bold: true, size: 13 }], { align: 'left', before: 200, after: 100 });
}

export function labelled(label: string, value: string, indent = 280, size = 12): Paragraph {
  return p(
    [
      { text: `${label}: `, bold: true, size },
      { text: value, size },
    ],
    { indent, after: 40 },
  );
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '8A8F98' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(
  text: string,
  width: number,
  head: boolean,
  align: 'left' | 'center',
  size: number,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
    ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF0F3' } } : {}),
    children: text
      .split('\n')
      .map((line) =>
        p([{ text: line, bold: head, size }], { align: head ? 'center' : align, after: 0 }),
      ),
  });
}

/** A ruled table; the header row repeats on each page. Widths are fractions of the text width. */
export function table(
  spec: { header: string; frac: number; align?: 'left' | 'center' }[],
  rows: string[][],
  size = 11,
): Table {
  const widths = spec.map((s) => Math.round(s.frac * TEXT_TWIPS));
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: spec.map((s, i) => cell(s.header, widths[i] ?? 0, true, 'center', size)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: spec.map((s, i) =>
              cell(r[i] ?? '', widths[i] ?? 0, false, s.align ?? 'left', size),
            ),
          }),
      ),
    ],
  });
}

/** Two columns without borders: the unit on the left, the national motto on the right. */
export function headerTable(leftLines: Run[], rightLines: Run[]): Table {
  const lw = Math.round(TEXT_TWIPS * 0.4);
  const rw = TEXT_TWIPS - lw;
  const col = (lines: Run[], w: number) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: lines.map((l) => p([l], { align: 'center', after: 0 })),
    });
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: [lw, rw],
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [new TableRow({ children: [col(leftLines, lw), col(rightLines, rw)] })],
  });
}
