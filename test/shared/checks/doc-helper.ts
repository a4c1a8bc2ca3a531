/**
 * A small local splitter for tests: one structure unit a line, "Điều N. …" starts an article,
 * "1." a khoản, "a)" and "-" items carry their khoản as lead-in. Articles above a
 * "QUY CHẾ / QUY ĐỊNH …" heading belong to the wrapping decision. Each clause is classified by
 * the real rule engine.
 */
import type { DocCheckInput, DocClause } from '../../../shared/checks/index.ts';
import type { DocType, Metadata } from '../../../shared/model/document.ts';
import type { FindingKind } from '../../../shared/model/finding.ts';
import { classify, type ClassifyResult } from '../../../shared/rules/index.ts';

const ARTICLE = /^Điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$/u;
const KHOAN = /^(\d+)\.\s+(.*)$/u;
const POINT = /^([a-zđ])\)\s*(.*)$/u;
const ITEM = /^[-+]\s*(.*)$/u;
const REGULATION = /^(?:QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|QUY TRÌNH)(?!\p{L})/u;

export function splitClauses(
  text: string,
  prefix = '',
): { clauses: DocClause[]; articles: { number: string; title: string }[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  // The regulation's own heading is followed by "(Ban hành kèm theo Quyết định …)".
  const regAt = lines.findIndex(
    (l, i) =>
      REGULATION.test(l) &&
      l === l.toUpperCase() &&
      lines.slice(i + 1, i + 4).some((n) => /^\((?:Ban hành )?kèm theo/iu.test(n)),
  );
  const clauses: DocClause[] = [];
  const articles: { number: string; title: string }[] = [];
  let art:
    | { number: string; title: string; section: 'decision' | 'regulation'; count: number }
    | undefined;
  let khoan: { number: string; text: string } | undefined;
  const push = (c: Omit<DocClause, 'id' | 'articleNumber' | 'articleTitle' | 'sectionKind'>) => {
    if (!art) return;
    art.count++;
    const key = [art.number, c.clauseNumber, c.pointNumber].filter((x) => x).join('.');
    let id = `${prefix}${art.section[0]}${key}`;
    for (let n = 2; clauses.some((x) => x.id === id); n++)
      id = `${prefix}${art.section[0]}${key}#${n}`;
    clauses.push({
      id,
      articleNumber: art.number,
      articleTitle: `Điều ${art.number}. ${art.title}`,
      sectionKind: art.section,
      ...c,
    });
  };
  const close = () => {
    if (art && art.count === 0) push({ clauseNumber: '', text: art.title });
  };
  lines.forEach((line, i) => {
    const a = ARTICLE.exec(line);
    if (a) {
      close();
      art = {
        number: a[1] ?? '',
        title: a[2] ?? '',
        section: regAt >= 0 && i < regAt ? 'decision' : 'regulation',
        count: 0,
      };
      articles.push({ number: art.number, title: art.title });
      khoan = undefined;
      return;
    }
    const k = KHOAN.exec(line);
    if (k) {
      khoan = { number: k[1] ?? '', text: line };
      return push({ clauseNumber: khoan.number, text: line });
    }
    const p = POINT.exec(line) ?? ITEM.exec(line);
    if (p && khoan) {
      const point = p.length > 2 ? p[1] : undefined;
      return push({
        clauseNumber: khoan.number,
        ...(point ? { pointNumber: point } : {}),
        context: khoan.text,
        text: line,
      });
    }
    if (art && !/^(?:Chương|Mục)\s/u.test(line) && !REGULATION.test(line))
      push({ clauseNumber: '', text: line });
  });
  close();
  return { clauses, articles };
}

export type Extra = Record<string, FindingKind[]>;

/** A DocCheckInput from a text; `extra` adds clause kinds (by clause id, e.g. "r3.1.a") the packs may lack. */
export function docFromText(
  text: string,
  docType: DocType,
  opts: { title?: string; bases?: string[]; extra?: Extra; stateAdministrative?: boolean } = {},
): DocCheckInput & { clauseResults: Map<string, ClassifyResult> } {
  const { clauses, articles } = splitClauses(text);
  const clauseResults = new Map<string, ClassifyResult>();
  for (const c of clauses) {
    const r = classify({
      id: c.id,
      text: c.text,
      article: c.articleTitle,
      ...(c.context ? { context: c.context } : {}),
    });
    const kinds = opts.extra?.[c.id];
    if (kinds) addKinds(r, kinds);
    clauseResults.set(c.id, r);
  }
  const metadata: Metadata = {
    bases: (opts.bases ?? []).map((t) => ({ text: t })),
    docType,
    ...(opts.title ? { title: opts.title } : {}),
  };
  return {
    documentId: 'd',
    metadata,
    docType,
    articles,
    clauses,
    clauseResults,
    ...(opts.stateAdministrative !== undefined
      ? { stateAdministrative: opts.stateAdministrative }
      : {}),
  };
}

/** Add a kind to a real result, as a rule of that kind would have (for RESP rules still to come). */
export function addKinds(r: ClassifyResult, kinds: FindingKind[]): void {
  for (const kind of kinds) {
    if (r.kinds.includes(kind)) continue;
    r.kinds.push(kind);
    r.findings.push({
      rule: `test.${kind}`,
      kind,
      severity: 'medium',
      span: [0, 0],
      matched: '',
      message: { vi: kind, en: kind },
      explanation: { vi: kind, en: kind },
      directiveRef: '3',
    });
    if (kind.startsWith('RESP.')) r.resp = true;
    if (kind.startsWith('PROC.')) r.proc = true;
  }
}
