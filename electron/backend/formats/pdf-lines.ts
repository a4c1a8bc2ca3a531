/**
 * PDF text items → lines, and removal of page furniture (running headers, footers, page
 * numbers). Pure functions over positions so they can be tested without a PDF.
 */

/** A text item in PDF user space: `y` is the baseline, measured from the bottom of the page. */
export type PdfItem = { str: string; x: number; y: number; width: number; size: number };
export type PdfPage = { width: number; height: number; items: PdfItem[] };

export type PdfLine = {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** 1-based page number. */
  page: number;
};

/** Groups items sharing a baseline into lines, top to bottom, each read left to right. */
export function pageLines(page: PdfPage, pageNo: number): PdfLine[] {
  const items = page.items
    .filter((it) => it.str.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - it.y) <= 0.4 * Math.max(first.size, it.size, 1)) {
      group.push(it);
    } else groups.push([it]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const it of group) {
      const gap = it.x - right;
      if (text !== '' && gap > 0.15 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str))
        text += ' ';
      text += it.str;
      right = Math.max(right, it.x + it.width);
    }
    const first = group[0] as PdfItem;
    const size = Math.max(...group.map((g) => g.size));
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x: first.x,
      right,
      y: first.y,
      size,
      page: pageNo,
    };
  });
}

const PAGE_LABEL = /^(trang|page)\s*\d+(\s*(\/|của|trên|of)\s*\d+)?$/iu;
const BARE_NUMBER = /^[-–—]?\s*(\d+)(\s*\/\s*\d+)?\s*[-–—]?$/u;

/** "Trang 3/7", or a bare "3", "- 3 -", "3/7" close to the page's own number. */
function isPageNumber(text: string, pageNo: number): boolean {
  if (PAGE_LABEL.test(text)) return true;
  const m = BARE_NUMBER.exec(text);
  return m !== null && Math.abs(Number(m[1]) - pageNo) <= 2;
}

function hasPageNumber(text: string, pageNo: number): boolean {
  return [...text.matchAll(/\d+/g)].some((m) => Math.abs(Number(m[0]) - pageNo) <= 2);
}

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE = 2;

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/**
 * Removes lines that repeat at the same place on many pages (running headers and footers) and
 * page numbers at the top or bottom of a page.
 */
export function removeFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edges = pages.map((lines) => {
    const idx = new Set<number>();
    for (let i = 0; i < Math.min(EDGE, lines.length); i++) {
      idx.add(i);
      idx.add(lines.length - 1 - i);
    }
    return idx;
  });
  // key → pages it sits on (near the same height)
  const seen = new Map<string, { y: number; pages: Set<number> }[]>();
  pages.forEach((lines, p) => {
    for (const i of edges[p] ?? []) {
      const line = lines[i];
      if (!line) continue;
      const slots = seen.get(furnitureKey(line.text)) ?? [];
      const slot = slots.find((s) => Math.abs(s.y - line.y) <= Math.max(3, line.size * 0.5));
      if (slot) slot.pages.add(p);
      else slots.push({ y: line.y, pages: new Set([p]) });
      seen.set(furnitureKey(line.text), slots);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  const texts = new Map<string, number>();
  pages.forEach((lines, p) => {
    for (const i of edges[p] ?? []) {
      const t = lines[i]?.text ?? '';
      texts.set(t, (texts.get(t) ?? 0) + 1);
    }
  });
  return pages.map((lines, p) =>
    lines.filter((line, i) => {
      if (!edges[p]?.has(i)) return true;
      if (isPageNumber(line.text, p + 1)) return false;
      const slots = seen.get(furnitureKey(line.text)) ?? [];
      const slot = slots.find((s) => s.pages.has(p));
      if (!slot || slot.pages.size < needed) return true;
      // Same text on every page, or the same words around this page's own number.
      const same = (texts.get(line.text) ?? 0) >= needed;
      return !(same || hasPageNumber(line.text, p + 1));
    }),
  );
}
