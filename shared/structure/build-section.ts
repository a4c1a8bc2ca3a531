/**
 * Second pass: one section's body lines become headings and articles. Lines before the first
 * article are the preamble (căn cứ, enacting words), except in appendices and in regulations
 * that open with numbered content, where they form an article without a number.
 */
import type {
  ArticleNode,
  ClauseNode,
  Heading,
  ListItem,
  PointNode,
  Section,
  SourceSpan,
} from '../model/document.ts';
import type { ArticleHead } from './article-head.ts';
import { cleanTitle, gluedKhoanAt, isSentence } from './heading-rest.ts';
import { isMostlyUpper, type Line } from './lines.ts';
import { classify, headingAt } from './markers.ts';
import type { Plan, SectionPlan } from './segment.ts';
import { addBody, addGluedKhoan, addLine, newTree, type ArticleTree, type BNode } from './tree.ts';

export type BuildContext = {
  text: string;
  lines: Line[];
  plan: Plan;
  span: (start: number, end: number) => SourceSpan;
};

type OpenArticle = {
  number: string;
  title: string;
  start: number;
  end: number;
  path: string[];
  tree: ArticleTree;
};

const LEVEL = { part: 0, chapter: 1, section: 2, subsection: 3 } as const;

function ofKind(n: BNode, kind: BNode['kind']): BNode[] {
  return n.children.filter((c) => c.kind === kind);
}

function toItem(ctx: BuildContext, n: BNode): ListItem {
  const items = ofKind(n, 'item').map((c) => toItem(ctx, c));
  return {
    marker: n.label,
    text: ctx.text.slice(n.start, n.ownEnd),
    span: ctx.span(n.start, n.end),
    items,
  };
}

function toPoint(ctx: BuildContext, n: BNode): PointNode {
  const items = ofKind(n, 'item').map((c) => toItem(ctx, c));
  return {
    number: n.label,
    text: ctx.text.slice(n.start, n.ownEnd),
    span: ctx.span(n.start, n.end),
    items,
  };
}

function toClause(ctx: BuildContext, n: BNode): ClauseNode {
  return {
    number: n.label,
    text: ctx.text.slice(n.start, n.ownEnd),
    span: ctx.span(n.start, n.end),
    points: ofKind(n, 'point').map((c) => toPoint(ctx, c)),
    items: ofKind(n, 'item').map((c) => toItem(ctx, c)),
  };
}

function startArticle(ctx: BuildContext, head: ArticleHead, path: string[]): OpenArticle {
  const rest = ctx.text.slice(head.restStart, head.restEnd);
  const tree = newTree();
  let title = '';
  const next = ctx.lines[head.lastLine + 1];
  const glued = gluedKhoanAt(rest);
  if (glued >= 0 && !(next && classify(next.text).kind === 'khoan')) {
    title = cleanTitle(rest.slice(0, glued));
    addGluedKhoan(tree, head.restStart + glued, head.restEnd);
  } else if (isSentence(rest)) {
    addBody(tree, head.restStart, head.restEnd);
    tree.prevText = rest;
  } else title = cleanTitle(rest);
  const start = ctx.lines[head.line]?.start ?? head.restStart;
  const end = ctx.lines[head.lastLine]?.end ?? head.restEnd;
  return { number: head.number, title, start, end, path: [...path], tree };
}

function finish(ctx: BuildContext, a: OpenArticle): ArticleNode {
  return {
    number: a.number,
    title: a.title,
    span: ctx.span(a.start, a.end),
    path: a.path,
    clauses: a.tree.clauses.map((c) => toClause(ctx, c)),
  };
}

export type BuiltSection = { section: Section; warnings: string[] };

