/**
 * pdf.js for the browser, loaded only when a reviewer opens an original PDF. The worker is bundled
 * by Vite as a same-origin file (the CSP allows worker-src 'self'); pdf.js 6 uses no eval.
 */
import * as pdfjs from 'pdfjs-dist/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type OpenedPdf = { doc: PDFDocumentProxy; close: () => Promise<void> };

export async function openPdf(base64: string): Promise<OpenedPdf> {
  const task = pdfjs.getDocument({ data: fromBase64(base64), enableXfa: false });
  const doc = await task.promise;
  return { doc, close: () => task.destroy() };
}

export type PageDrawing = { done: Promise<void>; cancel: () => void };

/** Draws one page into a canvas at the given CSS width, sharp on high-density screens. */
export function renderPage(
  doc: PDFDocumentProxy,
  n: number,
  canvas: HTMLCanvasElement,
  width: number,
): PageDrawing {
  let task: RenderTask | null = null;
  let cancelled = false;
  const done = (async () => {
    const page = await doc.getPage(n);
    if (cancelled) return;
    const base = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (width / base.width) * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    task = page.render({ canvas, viewport });
    try {
      await task.promise;
    } catch (err) {
      // A redraw (new width) cancels the previous one; that is not a failure.
      if (!(err instanceof Error && err.name === 'RenderingCancelledException')) throw err;
    }
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      task?.cancel();
    },
  };
}

/** Width / height of the first page, for placeholders before pages are drawn. */
export async function pageAspect(doc: PDFDocumentProxy): Promise<number> {
  const v = (await doc.getPage(1)).getViewport({ scale: 1 });
  return v.width / v.height;
}

export type Box = { left: number; top: number; width: number; height: number };

type Run = { item: TextItem; from: number; to: number };

/**
 * Where words stand on a page, in CSS pixels at the given width. pdf.js gives text in runs (often
 * whole lines); the words are found in the page's text and their share of each run they cross is
 * taken in proportion to characters — close enough to point the eye to them.
 */
/** The words to box, with a few words either side to tell apart repeats of them on a page. */
export type Needle = { words: string; before: string; after: string };

const wordsOf = (s: string) => s.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const pattern = (ws: readonly string[]) => ws.map(escape).join('\\s*');

function findAll(text: string, needle: Needle): [number, number][] {
  const words = wordsOf(needle.words).slice(0, 12);
  if (words.join('').length < 2) return [];
  const before = wordsOf(needle.before).slice(-4);
  const after = wordsOf(needle.after).slice(0, 4);
  const tries = [
    `${before.length ? `${pattern(before)}\\s*` : ''}(${pattern(words)})${after.length ? `\\s*${pattern(after)}` : ''}`,
    `(${pattern(words)})`,
  ];
  for (const src of tries) {
    const hits = [...text.matchAll(new RegExp(src, 'giud'))].flatMap((m) =>
      m.indices?.[1] ? [m.indices[1]] : [],
    );
    if (hits.length > 0) return hits.slice(0, 3);
  }
  return [];
}

/**
 * Where words stand on a page, in CSS pixels at the given width. pdf.js gives text in runs (often
 * whole lines); the words are found in the page's text and their share of each run they cross is
 * taken in proportion to characters — close enough to point the eye to them.
 */
export async function textBoxes(
  doc: PDFDocumentProxy,
  n: number,
  needle: Needle,
  width: number,
): Promise<Box[]> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const runs: Run[] = [];
  let text = '';
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item)) continue;
    const str = item.str.normalize('NFC');
    runs.push({ item, from: text.length, to: text.length + str.length });
    text += str + (item.hasEOL ? ' ' : '');
  }
  const boxes: Box[] = [];
  for (const [a, b] of findAll(text, needle)) {
    for (const r of runs) {
      if (r.to <= a || r.from >= b || r.to === r.from) continue;
      const t = r.item.transform as number[];
      const [x, y] = viewport.convertToViewportPoint(t[4] ?? 0, t[5] ?? 0) as [number, number];
      const h = Math.hypot(t[2] ?? 0, t[3] ?? 0) * viewport.scale;
      const w = r.item.width * viewport.scale;
      const share = (k: number) => (Math.min(Math.max(k, r.from), r.to) - r.from) / (r.to - r.from);
      boxes.push({
        left: x + w * share(a),
        top: y - h * 0.95,
        width: w * (share(b) - share(a)),
        height: h * 1.25,
      });
    }
  }
  return boxes;
}
