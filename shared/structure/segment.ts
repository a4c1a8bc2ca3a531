/**
 * First pass: cut the document into sections (the decision, the regulation it issues, appendices),
 * mark title lines and closing blocks, and fix which "Điều" lines are article headings. The second
 * pass (build-section.ts) turns each section's body lines into the tree.
 */
import type { SectionKind } from '../model/document.ts';
import { acceptHead, readArticleHead, type ArticleHead } from './article-head.ts';
import { closingStart } from './closing.ts';
import {
  ATTACH_NOTE,
  INSTRUMENT_WORDS,
  matchDocTitle,
  readTitleBlock,
  type TitleBlock,
} from './doc-title.ts';
import { isMostlyUpper, type Line } from './lines.ts';
import { articleOrdinal, classify, headingAt } from './markers.ts';

export type Role = 'body' | 'title' | 'closing';
export type LineRange = { first: number; last: number };

export type SectionPlan = {
  kind: SectionKind;
  first: number;
  last: number;
  title?: TitleBlock;
  closings: LineRange[];
};

export type Plan = {
  sections: SectionPlan[];
  roles: Role[];
  heads: Map<number, ArticleHead>;
  /** The document's own title block (type word and trích yếu), when it has one. */
  docTitle?: TitleBlock;
};

const APPENDIX =
  /^(PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ\s+|số\s+)?(?:[IVXLC]+|\d{1,2})[a-z]?)?(?![\p{L}\d])\s*[.:\-–]?\s*(.*)$/u;

function attachWithin(lines: Line[], i: number, span: number): number {
  for (let j = i + 1; j < lines.length && j <= i + span; j++) {
    const t = lines[j]?.text ?? '';
    if (ATTACH_NOTE.test(t)) return j;
    if (classify(t).kind !== 'text') return -1;
  }
  return -1;
}

function appendixTitle(lines: Line[], i: number, relaxed: boolean): TitleBlock | null {
  const t = lines[i]?.text ?? '';
  const m = APPENDIX.exec(t);
  if (!m || t.length > 200) return null;
  const rest = m[2] ?? '';
  const attach = attachWithin(lines, i, 3);
  const caps = m[1] === 'PHỤ LỤC';
  if (!(attach >= 0 || (caps && (rest === '' || isMostlyUpper(rest))) || (relaxed && rest === '')))
    return null;
  let last = attach >= 0 ? attach : i;
  if (attach < 0 && rest === '') {
    const sub = lines[i + 1];
    if (
      sub &&
      classify(sub.text).kind === 'text' &&
      sub.text.length < 200 &&
      !/[.;]$/.test(sub.text)
    )
      last = i + 1;
  }
  const summary = lines
    .slice(i + 1, attach >= 0 ? attach : last + 1)
    .map((l) => l.text)
    .join(' ');
  return {
    word: 'DANH MỤC',
    summary: [rest, summary].filter(Boolean).join(' '),
    first: i,
    last,
    attachLine: attach >= 0 ? attach : undefined,
  };
}

function regulationTitle(lines: Line[], i: number, afterClosing: boolean): TitleBlock | null {
  const t = lines[i]?.text ?? '';
  const m = matchDocTitle(t);
  if (!m || !INSTRUMENT_WORDS.has(m.word) || !isMostlyUpper(t)) return null;
  const block = readTitleBlock(lines, i);
  if (!block) return null;
  if (block.attachLine !== undefined || afterClosing) return block;
  return null;
}

function findDocTitle(lines: Line[]): TitleBlock | undefined {
  for (let i = 0; i < lines.length && i < 40; i++) {
    const t = lines[i]?.text ?? '';
    const k = classify(t).kind;
    if (k === 'article' || k === 'heading' || k === 'khoan') return undefined;
    if (matchDocTitle(t) && isMostlyUpper(t.slice(0, 12)))
      return readTitleBlock(lines, i) ?? undefined;
  }
  return undefined;
}

function kindOf(title: TitleBlock | undefined): SectionKind {
  if (!title) return 'body';
  if (title.word === 'QUYẾT ĐỊNH') return 'decision';
  return INSTRUMENT_WORDS.has(title.word) ? 'regulation' : 'body';
}

