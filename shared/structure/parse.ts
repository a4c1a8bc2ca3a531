/** parseDocument: normalised text → legal tree, metadata, closing block and warnings. */
import type {
  DocType,
  ExtractedText,
  PageSpan,
  ParsedDocument,
  Section,
  SectionKind,
  SourceSpan,
} from '../model/document.ts';
import { buildSection, type BuildContext } from './build-section.ts';
import { splitLines } from './lines.ts';
import { dropNoise } from './noise.ts';
import { followsArticle, articleOrdinal } from './markers.ts';
import { extractMetadata } from './metadata.ts';
import { plan } from './segment.ts';

function spanMaker(pages: PageSpan[] | undefined): (start: number, end: number) => SourceSpan {
  const sorted = pages ? [...pages].sort((a, b) => a.start - b.start) : [];
  if (sorted.length === 0) return (start, end) => ({ start, end });
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) <= start) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const page = sorted[Math.max(hit, 0)]?.page;
    return page === undefined ? { start, end } : { start, end, page };
  };
}

const REGULATION_TYPES = new Set<DocType>([
  'quy_che_lam_viec',
  'quy_che_phoi_hop',
  'quy_dinh',
  'quy_trinh',
  'dieu_le',
]);

const KIND_VI: Record<SectionKind, string> = {
  decision: 'Phần quyết định',
  regulation: 'Văn bản ban hành kèm theo',
  body: 'Nội dung văn bản',
  appendix: 'Phụ lục',
};

/** Gaps and repeats in article numbering; appendices (forms) restart at will and are skipped. */
function numberingWarnings(sections: Section[]): string[] {
  const out: string[] = [];
  for (const s of sections) {
    if (s.kind === 'appendix') continue;
    let prev: string | undefined;
    for (const a of s.articles) {
      if (!a.number) continue;
      if (!followsArticle(prev, a.number)) {
        const where = `${KIND_VI[s.kind]}${s.title ? ` (${s.title.slice(0, 60)})` : ''}`;
        if (prev === undefined) out.push(`${where}: bắt đầu từ Điều ${a.number}`);
        else if (articleOrdinal(a.number) > articleOrdinal(prev))
          out.push(`${where}: thiếu Điều giữa Điều ${prev} và Điều ${a.number}`);
        else out.push(`${where}: Điều ${a.number} đứng sau Điều ${prev}`);
      }
      prev = a.number;
    }
  }
  return out;
}

/** Parses one document. Never throws on well-typed input; odd text gives warnings instead. */
export function parseDocument(input: ExtractedText): ParsedDocument {
  const text = input.text;
  const lines = dropNoise(splitLines(text));
  const p = plan(lines);
  const ctx: BuildContext = { text, lines, plan: p, span: spanMaker(input.pages) };
  const warnings = [...input.warnings];
  const sections: Section[] = [];
  for (const sp of p.sections) {
    const built = buildSection(ctx, sp);
    sections.push(built.section);
    warnings.push(...built.warnings);
  }
  warnings.push(...numberingWarnings(sections));
  if (!sections.some((s) => s.articles.some((a) => a.number))) {
    warnings.push('Không nhận diện được Điều nào trong văn bản.');
  }
  const closingPlan = p.sections.find((s) => s.kind !== 'appendix' && s.closings.length > 0)
    ?.closings[0];
  const closing =
    closingPlan && lines[closingPlan.first] && lines[closingPlan.last]
      ? ctx.span(lines[closingPlan.first]?.start ?? 0, lines[closingPlan.last]?.end ?? 0)
      : undefined;
  const metadata = extractMetadata({ text, lines, plan: p, sections, closing });
  const first = sections[0];
  // A text that opens straight into the regulation (no title) is typed from its own words.
  if (
    first &&
    first.kind === 'body' &&
    !p.sections[0]?.title &&
    metadata.docType &&
    REGULATION_TYPES.has(metadata.docType)
  ) {
    first.kind = 'regulation';
  }
  const doc: ParsedDocument = { metadata, sections, warnings, text };
  if (input.pages) doc.pages = input.pages;
  if (closing) doc.closing = closing;
  return doc;
}