/** Builds the section planned as `sp`. */
export function buildSection(ctx: BuildContext, sp: SectionPlan): BuiltSection {
  const { lines, plan } = ctx;
  const headings: Heading[] = [];
  const articles: ArticleNode[] = [];
  const warnings: string[] = [];
  const path: (string | undefined)[] = [];
  let open: OpenArticle | null = null;
  let sawStructure = false;
  let sawArticle = false;
  let preambleEnd = -1;
  const close = (): void => {
    if (!open) return;
    articles.push(finish(ctx, open));
    const label = open.number ? `Điều ${open.number}` : 'Phần không đánh số';
    for (const w of open.tree.warnings) warnings.push(`${label}: ${w}`);
    open = null;
  };
  const titleText = sp.title
    ? lines
        .slice(sp.title.first, sp.title.attachLine ?? sp.title.last + 1)
        .map((l) => l.text)
        .join(' ')
    : '';
  for (let i = sp.first; i <= sp.last; i++) {
    if (plan.roles[i] !== 'body') continue;
    const line = lines[i] as Line;
    const head = plan.heads.get(i);
    if (head) {
      close();
      open = startArticle(
        ctx,
        head,
        path.filter((p): p is string => p !== undefined),
      );
      sawStructure = sawArticle = true;
      i = head.lastLine;
      continue;
    }
    const mk = classify(line.text);
    if (mk.kind === 'heading' && headingAt(lines, i)) {
      close();
      sawStructure = true;
      let title = line.text.slice(mk.restStart);
      let end = line.end;
      const free = (j: number): Line | undefined => {
        const l = lines[j];
        return l &&
          plan.roles[j] === 'body' &&
          !plan.heads.has(j) &&
          classify(l.text).kind === 'text'
          ? l
          : undefined;
      };
      const next = free(i + 1);
      if (
        next &&
        (title === '' ? isMostlyUpper(next.text) || next.text.length < 150 : next.text === title)
      ) {
        title = title || next.text;
        end = next.end;
        i++;
      }
      // A converter may break a long upper-case title over lines.
      for (
        let more = free(i + 1);
        more && isMostlyUpper(title) && isMostlyUpper(more.text) && more.text.length < 200;
        more = free(i + 1)
      ) {
        title = `${title} ${more.text}`;
        end = more.end;
        i++;
      }
      headings.push({
        kind: mk.heading,
        number: mk.number,
        title,
        span: ctx.span(line.start, end),
      });
      const level = LEVEL[mk.heading];
      path.length = level;
      path[level] = `${mk.word} ${mk.number}${title ? `. ${title}` : ''}`;
      continue;
    }
    const numbered = ['khoan', 'diem', 'subkhoan'].includes(mk.kind);
    const leading = !sawArticle && sp.kind !== 'decision' && (sp.kind === 'appendix' || numbered);
    // Content between a heading and the next article would otherwise belong to nothing.
    if (!open && (leading || sawArticle)) {
      const current = path.filter((p): p is string => p !== undefined);
      open = {
        number: '',
        title: sawArticle ? (current[current.length - 1] ?? titleText) : titleText,
        start: line.start,
        end: line.end,
        path: current,
        tree: newTree(),
      };
      sawStructure = true;
      if (sawArticle)
        warnings.push(`${open.title}: có nội dung nằm ngoài Điều (sau đề mục, trước Điều kế tiếp)`);
      else if (sp.kind !== 'appendix')
        warnings.push(
          `${titleText || 'Văn bản'}: có nội dung đánh số trước Điều đầu tiên (có thể thiếu tiêu đề "Điều")`,
        );
    }
    if (open) {
      // A bare "2." right before another marker is a wrapped line's tail, not a khoản.
      const after = lines[i + 1];
      const bare =
        mk.kind === 'khoan' &&
        mk.restStart >= line.text.length &&
        after !== undefined &&
        classify(after.text).kind !== 'text';
      addLine(open.tree, line, bare ? { kind: 'text' } : mk);
      open.end = line.end;
    } else if (!sawStructure) preambleEnd = line.end;
  }
  close();
  const first = lines[sp.first];
  const last = lines[sp.last];
  const bodyStart = sp.title ? (lines[sp.title.last]?.end ?? 0) : (first?.start ?? 0);
  const sectionEnd = last?.end ?? bodyStart;
  const rawText =
    sp.kind === 'appendix'
      ? ctx.text.slice(bodyStart, sectionEnd)
      : preambleEnd > bodyStart
        ? ctx.text.slice(bodyStart, preambleEnd)
        : '';
  const section: Section = {
    kind: sp.kind,
    title: titleText,
    span: ctx.span(first?.start ?? 0, sectionEnd),
    headings,
    articles,
  };
  if (rawText.trim()) section.text = rawText.trim();
  return { section, warnings };
}
