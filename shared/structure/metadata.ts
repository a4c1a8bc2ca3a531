/**
 * Document metadata from the header (số hiệu, cơ quan ban hành, ngày), the title block (loại,
 * trích yếu), the preamble (căn cứ), the articles (hiệu lực) and the closing block (người ký).
 * When the text starts with an attached instrument, its "(Kèm theo … số … ngày … của …)" note
 * stands in for the missing header.
 */
import type { Citation, Metadata, Section, SourceSpan } from '../model/document.ts';
import { CAN_CU, parseCitations } from './citations.ts';
import { isAuthorityLine } from './doc-title.ts';
import { findDate, headerDate } from './dates.ts';
import { detectDocType } from './doc-type.ts';
import { endsComplete, isMostlyUpper, type Line } from './lines.ts';
import { classify, headingAt } from './markers.ts';
import type { Plan } from './segment.ts';
import { parseSignature } from './signature.ts';

export type MetadataInput = {
  text: string;
  lines: Line[];
  plan: Plan;
  sections: Section[];
  closing?: SourceSpan;
};

const NUMBER = /(?:^|[\s_:])Số\s*:?\s*(\d+[\p{L}\d.]*(?:\s?[/-]\s?[\p{L}\d.]+)+)/u;
const ENACTING =
  /^(.{3,200}?)\s+ban hành\s+(?:Quyết định|Nghị định|Thông tư|Nghị quyết|Chỉ thị|Quy chế|Quy định)(?![\p{L}])/u;
const ATTACH_PARTS =
  /theo\s+(Quyết định|Nghị định|Thông tư(?: liên tịch)?|Nghị quyết(?: liên tịch)?|Chỉ thị)\s*(?:số\s*:?\s*([^\s,;)]+))?(?:.*?của\s+([^)]+))?/u;
const EFFECTIVE =
  /có hiệu lực(?: thi hành)?\s+((?:kể\s+)?từ\s+ngày\s+.*?)(?=\s*(?:[,;()]|\.\/\.|\.\s|\.$|\s+và\s|\s+đồng thời|\s+thay thế|$))/u;
const HEADER_STOP = /^(?:Số(?![\p{L}\p{N}])|CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập)/u;

function cleanNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/[.,;]+$/, '');
}

/** Lines of the first section before its first article or heading: header, title, preamble. */
function frontLines(input: MetadataInput): Line[] {
  const first = input.plan.sections[0];
  const out: Line[] = [];
  if (!first) return out;
  for (let i = first.first; i <= first.last; i++) {
    const line = input.lines[i] as Line;
    if (input.plan.heads.has(i) || input.plan.roles[i] === 'closing' || headingAt(input.lines, i))
      break;
    out.push(line);
  }
  return out;
}

function issuerFromHeader(header: Line[]): string | undefined {
  const parts: string[] = [];
  for (const l of header) {
    if (HEADER_STOP.test(l.text) || classify(l.text).kind === 'rule') break;
    const cut = l.text.split(/_{2,}|\s+Số\s*:|CỘNG HÒA|CỘNG HOÀ/u)[0]?.trim() ?? '';
    if (!cut || !isMostlyUpper(cut)) break;
    parts.push(cut);
    if (cut !== l.text) break;
  }
  return parts.length ? parts.join(' ') : undefined;
}

function collectBases(front: Line[]): Citation[] {
  const out: Citation[] = [];
  for (let i = 0; i < front.length; i++) {
    const l = front[i] as Line;
    if (!CAN_CU.test(l.text)) continue;
    let joined = l.text;
    // A converter may break one căn cứ across lines; join until it ends.
    while (!endsComplete(joined) && front[i + 1] && !CAN_CU.test(front[i + 1]?.text ?? ''))
      joined += ` ${front[++i]?.text ?? ''}`;
    out.push(...parseCitations(joined));
  }
  return out;
}

function effectiveOf(input: MetadataInput): string | undefined {
  for (const s of input.sections) {
    if (s.kind === 'appendix') continue;
    for (const a of s.articles) {
      const m = EFFECTIVE.exec(input.text.slice(a.span.start, a.span.end));
      if (m?.[1]) return findDate(m[1]) ?? m[1].trim();
    }
  }
  return undefined;
}

/** Extracts the metadata; fields that cannot be found are left out. */
export function extractMetadata(input: MetadataInput): Metadata {
  const { plan, lines, sections } = input;
  const front = frontLines(input);
  const docTitle = plan.docTitle;
  const header = docTitle
    ? front.filter((l) => l.index < docTitle.first)
    : front.filter((l) => !CAN_CU.test(l.text)).slice(0, 8);
  const headerText = header.map((l) => l.text).join(' ');
  const closingLines = input.closing
    ? lines.filter(
        (l) => l.start >= (input.closing?.start ?? 0) && l.end <= (input.closing?.end ?? 0),
      )
    : [];
  const firstReg = plan.sections.find((s) => s.kind === 'regulation' && s.title);
  const attachLine = firstReg?.title?.attachLine ?? docTitle?.attachLine;
  const attach = attachLine !== undefined ? ATTACH_PARTS.exec(lines[attachLine]?.text ?? '') : null;
  const opensWithAttachment = docTitle?.attachLine !== undefined;
  const m: Metadata = { bases: collectBases(front) };

  const number =
    NUMBER.exec(headerText)?.[1] ??
    NUMBER.exec(closingLines.map((l) => l.text).join(' '))?.[1] ??
    (attach?.[2] && /\d/.test(attach[2]) ? attach[2] : undefined);
  if (number) m.number = cleanNumber(number);
  const date =
    headerDate(headerText) ??
    front.map((l) => headerDate(l.text)).find(Boolean) ??
    closingLines.map((l) => headerDate(l.text)).find(Boolean) ??
    (attachLine !== undefined ? findDate(lines[attachLine]?.text ?? '') : undefined);
  if (date) m.issuedDate = date;

  const enacting = front.map((l) => ENACTING.exec(l.text)?.[1]).find(Boolean);
  const authority = docTitle
    ? lines.slice(docTitle.last + 1, docTitle.last + 3).find((l) => isAuthorityLine(l.text))?.text
    : undefined;
  const issuer = issuerFromHeader(header) ?? enacting ?? authority ?? attach?.[3]?.trim();
  if (issuer) m.issuer = issuer.replace(/\s+QUYẾT ĐỊNH:?$/u, '').trim();

  if (docTitle?.summary && !opensWithAttachment) m.title = docTitle.summary;
  else if (firstReg?.title?.summary) m.title = firstReg.title.summary;
  else if (docTitle?.summary) m.title = docTitle.summary;

  const firstArticle = sections.flatMap((s) => s.articles).find((a) => a.number);
  const docType = detectDocType({
    titleWord: docTitle?.word,
    summary: docTitle?.summary,
    regulationTitle: firstReg?.title
      ? `${firstReg.title.word} ${firstReg.title.summary}`
      : undefined,
    hasAttachment:
      plan.sections.some((s) => s.kind === 'regulation' || s.kind === 'appendix') &&
      plan.sections.length > 1,
    parentType: opensWithAttachment ? attach?.[1] : undefined,
    body: input.text.slice(0, 40_000),
    firstArticleText: firstArticle?.clauses[0]?.text,
  });
  if (docType) m.docType = docType;

  const sig = parseSignature(closingLines.map((l) => l.text));
  if (sig.signer) m.signer = sig.signer;
  if (sig.signerTitle) m.signerTitle = sig.signerTitle;
  const effective = effectiveOf(input);
  if (effective) m.effective = effective;
  return m;
}
