/**
 * PDF reader on pdfjs-dist (legacy build, in-process "fake" worker, no eval, no font loading, no
 * network): text with positions → lines → furniture removed → paragraphs, with page offsets.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/errors.ts';
import type { ExtractedText, PageSpan } from '../../../shared/model/document.ts';
import { normalizeText } from '../../../shared/text/index.ts';
import { pageLines, removeFurniture, type PdfItem, type PdfLine } from './pdf-lines.ts';
import { joinLines } from './paragraphs.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/** Loads pdf.js with its worker code on this thread, so nothing is fetched by URL at run time. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const localDir = (name: string): string => pathToFileURL(path.join(pdfjsDir, name) + path.sep).href;

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : '';
}

/** Reads a PDF's text layer. Throws AppError for encrypted, scanned or broken files. */
export async function readPdf(data: Uint8Array): Promise<ExtractedText> {
  const { getDocument } = await loadPdfJs();
  const params = {
    data,
    // pdf.js 6 no longer compiles PDF functions with eval; the flag guards older builds, and the
    // parse child runs with code generation from strings disallowed in any case.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: localDir('cmaps'),
    standardFontDataUrl: localDir('standard_fonts'),
  };
  const task = getDocument(params);
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    if (errorName(err) === 'PasswordException') {
      throw new AppError(
        'document.encrypted',
        'Tệp PDF được đặt mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.',
        { cause: err },
      );
    }
    throw new AppError(
      'document.corrupt',
      'Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.',
      { cause: err },
    );
  }
  try {
    const pages: PdfLine[][] = [];
    const warnings: string[] = [];
    const blank: number[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
        items.push({ str: it.str, x: e, y: f, width: it.width, size });
      }
      const lines = pageLines({ width: viewport.width, height: viewport.height, items }, p);
      if (lines.length === 0) blank.push(p);
      pages.push(lines);
      page.cleanup();
    }
    if (blank.length === doc.numPages) {
      throw new AppError(
        'document.image_only',
        'Tệp PDF chỉ chứa ảnh (bản quét), không có lớp chữ: cần nhận dạng ký tự (OCR) trước khi rà soát.',
      );
    }
    if (blank.length > 0) {
      warnings.push(
        `Trang ${blank.join(', ')} không có lớp chữ (có thể là ảnh quét); nội dung các trang này bị bỏ qua.`,
      );
    }
    return assemble(removeFurniture(pages), doc.numPages, warnings);
  } finally {
    await task.destroy();
  }
}

function assemble(pages: PdfLine[][], pageCount: number, warnings: string[]): ExtractedText {
  const paragraphs = joinLines(pages.flat());
  let text = '';
  const starts = new Map<number, number>();
  for (const para of paragraphs) {
    const line = normalizeText(para.text);
    if (!starts.has(para.page)) starts.set(para.page, text.length);
    text += line + '\n';
  }
  const spans: PageSpan[] = [];
  let start = 0;
  for (let p = 1; p <= pageCount; p++) {
    const s = starts.get(p) ?? start;
    let end = text.length;
    for (let q = p + 1; q <= pageCount; q++) {
      const next = starts.get(q);
      if (next !== undefined) {
        end = next;
        break;
      }
    }
    spans.push({ page: p, start: s, end: Math.max(s, end) });
    start = Math.max(s, end);
  }
  return { text, pages: spans, warnings, format: 'pdf' };
}
