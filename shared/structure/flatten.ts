/**
 * The units that rules and reviewers look at, as labelling-guide.md defines a clause: a khoản, a
 * điểm, or the body of an article with neither. A lead-in ("Hồ sơ gồm:") whose list items are all
 * short is one unit with its list; otherwise each item is its own unit carrying the lead-in as
 * context, and the lead-in itself is a unit only when it is a full sentence rather than a lead-in.
 * Appendix content is included (with sectionKind 'appendix') so consumers can choose.
 */
import type {
  ArticleNode,
  ClauseNode,
  ListItem,
  ParsedDocument,
  PointNode,
  SectionKind,
  SourceSpan,
} from '../model/document.ts';

export type FlatClause = {
  /** Stable within a version: "s2/a5/k2/b", "s2/a5/k2/b/i1", "s1/a3" (article body). */
  key: string;
  sectionKind: SectionKind;
  /** "" for content outside any article (an appendix body). */
  articleNumber: string;
  /** The heading line, "Điều 5. Trách nhiệm của …". */
  articleTitle: string;
  /** "" for an article body without khoản. */
  clauseNumber: string;
  pointNumber?: string;
  /** The lead-in the unit depends on ("Sở Xây dựng có trách nhiệm:"), or "". */
  context: string;
  text: string;
  span: SourceSpan;
  order: number;
};

/** A list longer than this, or with any item longer than SHORT_ITEM, is split into units. */
const SHORT_ITEM = 100;
const MAX_SHORT_ITEMS = 15;
/** A form field to fill in ("Họ và tên: …………"), as appendices carry them. */
const PLACEHOLDER = /[.…]{5,}/u;

type Unit = { own: string; span: SourceSpan; segment: string; point?: string; children: Unit[] };

function itemUnits(items: ListItem[], point: string | undefined): Unit[] {
  return items.map((it, k) => ({
    own: it.text,
    span: it.span,
    segment: `i${k + 1}`,
    point,
    children: itemUnits(it.items, point),
  }));
}

function pointUnit(p: PointNode): Unit {
  return {
    own: p.text,
    span: p.span,
    segment: p.number,
    point: p.number,
    children: itemUnits(p.items, p.number),
  };
}

function clauseUnit(c: ClauseNode): Unit {
  const children = [...itemUnits(c.items, undefined), ...c.points.map(pointUnit)].sort(
    (a, b) => a.span.start - b.span.start,
  );
  return { own: c.text, span: c.span, segment: c.number ? `k${c.number}` : '', children };
}

/** A lead-in introduces what follows: it ends with ":" or is a heading-like phrase. */
export function isLeadIn(own: string): boolean {
  const t = own.trim();
  return t === '' || t.endsWith(':') || !/(?:[.;!?]|\.\/\.)$/.test(t);
}

function isShortList(text: string, children: Unit[]): boolean {
  if (children.length > MAX_SHORT_ITEMS) return false;
  return children.every((c) => text.slice(c.span.start, c.span.end).trim().length <= SHORT_ITEM);
}

export function headingLine(text: string, a: ArticleNode): string {
  const lineEnd = (from: number): number => {
    const i = text.indexOf('\n', from);
    return i < 0 || i > a.span.end ? a.span.end : i;
  };
  const first = text.slice(a.span.start, lineEnd(a.span.start)).trim();
  if (!/^(?:Điều|ĐIỀU)\s*(?:\d{1,3}[a-zđ]?)?\s*[.:]?\s*$/u.test(first)) return first;
  const nextStart = lineEnd(a.span.start) + 1;
  const second = nextStart < a.span.end ? text.slice(nextStart, lineEnd(nextStart)).trim() : '';
  return second ? `${first} ${second}` : first;
}

/** One entry per unit, in document order. */
export function flattenClauses(doc: ParsedDocument): FlatClause[] {
  const out: FlatClause[] = [];
  const seen = new Set<string>();
  const repeats = new Map<string, number>();
  doc.sections.forEach((s, si) => {
    for (const a of s.articles) {
      const articleTitle = a.number ? headingLine(doc.text, a) : s.title;
      const base = `s${si + 1}/a${a.number || '0'}`;
      const emit = (
        u: Unit,
        clauseNumber: string,
        key: string,
        context: string,
        whole: boolean,
      ): void => {
        if (s.kind === 'appendix' && PLACEHOLDER.test(u.own)) return;
        let k = key;
        // Repeated numbers (forms, source typos) get "~2", "~3"…; the counter keeps this linear.
        for (let n = repeats.get(key) ?? 2; seen.has(k); n++) {
          k = `${key}~${n}`;
          repeats.set(key, n + 1);
        }
        seen.add(k);
        const span = whole ? u.span : { ...u.span, end: u.span.start + u.own.length };
        const rec: FlatClause = {
          key: k,
          sectionKind: s.kind,
          articleNumber: a.number,
          articleTitle,
          clauseNumber,
          context,
          text: doc.text.slice(span.start, span.end).trim(),
          span,
          order: out.length,
        };
        if (u.point) rec.pointNumber = u.point;
        out.push(rec);
      };
      const walk = (u: Unit, clauseNumber: string, key: string, context: string): void => {
        if (u.children.length === 0) return emit(u, clauseNumber, key, context, true);
        if (isLeadIn(u.own) && isShortList(doc.text, u.children))
          return emit(u, clauseNumber, key, context, true);
        if (!isLeadIn(u.own)) emit(u, clauseNumber, key, context, false);
        const lead = u.own.trim();
        for (const c of u.children) walk(c, clauseNumber, `${key}/${c.segment}`, lead);
      };
      const hasNumbered = a.clauses.some((c) => c.number);
      let intro = '';
      for (const c of a.clauses) {
        const u = clauseUnit(c);
        const key = u.segment ? `${base}/${u.segment}` : base;
        if (!c.number && hasNumbered && u.children.length === 0 && isLeadIn(c.text)) {
          intro = c.text.trim();
          continue;
        }
        walk(u, c.number, key, c.number ? intro : '');
      }
    }
  });
  return out;
}
