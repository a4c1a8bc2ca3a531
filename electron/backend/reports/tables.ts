/**
 * The report's tables as data (headers, widths as fractions of the text width, rows), so the PDF
 * and the DOCX renderings print the same tables without each spelling them out.
 */
import { dateText, num } from './labels.ts';
import type { ReportContent } from './model.ts';
import type { wordsFor } from './words.ts';

type W = ReturnType<typeof wordsFor>;

export type TableSpec = {
  columns: { header: string; frac: number; align?: 'left' | 'center' }[];
  rows: string[][];
};

export function documentsTable(c: ReportContent, w: W): TableSpec {
  return {
    columns: [
      { header: w('colNo'), frac: 0.06, align: 'center' },
      { header: w('colNumber'), frac: 0.16 },
      { header: w('colType'), frac: 0.12 },
      { header: w('colIssuer'), frac: 0.17 },
      { header: w('colDate'), frac: 0.14, align: 'center' },
      { header: w('colTitle'), frac: 0.27 },
      { header: w('colVersion'), frac: 0.08, align: 'center' },
    ],
    rows: c.documents.map((d, i) => [
      String(i + 1),
      d.number || d.fileName,
      d.docType,
      d.issuer,
      dateText(d.issuedDate || null, c.language),
      d.title,
      String(d.version),
    ]),
  };
}

export function checklistTable(c: ReportContent, w: W): TableSpec {
  const items = c.checklist.items;
  const reasons = items.some((i) => i.reason);
  return {
    columns: [
      { header: w('colId'), frac: 0.07, align: 'center' },
      { header: w('colItem'), frac: reasons ? 0.35 : 0.47 },
      { header: w('colAuto'), frac: 0.23 },
      { header: w('colStatus'), frac: 0.23 },
      ...(reasons ? [{ header: w('colReason'), frac: 0.12 }] : []),
    ],
    rows: items.map((i) => [i.id, i.label, i.automaticLabel, i.statusLabel, i.reason]),
  };
}

export function inventoryTable(c: ReportContent, w: W): TableSpec {
  const inv = c.inventory;
  return {
    columns: [
      ...inv.totals.map((t) => ({
        header: t.label,
        frac: 0.7 / inv.totals.length,
        align: 'center' as const,
      })),
      { header: w('workingDays'), frac: 0.1, align: 'center' },
      { header: w('calendarDays'), frac: 0.1, align: 'center' },
      { header: w('unbounded'), frac: 0.1, align: 'center' },
    ],
    rows: [
      [
        ...inv.totals.map((t) => String(t.count)),
        num(inv.days.working, c.language),
        num(inv.days.calendar, c.language),
        String(inv.unbounded),
      ],
    ],
  };
}

export function dismissedTable(c: ReportContent, w: W): TableSpec {
  return {
    columns: [
      { header: w('colDoc'), frac: 0.14 },
      { header: w('colWhere'), frac: 0.12 },
      { header: w('colKind'), frac: 0.16 },
      { header: w('colMatched'), frac: 0.14 },
      { header: w('colDismiss'), frac: 0.12 },
      { header: w('colCitation'), frac: 0.2 },
      { header: w('colBy'), frac: 0.12 },
    ],
    rows: c.dismissed.map((d) => [
      d.document,
      d.where,
      d.kindLabel,
      d.matched,
      d.reason,
      d.citation,
      d.by,
    ]),
  };
}

export function revisionsTable(c: ReportContent, w: W): TableSpec {
  return {
    columns: [
      { header: w('colItem'), frac: 0.24 },
      { header: w('colWhat'), frac: 0.44 },
      { header: w('colWho'), frac: 0.18 },
      { header: w('colDeadline'), frac: 0.14, align: 'center' },
    ],
    rows: c.revisions.map((r) => [
      `${r.itemId}. ${r.label}`,
      r.what,
      r.who,
      dateText(r.by, c.language),
    ]),
  };
}
