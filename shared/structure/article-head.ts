/**
 * Article headings: "Điều 5. Trách nhiệm …", "Điều 5:" / "Điều 5 ." variants, the title on the
 * next line ("Điều 5." then "Trách nhiệm …"), and the PDF artefact where the word "Điều" stands
 * alone and the number opens the next line ("Điều" then "9. Công bố …").
 */
import { classify, followsArticle } from './markers.ts';
import { endsComplete, type Line } from './lines.ts';

export type ArticleHead = {
  /** Line of the word "Điều". */
  line: number;
  /** Last line the heading takes (the next one when the title or number was split off). */
  lastLine: number;
  number: string;
  /** Has "." or ":" after the number, or was split as "Điều" / "N. …". */
  strong: boolean;
  /** Offsets of the text after "Điều N." (title or, in decisions, the article's sentence). */
  restStart: number;
  restEnd: number;
  /** The heading as one line: "Điều 9. Công bố …". */
  headingText: string;
};

/** Words that, right after "Điều N", show a cross-reference rather than a heading. */
const CROSS_REF =
  /^(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Hiến pháp|Pháp lệnh|Chỉ thị|Quy chế|Quy định|Quy trình|Nội quy|Điều lệ|Kế hoạch|Chương|Mục|Phụ lục|\p{Ll}|[,;(])|^(?:\p{L}+\s+){0,2}này(?![\p{L}])/u;

/** Reads a candidate article heading at line i, or null. Acceptance is {@link acceptHead}'s job. */
export function readArticleHead(lines: Line[], i: number): ArticleHead | null {
  const line = lines[i];
  if (!line) return null;
  const mk = classify(line.text);
  const next = lines[i + 1];
  if (mk.kind === 'article-word') {
    const nk = next ? classify(next.text) : null;
    if (!next || nk?.kind !== 'khoan' || nk.style !== '.') return null;
    return {
      line: i,
      lastLine: i + 1,
      number: nk.number,
      strong: true,
      restStart: next.start + nk.restStart,
      restEnd: next.end,
      headingText: `${line.text} ${next.text}`,
    };
  }
  if (mk.kind !== 'article') return null;
  const head: ArticleHead = {
    line: i,
    lastLine: i,
    number: mk.number,
    strong: mk.punct !== '',
    restStart: line.start + mk.restStart,
    restEnd: line.end,
    headingText: line.text,
  };
  if (head.restStart >= head.restEnd) {
    head.restStart = head.restEnd = line.end;
    // "Điều 5." with the title (or the sentence) on the next line.
    if (next && classify(next.text).kind === 'text' && next.text.length <= 600) {
      head.lastLine = i + 1;
      head.restStart = next.start;
      head.restEnd = next.end;
      head.headingText = `${line.text} ${next.text}`;
    }
  }
  return head;
}

/**
 * Whether a candidate is a real heading, given the previous article number in the section and the
 * previous content line (null after a heading or at the top). Out-of-sequence numbers are taken
 * only when they cannot be the tail of a broken sentence.
 */
export function acceptHead(
  head: ArticleHead,
  lines: Line[],
  prev: string | undefined,
  prevContent: Line | null,
): boolean {
  const line = lines[head.line];
  if (!line) return false;
  const rest = head.lastLine === head.line ? line.text.slice(head.restStart - line.start) : '';
  const crossRef = CROSS_REF.test(rest);
  if (!head.strong) {
    if (crossRef || (prevContent && !endsComplete(prevContent.text))) return false;
    return followsArticle(prev, head.number);
  }
  if (followsArticle(prev, head.number))
    return !(
      crossRef &&
      /^\p{Ll}/u.test(rest) &&
      prevContent !== null &&
      !endsComplete(prevContent.text)
    );
  if (prevContent && !endsComplete(prevContent.text)) return false;
  return !/^\p{Ll}/u.test(rest);
}
