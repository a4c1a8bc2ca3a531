/** The report as a PDF: national header, title, sections I–VI, signer, integrity, page numbers. */
import type { ReportContent, ReportSeal } from './model.ts';
import {
  bytesOf,
  ensure,
  footers,
  heading,
  labelled,
  left,
  newPdf,
  para,
  width,
  RULE,
  type Pdf,
} from './pdf-layout.ts';
import { details, dismissed, revisions, scope, summary } from './pdf-sections.ts';
import { directiveLine, longDate, subtitle, wordsFor } from './words.ts';

export type RenderHooks = {
  /** Called as findings are drawn; awaiting it lets a cancel request through. */
  step: (done: number, total: number) => Promise<void>;
};

function centred(doc: Pdf, text: string, x: number, w: number, font: string, size: number): number {
  doc.font(font).fontSize(size).text(text, x, doc.y, { width: w, align: 'center' });
  return doc.widthOfString(text);
}

function nationalHeader(doc: Pdf, c: ReportContent, w: ReturnType<typeof wordsFor>): void {
  const x0 = left(doc);
  const total = width(doc);
  const lw = total * 0.4;
  const rx = x0 + lw;
  const rw = total - lw;
  const top = doc.y;
  const unit = (c.unit || w('unitMissing')).toLocaleUpperCase(c.language);
  const uw = Math.min(centred(doc, unit, x0, lw, 'B', 11), lw * 0.6);
  const ly = doc.y + 2;
  doc.lineWidth(0.6).strokeColor('#000000');
  doc
    .moveTo(x0 + (lw - uw * 0.6) / 2, ly)
    .lineTo(x0 + (lw + uw * 0.6) / 2, ly)
    .stroke();
  const leftEnd = ly;
  doc.y = top;
  centred(doc, w('nation'), rx, rw, 'B', 11);
  const mw = centred(doc, w('motto'), rx, rw, 'B', 12);
  const my = doc.y + 1;
  doc
    .moveTo(rx + (rw - mw) / 2, my)
    .lineTo(rx + (rw + mw) / 2, my)
    .stroke();
  doc.y = Math.max(my, leftEnd) + 10;
  const place =
    c.language === 'vi' ? `Đà Nẵng, ${longDate(c.createdAt, 'vi')}` : longDate(c.createdAt, 'en');
  doc.font('I').fontSize(12).text(place, rx, doc.y, { width: rw, align: 'center' });
  doc.moveDown(1.6);
  doc.font('B').fontSize(14).text(w('kind'), x0, doc.y, { width: total, align: 'center' });
  doc.font('B').fontSize(13).text(subtitle(c), x0, doc.y, { width: total, align: 'center' });
  doc.font('I').fontSize(11.5).text(directiveLine(c), x0, doc.y, { width: total, align: 'center' });
  const ry = doc.y + 6;
  doc
    .moveTo(x0 + total * 0.4, ry)
    .lineTo(x0 + total * 0.6, ry)
    .strokeColor(RULE)
    .stroke();
  doc.y = ry + 8;
  const reviewer = [c.reviewer.name, c.reviewer.position].filter(Boolean).join(', ') || '—';
  para(doc, w('meta', { reviewer, id: c.reportId }), { font: 'I', size: 9.5, align: 'center' });
}

function signer(doc: Pdf, c: ReportContent, w: ReturnType<typeof wordsFor>): void {
  ensure(doc, 110);
  doc.moveDown(1);
  const x = left(doc) + width(doc) * 0.5;
  const bw = width(doc) * 0.5;
  doc.font('B').fontSize(12).text(w('signer'), x, doc.y, { width: bw, align: 'center' });
  doc.moveDown(3);
  doc
    .font('B')
    .fontSize(12)
    .text(c.reviewer.name || '—', x, doc.y, { width: bw, align: 'center' });
  if (c.reviewer.position)
    doc.font('I').fontSize(11).text(c.reviewer.position, x, doc.y, { width: bw, align: 'center' });
  doc.x = left(doc);
}

function integrity(
  doc: Pdf,
  c: ReportContent,
  seal: ReportSeal,
  w: ReturnType<typeof wordsFor>,
): void {
  ensure(doc, 330);
  heading(doc, w('s6'));
  para(doc, w('s6lead'), { size: 10 });
  para(doc, w('s6limit'), { font: 'I', size: 10 });
  doc.moveDown(0.4);
  labelled(doc, w('reportId'), seal.reportId, 0, 10);
  labelled(doc, w('createdAt'), c.createdAt, 0, 10);
  labelled(doc, w('fingerprint'), seal.keyFingerprint, 0, 10);
  const mono = (label: string, value: string) => {
    doc
      .font('B')
      .fontSize(10)
      .text(`${label}:`, left(doc), doc.y, { width: width(doc) });
    doc
      .font('Courier')
      .fontSize(8.5)
      .text(value, left(doc) + 12, doc.y, { width: width(doc) - 12, lineGap: 1 });
  };
  mono(w('contentSha'), seal.contentSha256);
  mono(w('signature'), seal.signature);
  mono(w('publicKey'), seal.publicKeyPem.trim());
  doc.font('R').fontSize(12);
}

/** Renders the PDF; its bytes are hashed and signed by the caller. */
export async function renderPdf(
  c: ReportContent,
  seal: ReportSeal,
  hooks: RenderHooks,
): Promise<Buffer> {
  const w = wordsFor(c.language);
  const doc = newPdf(
    {
      Title: c.title,
      Author: [c.reviewer.name, c.unit].filter(Boolean).join(' — '),
      Subject: directiveLine(c),
      Creator: 'RàSoát',
      Producer: 'RàSoát (pdfkit)',
      // ASCII, so a verifier can find the report id even in a damaged file.
      Keywords: `rasoat-report-id:${seal.reportId} content-sha256:${seal.contentSha256}`,
      CreationDate: new Date(c.createdAt),
    },
    c.language,
  );
  const total = c.details.reduce(
    (n, d) => n + d.articles.reduce((m, a) => m + a.findings.length, 0),
    0,
  );
  nationalHeader(doc, c, w);
  scope(doc, c, w);
  summary(doc, c, w);
  await details(doc, c, w, (done) => hooks.step(done, total));
  dismissed(doc, c, w);
  revisions(doc, c, w);
  signer(doc, c, w);
  integrity(doc, c, seal, w);
  const note = `${w('reportId')}: ${seal.reportId}`;
  footers(doc, (p, n) => w('pageOf', { p, n }), note);
  return bytesOf(doc);
}
