/** The body of the PDF report, section by section (the same order as the DOCX). */
import { num } from './labels.ts';
import type { ReportContent, ReportFinding } from './model.ts';
import {
  checklistTable,
  dismissedTable,
  documentsTable,
  inventoryTable,
  revisionsTable,
  type TableSpec,
} from './tables.ts';
import { ensure, heading, labelled, left, para, table, width, type Pdf } from './pdf-layout.ts';
import { stampText, wordsFor } from './words.ts';

type W = ReturnType<typeof wordsFor>;

const tableOf = (doc: Pdf, t: TableSpec, size?: number): void =>
  table(doc, t.columns, t.rows, size);

export function scope(doc: Pdf, c: ReportContent, w: W): void {
  heading(doc, w('s1'));
  para(doc, w('s1lead', { n: c.documents.length, ws: c.workspace.name }), { size: 11.5 });
  tableOf(doc, documentsTable(c, w));
}

export function summary(doc: Pdf, c: ReportContent, w: W): void {
  heading(doc, w('s2'));
  const cl = c.checklist;
  para(doc, w('s2a', { v: cl.version, state: cl.stateLabel }), { font: 'B', size: 11.5 });
  const stamps = [
    cl.submitted ? w('submitted', { who: stampText(cl.submitted, c.language) }) : '',
    cl.decided ? w('decided', { who: stampText(cl.decided, c.language) }) : '',
    cl.decided?.comment ? w('comment', { c: cl.decided.comment }) : '',
  ].filter(Boolean);
  for (const s of stamps) para(doc, s, { size: 11, indent: 12 });
  tableOf(doc, checklistTable(c, w), 9.5);
  const f = c.findings;
  para(doc, w('s2b', { n: f.total }), { font: 'B', size: 11.5 });
  const line = (label: string, xs: { label: string; count: number }[]) =>
    labelled(doc, label, xs.map((x) => `${x.label}: ${x.count}`).join('; '), 12, 10.5);
  line(w('byFamily'), f.byFamily);
  line(w('byStatus'), f.byStatus);
  const kinds = f.byKind.filter((k) => k.count > 0);
  if (kinds.length > 0) {
    const half = Math.ceil(kinds.length / 2);
    const rows = kinds.slice(0, half).map((k, i) => {
      const r = kinds[half + i];
      return [k.label, String(k.count), r?.label ?? '', r ? String(r.count) : ''];
    });
    table(
      doc,
      [
        { header: w('colKind'), frac: 0.38 },
        { header: w('colCount'), frac: 0.12, align: 'center' },
        { header: w('colKind'), frac: 0.38 },
        { header: w('colCount'), frac: 0.12, align: 'center' },
      ],
      rows,
      9.5,
    );
  }
  const inv = c.inventory;
  para(doc, w('s2c'), { font: 'B', size: 11.5 });
  tableOf(doc, inventoryTable(c, w), 9);
  para(
    doc,
    w('days', {
      w: num(inv.days.working, c.language),
      c: num(inv.days.calendar, c.language),
      u: inv.unbounded,
      t: inv.total,
    }),
    {
      size: 10.5,
    },
  );
  if (inv.changes.length > 0) {
    labelled(doc, w('changes'), '', 0, 10.5);
    for (const ch of inv.changes) labelled(doc, ch.document, ch.sentence, 12, 10.5);
  }
}

/** The excerpt with the matched words in bold, as one flowing paragraph. */
function excerptWithMatch(doc: Pdf, label: string, f: ReportFinding, indent: number): void {
  const at = f.matched ? f.excerpt.indexOf(f.matched) : -1;
  const opts = { width: width(doc) - indent, continued: true, lineGap: 1.5 };
  doc
    .font('B')
    .fontSize(10.5)
    .text(`${label}: `, left(doc) + indent, doc.y, opts);
  if (at < 0) {
    doc.font('I').text(`“${f.excerpt}”`, { lineGap: 1.5 });
    return;
  }
  doc
    .font('I')
    .text(`“${f.excerpt.slice(0, at)}`, { continued: true })
    .font('BI')
    .text(f.matched, { continued: true })
    .font('I')
    .text(`${f.excerpt.slice(at + f.matched.length)}”`, { continued: false });
}

function finding(doc: Pdf, f: ReportFinding, n: number, w: W): void {
  ensure(doc, 90);
  doc.moveDown(0.35);
  const page = f.page !== null ? ` (${w('page', { p: f.page })})` : '';
  const head = `${n}. ${f.kindLabel} — ${f.where}${page}`;
  doc
    .font('B')
    .fontSize(10.5)
    .text(head, left(doc), doc.y, { width: width(doc), continued: true })
    .font(f.status === 'open' ? 'BI' : 'R')
    .fillColor(f.status === 'open' ? '#8a4b00' : '#1f5f2e')
    .text(`  [${f.statusLabel}]`)
    .fillColor('#111111');
  const ind = 14;
  if (f.excerpt) excerptWithMatch(doc, w('clause'), f, ind);
  else if (f.matched) labelled(doc, w('matched'), f.matched, ind, 10.5);
  labelled(doc, w('why'), `${f.explanation} (${w('ref', { r: f.directiveRef })})`, ind, 10.5);
  if (f.rewrite)
    labelled(doc, w(f.rewriteEdited ? 'rewriteEdited' : 'rewrite'), f.rewrite, ind, 10.5);
  if (f.note) labelled(doc, w('note'), f.note, ind, 10.5);
}

export async function details(
  doc: Pdf,
  c: ReportContent,
  w: W,
  step: (done: number) => Promise<void>,
): Promise<void> {
  ensure(doc, 200); // keep the heading with its first finding
  heading(doc, w('s3'));
  if (c.details.length === 0) {
    para(doc, w('s3none'), { size: 11 });
    return;
  }
  para(doc, w('s3lead'), { font: 'I', size: 10.5 });
  let n = 0;
  for (const d of c.details) {
    ensure(doc, 110);
    doc.moveDown(0.5);
    para(doc, d.document, { font: 'B', size: 11.5, align: 'left' });
    for (const a of d.articles) {
      ensure(doc, 150);
      doc.moveDown(0.25);
      para(doc, a.title ? `${a.article}. ${a.title}` : a.article, {
        font: 'BI',
        size: 11,
        align: 'left',
      });
      for (const f of a.findings) {
        finding(doc, f, ++n, w);
        await step(n);
      }
    }
  }
}

export function dismissed(doc: Pdf, c: ReportContent, w: W): void {
  heading(doc, w('s4'));
  if (c.dismissed.length === 0) return para(doc, w('s4none'), { size: 11 });
  tableOf(doc, dismissedTable(c, w), 9);
}

export function revisions(doc: Pdf, c: ReportContent, w: W): void {
  heading(doc, w('s5'));
  if (c.revisions.length === 0) return para(doc, w('s5none'), { size: 11 });
  tableOf(doc, revisionsTable(c, w), 9.5);
}
