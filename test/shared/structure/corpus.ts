/**
 * The shared corpus (../shared/corpus beside the repo) and counts computed from it independently
 * of the parser: plain line rules, so a parser regression cannot hide behind its own logic.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../../../shared/text/index.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

export type IndexRow = {
  id: string;
  file: string;
  docType: string;
  number: string;
  issuer: string;
  date: string;
  articles: number;
  completeness: string;
};

export function loadIndex(): IndexRow[] {
  const path = `${CORPUS_DIR}index.tsv`;
  if (!existsSync(path)) throw new Error(`Không tìm thấy kho văn bản mẫu: ${path}`);
  const [head, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const cols = (head ?? '').split('\t');
  const at = (cells: string[], name: string): string => cells[cols.indexOf(name)] ?? '';
  return rows.map((r) => {
    const c = r.split('\t');
    return {
      id: at(c, 'id'),
      file: at(c, 'file'),
      docType: at(c, 'doc_type'),
      number: at(c, 'number'),
      issuer: at(c, 'issuer'),
      date: at(c, 'date'),
      articles: Number(at(c, 'articles')),
      completeness: at(c, 'completeness'),
    };
  });
}

export function loadDoc(row: IndexRow): string {
  return normalizeText(readFileSync(`${CORPUS_DIR}${row.file}`, 'utf8'));
}

const ARTICLE_LINE = /^Điều\s*\d{1,3}[a-zđ]?\s*[.:]/u;
const ARTICLE_WORD = /^Điều$/u;
const LEAVES_ARTICLES = /^(?:Nơi nhận|NƠI NHẬN|TM\.|KT\.|T\/M|K\/T|\(Ban hành kèm|\(Kèm theo)/u;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục\s*$)/u;
const KHOAN_LINE = /^\d{1,3}\.(?!\d)/u;

export type LineCounts = { articles: number; khoan: number };

/**
 * Counts by line rules, before the first appendix: article headings ("Điều N." or "Điều" with the
 * number on the next line) and lines starting "N." inside articles, plus a "1." a converter glued
 * to the end of a heading.
 */
export function countByLines(text: string): LineCounts {
  let inArticle = false;
  let articles = 0;
  let khoan = 0;
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (APPENDIX.test(l)) break;
    if (ARTICLE_LINE.test(l) || ARTICLE_WORD.test(l)) {
      articles++;
      inArticle = true;
      if (ARTICLE_WORD.test(l)) i++;
      else if (/\s1\.$/u.test(l)) khoan++;
      continue;
    }
    if (LEAVES_ARTICLES.test(l)) inArticle = false;
    else if (inArticle && KHOAN_LINE.test(l)) khoan++;
  }
  return { articles, khoan };
}
