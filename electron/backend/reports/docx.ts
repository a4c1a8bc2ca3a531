/** The report as a DOCX: same sections as the PDF, integrity in the last section and in metadata. */
import {
  checklistTable,
  dismissedTable,
  documentsTable,
  inventoryTable,
  revisionsTable,
  type TableSpec,
} from './tables.ts';
import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type Table,
} from 'docx';
import { num } from './labels.ts';
import type { ReportContent, ReportFinding, ReportSeal } from './model.ts';
import { FONT, heading, headerTable, labelled, p, table } from './docx-parts.ts';
import type { RenderHooks } from './pdf.ts';
import { directiveLine, longDate, stampText, subtitle, wordsFor } from './words.ts';

type W = ReturnType<typeof wordsFor>;

const tableOf = (t: TableSpec, size?: number): Table => table(t.columns, t.rows, size);
const MM = 1440 / 25.4;

function top(c: ReportContent, w: W): FileChild[] {
  const unit = (c.unit || w('unitMissing')).toLocaleUpperCase(c.language);
  const place =
    c.language === 'vi' ? `Đà Nẵng, ${longDate(c.createdAt, 'vi')}` : longDate(c.createdAt, 'en');
  const reviewer = [c.reviewer.name, c.reviewer.position].filter(Boolean).join(', ') || '—';
  return [
    headerTable(
      [{ text: unit, bold: true, size: 12 }],
      [
        { text: w('nation'), bold: true, size: 12 },
        { text: w('motto'), bold: true, size: 13, underline: true },
        { text: '' },
        { text: place, italics: true, size: 13 },
      ],
    ),
    p([{ text: w('kind'), bold: true, size: 14 }], { align: 'center', before: 360, after: 0 }),
    p([{ text: subtitle(c), bold: true, size: 13 }], { align: 'center', after: 0 }),
    p([{ text: directiveLine(c), italics: true, size: 12 }], { align: 'center', after: 120 }),
    p([{ text: w('meta', { reviewer, id: c.reportId }), italics: true, size: 10 }], {
      align: 'center',
      after: 200,
    }),
  ];
}

function scope(c: ReportContent, w: W): FileChild[] {
  return [
    heading(w('s1')),
    p(w('s1lead', { n: c.documents.length, ws: c.workspace.name })),
    tableOf(documentsTable(c, w)),
  ];
}

function summary(c: ReportContent, w: W): FileChild[] {
  const cl = c.checklist;
  const f = c.findings;
  const inv = c.inventory;
  const list = (xs: { label: string; count: number }[]) =>
    xs.map((x) => `${x.label}: ${x.count}`).join('; ');
  return [
    heading(w('s2')),
    p([{ text: w('s2a', { v: cl.version, state: cl.stateLabel }), bold: true }], { before: 80 }),
    ...(cl.submitted
      ? [p(w('submitted', { who: stampText(cl.submitted, c.language) }), { indent: 280 })]
      : []),
    ...(cl.decided
      ? [p(w('decided', { who: stampText(cl.decided, c.language) }), { indent: 280 })]
      : []),
    ...(cl.decided?.comment ? [p(w('comment', { c: cl.decided.comment }), { indent: 280 })] : []),
    tableOf(checklistTable(c, w)),
    p([{ text: w('s2b', { n: f.total }), bold: true }], { before: 160 }),
    labelled(w('byFamily'), list(f.byFamily)),
    labelled(w('byStatus'), list(f.byStatus)),
    table(
      [
        { header: w('colKind'), frac: 0.8 },
        { header: w('colCount'), frac: 0.2, align: 'center' },
      ],
      f.byKind.filter((k) => k.count > 0).map((k) => [k.label, String(k.count)]),
    ),
    p([{ text: w('s2c'), bold: true }], { before: 160 }),
    tableOf(inventoryTable(c, w), 10),
    p(
      w('days', {
        w: num(inv.days.working, c.language),
        c: num(inv.days.calendar, c.language),
        u: inv.unbounded,
        t: inv.total,
      }),
      { before: 80 },
    ),
    ...inv.changes.map((ch) => labelled(ch.document, ch.sentence)),
  ];
}