/** Cuts lines into sections and marks roles; see the module comment. */
export function plan(lines: Line[]): Plan {
  const roles: Role[] = lines.map(() => 'body');
  const heads = new Map<number, ArticleHead>();
  const sections: SectionPlan[] = [];
  const docTitle = findDocTitle(lines);
  let cur: SectionPlan = {
    kind: kindOf(docTitle),
    first: 0,
    last: lines.length - 1,
    title: docTitle,
    closings: [],
  };
  let lastNumber: string | undefined;
  let inClosing = false;
  let pendingHeading = -1;
  let prevContent: Line | null = null;
  const open = (kind: SectionKind, first: number, title?: TitleBlock): void => {
    cur.last = first - 1;
    if (cur.last >= cur.first) sections.push(cur);
    cur = { kind, first, last: lines.length - 1, title, closings: [] };
    lastNumber = undefined;
    inClosing = false;
    pendingHeading = -1;
    prevContent = null;
  };
  const markTitle = (t: TitleBlock): number => {
    for (let j = t.first; j <= t.last; j++) roles[j] = 'title';
    return t.last;
  };
  if (docTitle) markTitle(docTitle);

  for (let i = 0; i < lines.length; i++) {
    if (roles[i] === 'title') continue;
    const line = lines[i] as Line;
    const app = appendixTitle(lines, i, inClosing || cur.kind === 'appendix');
    if (app) {
      open('appendix', i, app);
      i = markTitle(app);
      continue;
    }
    const reg = regulationTitle(lines, i, inClosing);
    if (reg) {
      open('regulation', i, reg);
      i = markTitle(reg);
      continue;
    }
    const head = readArticleHead(lines, i);
    if (cur.kind === 'appendix') {
      // Forms in appendices restart their numbering at will: take any well-formed heading.
      if (head?.strong && acceptHead(head, lines, undefined, prevContent)) {
        heads.set(i, head);
        i = head.lastLine;
        prevContent = null;
      } else prevContent = line;
      continue;
    }
    if (inClosing) {
      const restart =
        (head?.strong && articleOrdinal(head.number) === 100) || isFirstChapter(lines, i);
      if (restart) open(cur.kind === 'decision' ? 'regulation' : cur.kind, i);
      else if (head && acceptHead(head, lines, lastNumber, null) && lastNumber !== undefined)
        inClosing = false;
      else {
        roles[i] = 'closing';
        const c = cur.closings[cur.closings.length - 1];
        if (c) c.last = i;
        continue;
      }
    }
    const cs = head ? null : closingStart(line.text);
    if (
      cs &&
      (cs === 'strong' || (lastNumber !== undefined && (cs === 'weak' || confirmName(lines, i))))
    ) {
      inClosing = true;
      roles[i] = 'closing';
      cur.closings.push({ first: i, last: i });
      continue;
    }
    if (head && acceptHead(head, lines, lastNumber, prevContent)) {
      if (
        lastNumber !== undefined &&
        articleOrdinal(head.number) === 100 &&
        articleOrdinal(lastNumber) >= 100
      ) {
        open(
          cur.kind === 'decision' ? 'regulation' : cur.kind,
          pendingHeading >= 0 ? pendingHeading : i,
        );
      }
      heads.set(i, head);
      lastNumber = head.number;
      pendingHeading = -1;
      prevContent = null;
      i = head.lastLine;
      continue;
    }
    if (headingAt(lines, i)) {
      if (pendingHeading < 0) pendingHeading = i;
      prevContent = null;
      continue;
    }
    if (!(pendingHeading >= 0 && isMostlyUpper(line.text))) pendingHeading = -1;
    prevContent = line;
  }
  cur.last = lines.length - 1;
  if (cur.last >= cur.first || sections.length === 0) sections.push(cur);
  return { sections, roles, heads, docTitle };
}

function isFirstChapter(lines: Line[], i: number): boolean {
  const mk = headingAt(lines, i);
  return (
    mk !== null &&
    (mk.heading === 'chapter' || mk.heading === 'part') &&
    (mk.number === 'I' || mk.number === '1')
  );
}

/** A title-and-name line closes only when nothing but a new part of the document follows it. */
function confirmName(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next) return true;
  if (closingStart(next.text) === 'strong') return true;
  return appendixTitle(lines, i + 1, true) !== null || regulationTitle(lines, i + 1, true) !== null;
}
