/** The JSON that `rasoat parse <file> --json` prints: the tree without offsets, lists kept as text. */
import type { Metadata, ParsedDocument, SectionKind } from '../model/document.ts';

export type CliPoint = { number: string; text: string };
export type CliClause = { number: string; text: string; points: CliPoint[] };
export type CliArticle = { number: string; title: string; clauses: CliClause[] };
export type CliSection = { kind: SectionKind; title: string; articles: CliArticle[] };
export type CliView = { metadata: Metadata; sections: CliSection[]; warnings: string[] };

/**
 * A khoản's text runs up to its first điểm (its "-" items stay in it); a điểm's text is whole, so
 * nothing of the source is lost from the view.
 */
export function sectionsForCli(doc: ParsedDocument): CliView {
  const slice = (start: number, end: number): string => doc.text.slice(start, end).trim();
  return {
    metadata: doc.metadata,
    sections: doc.sections.map((s) => ({
      kind: s.kind,
      title: s.title,
      articles: s.articles.map((a) => ({
        number: a.number,
        title: a.title,
        clauses: a.clauses.map((c) => ({
          number: c.number,
          text: slice(c.span.start, c.points[0]?.span.start ?? c.span.end),
          points: c.points.map((p) => ({
            number: p.number,
            text: slice(p.span.start, p.span.end),
          })),
        })),
      })),
    })),
    warnings: doc.warnings,
  };
}