function finding(f: ReportFinding, w: W): FileChild[] {
  const page = f.page !== null ? ` (${w('page', { p: f.page })})` : '';
  const at = f.matched ? f.excerpt.indexOf(f.matched) : -1;
  const excerpt =
    at < 0
      ? [{ text: `“${f.excerpt}”`, italics: true, size: 12 }]
      : [
          { text: `“${f.excerpt.slice(0, at)}`, italics: true, size: 12 },
          { text: f.matched, italics: true, bold: true, size: 12 },
          { text: `${f.excerpt.slice(at + f.matched.length)}”`, italics: true, size: 12 },
        ];
  return [
    p(
      [
        { text: `${f.kindLabel} — ${f.where}${page}`, bold: true, size: 12 },
        {
          text: `  [${f.statusLabel}]`,
          italics: f.status === 'open',
          color: f.status === 'open' ? '8A4B00' : '1F5F2E',
          size: 12,
        },
      ],
      { numbered: true, before: 100, after: 40, align: 'left' },
    ),
    ...(f.excerpt
      ? [
          p([{ text: `${w('clause')}: `, bold: true, size: 12 }, ...excerpt], {
            indent: 360,
            after: 40,
          }),
        ]
      : f.matched
        ? [labelled(w('matched'), f.matched, 360)]
        : []),
    labelled(w('why'), `${f.explanation} (${w('ref', { r: f.directiveRef })})`, 360),
    ...(f.rewrite
      ? [labelled(w(f.rewriteEdited ? 'rewriteEdited' : 'rewrite'), f.rewrite, 360)]
      : []),
    ...(f.note ? [labelled(w('note'), f.note, 360)] : []),
  ];
}

async function details(c: ReportContent, w: W, hooks: RenderHooks): Promise<FileChild[]> {
  const out: FileChild[] = [heading(w('s3'))];
  if (c.details.length === 0) return [...out, p(w('s3none'))];
  out.push(p([{ text: w('s3lead'), italics: true, size: 12 }]));
  const total = c.details.reduce(
    (n, d) => n + d.articles.reduce((m, a) => m + a.findings.length, 0),
    0,
  );
  let n = 0;
  for (const d of c.details) {
    out.push(p([{ text: d.document, bold: true }], { before: 200, align: 'left' }));
    for (const a of d.articles) {
      out.push(
        p([{ text: a.title ? `${a.article}. ${a.title}` : a.article, bold: true, italics: true }], {
          before: 120,
          align: 'left',
        }),
      );
      for (const f of a.findings) {
        out.push(...finding(f, w));
        await hooks.step(++n, total);
      }
    }
  }
  return out;
}

function tail(c: ReportContent, seal: ReportSeal, w: W): FileChild[] {
  const mono = (label: string, value: string) =>
    new Paragraph({
      indent: { left: 280 },
      spacing: { after: 60 },
      children: [
        new TextRun({ text: `${label}: `, bold: true, font: FONT, size: 22 }),
        new TextRun({ text: value, font: 'Courier New', size: 18 }),
      ],
    });
  return [
    heading(w('s4')),
    c.dismissed.length === 0 ? p(w('s4none')) : tableOf(dismissedTable(c, w), 10),
    heading(w('s5')),
    c.revisions.length === 0 ? p(w('s5none')) : tableOf(revisionsTable(c, w)),
    p([{ text: w('signer'), bold: true }], { align: 'right', before: 360, after: 720 }),
    p([{ text: c.reviewer.name || '—', bold: true }], { align: 'right', after: 0 }),
    ...(c.reviewer.position
      ? [p([{ text: c.reviewer.position, italics: true }], { align: 'right' })]
      : []),
    heading(w('s6')),
    p([{ text: w('s6lead'), size: 11 }]),
    p([{ text: w('s6limit'), size: 11, italics: true }]),
    mono(w('reportId'), seal.reportId),
    mono(w('createdAt'), c.createdAt),
    mono(w('fingerprint'), seal.keyFingerprint),
    mono(w('contentSha'), seal.contentSha256),
    mono(w('signature'), seal.signature),
    mono(w('publicKey'), seal.publicKeyPem.replace(/\s+/g, ' ').trim()),
  ];
}

export async function renderDocx(
  c: ReportContent,
  seal: ReportSeal,
  hooks: RenderHooks,
): Promise<Buffer> {
  const w = wordsFor(c.language);
  const body = [
    ...top(c, w),
    ...scope(c, w),
    ...summary(c, w),
    ...(await details(c, w, hooks)),
    ...tail(c, seal, w),
  ];
  const doc = new Document({
    title: c.title,
    subject: directiveLine(c),
    creator: [c.reviewer.name, c.unit].filter(Boolean).join(' — ') || 'RàSoát',
    keywords: `rasoat-report-id:${seal.reportId} content-sha256:${seal.contentSha256}`,
    description: `${w('contentSha')}: ${seal.contentSha256}`,
    customProperties: [
      { name: 'RaSoatReportId', value: seal.reportId },
      { name: 'RaSoatContentSha256', value: seal.contentSha256 },
      { name: 'RaSoatContentSignature', value: seal.signature },
      { name: 'RaSoatKeyFingerprint', value: seal.keyFingerprint },
    ],
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    numbering: {
      config: [
        {
          reference: 'findings',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: { indent: { left: 360, hanging: 360 } },
                run: { bold: true, font: FONT, size: 24 },
              },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(20 * MM),
              bottom: Math.round(20 * MM),
              left: Math.round(30 * MM),
              right: Math.round(15 * MM),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: c.language === 'vi' ? 'Trang ' : 'Page ',
                    font: FONT,
                    size: 18,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 18 }),
                  new TextRun({ text: '/', font: FONT, size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
