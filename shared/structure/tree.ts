/**
 * Builds one article's khoản / điểm / list items from its lines. A line without a marker continues
 * the unit opened last (the deepest open node), which is also how converters' broken lines and
 * flattened table cells end up attached to the step they belong to.
 */
import { endsComplete, type Line } from './lines.ts';
import { itemClass, type Marker } from './markers.ts';

export type BNode = {
  kind: 'clause' | 'point' | 'item';
  /** khoản / điểm number, or an item's marker. */
  label: string;
  start: number;
  /** End of the node's own text (before its first child). */
  ownEnd: number;
  end: number;
  children: BNode[];
  /** Item class ("dash", "plus", "letter") for nesting; "" for clauses and points. */
  cls: string;
};

export type ArticleTree = {
  clauses: BNode[];
  /** Open path: clause, then point, then items. */
  chain: BNode[];
  lastKhoan: number;
  style: '.' | ')' | '';
  prevText: string;
  warnings: string[];
};

export function newTree(): ArticleTree {
  return { clauses: [], chain: [], lastKhoan: 0, style: '', prevText: '', warnings: [] };
}

function node(kind: BNode['kind'], label: string, line: Line, cls = ''): BNode {
  return { kind, label, start: line.start, ownEnd: line.end, end: line.end, children: [], cls };
}

function extendChain(t: ArticleTree, end: number): void {
  for (const n of t.chain) n.end = Math.max(n.end, end);
}

function bodyClause(t: ArticleTree, at: number): BNode {
  const open = t.chain[0];
  if (open) return open;
  const c: BNode = {
    kind: 'clause',
    label: '',
    start: at,
    ownEnd: at,
    end: at,
    children: [],
    cls: '',
  };
  t.clauses.push(c);
  t.chain = [c];
  return c;
}

/** Starts the article body with text already on the heading line (a decision's "Điều 2. Quyết định này …"). */
export function addBody(t: ArticleTree, start: number, end: number): void {
  const c = bodyClause(t, start);
  c.ownEnd = c.end = end;
}

/** A khoản that a converter glued to the end of the heading ("Điều 2. Đối tượng áp dụng 1."). */
export function addGluedKhoan(t: ArticleTree, start: number, end: number): void {
  const c: BNode = { kind: 'clause', label: '1', start, ownEnd: end, end, children: [], cls: '' };
  t.clauses.push(c);
  t.chain = [c];
  t.lastKhoan = 1;
  t.style = '.';
}

const COMPOUNDS = [
  ['thi đua', 'khen thưởng'],
  ['hỏi', 'đáp'],
  ['tài chính', 'kế toán'],
  ['kế hoạch', 'tài chính'],
  ['tổ chức', 'hành chính'],
  ['tổ chức', 'cán bộ'],
  ['hành chính', 'quản trị'],
  ['văn hóa', 'xã hội'],
  ['kinh tế', 'xã hội'],
  ['dân tộc', 'tôn giáo'],
  ['chính trị', 'xã hội'],
] as const;

/** "… Hội đồng Thi đua" + "- Khen thưởng tỉnh …" is one name broken at its hyphen, not a list item. */
function brokenHyphen(prev: string, rest: string): boolean {
  if (endsComplete(prev) || prev === '') return false;
  if (/^\p{Ll}/u.test(rest)) return true;
  const p = prev.toLowerCase();
  const r = rest.toLowerCase();
  return COMPOUNDS.some(([a, b]) => p.endsWith(a) && r.startsWith(b));
}

function acceptKhoan(t: ArticleTree, n: number): boolean {
  if (n === t.lastKhoan + 1 || n === 1) return true;
  if (t.lastKhoan === 0) return n <= 30;
  return endsComplete(t.prevText) || (n > t.lastKhoan && n - t.lastKhoan <= 2);
}

function addItem(t: ArticleTree, line: Line, marker: string): void {
  const cls = itemClass(marker);
  bodyClause(t, line.start);
  let base = t.chain.findIndex((n) => n.kind === 'item');
  if (base < 0) base = t.chain.length;
  const same = t.chain.findIndex((n, k) => k >= base && n.cls === cls);
  const depth = same >= 0 ? same : t.chain.length;
  const parent = t.chain[depth - 1];
  const item = node('item', marker, line, cls);
  parent?.children.push(item);
  t.chain = [...t.chain.slice(0, depth), item];
}

function addPoint(t: ArticleTree, line: Line, number: string): void {
  const clause = bodyClause(t, line.start);
  const p = node('point', number, line);
  clause.children.push(p);
  t.chain = [clause, p];
}

function addKhoan(t: ArticleTree, line: Line, number: string, style: '.' | ')'): void {
  const n = Number(number);
  if (t.lastKhoan > 0 && n !== t.lastKhoan + 1 && n !== 1)
    t.warnings.push(`khoản ${n} đứng sau khoản ${t.lastKhoan}`);
  const c = node('clause', number, line);
  t.clauses.push(c);
  t.chain = [c];
  t.lastKhoan = n;
  if (!t.style) t.style = style;
}

function continueText(t: ArticleTree, line: Line): void {
  const last = t.chain[t.chain.length - 1];
  if (last) last.ownEnd = line.end;
  else addBody(t, line.start, line.end);
}

/** Adds one body line of the article. */
export function addLine(t: ArticleTree, line: Line, mk: Marker): void {
  const rest = 'restStart' in mk ? line.text.slice(mk.restStart) : line.text;
  const openPoint = t.chain[1];
  switch (mk.kind) {
    case 'khoan':
      if (t.style === '.' && mk.style === ')' && t.lastKhoan > 0) addPoint(t, line, mk.number);
      else if (acceptKhoan(t, Number(mk.number))) addKhoan(t, line, mk.number, mk.style);
      else continueText(t, line);
      break;
    case 'subkhoan':
      addPoint(t, line, mk.number);
      break;
    case 'diem':
      if (openPoint?.kind === 'point' && openPoint.label.includes('.'))
        addItem(t, line, `${mk.number})`);
      else addPoint(t, line, mk.number);
      break;
    case 'item':
      if (brokenHyphen(t.prevText, rest)) continueText(t, line);
      else addItem(t, line, mk.marker);
      break;
    case 'rule':
      return;
    default:
      continueText(t, line);
  }
  extendChain(t, line.end);
  t.prevText = line.text;
}
