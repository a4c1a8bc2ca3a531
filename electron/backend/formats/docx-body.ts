/**
 * Walks word/document.xml into paragraphs of runs, each run with the font it is drawn in, and each
 * paragraph with its list numbering. Deleted text, field codes and the fallback copies of text
 * boxes are left out.
 */
import { rFontsName } from './docx-styles.ts';
import { tokenize } from './xml.ts';

export type DocxRun = { text: string; font?: string; charStyle?: string };
export type DocxParagraph = { runs: DocxRun[]; styleId?: string; numId?: string; ilvl?: number };

/** Elements whose content is not part of the visible text. */
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'w:delInstrText',
  'mc:Fallback',
  'w:pPrChange',
  'w:rPrChange',
  'w:footnoteReference',
  'w:endnoteReference',
]);

export function parseBody(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const stack: DocxParagraph[] = [];
  let run: DocxRun | null = null;
  let skip = 0;
  let inText = false;
  let inParaProps = false;
  let inRunProps = false;
  const para = (): DocxParagraph | undefined => stack.at(-1);
  const append = (s: string): void => {
    const p = para();
    if (!p) return;
    if (run) run.text += s;
    else p.runs.push({ text: s });
  };
  for (const t of tokenize(xml)) {
    if (t.type === 'text') {
      if (inText && skip === 0) append(t.text);
      continue;
    }
    if (t.type === 'close') {
      if (SKIP.has(t.name)) skip = Math.max(0, skip - 1);
      else if (t.name === 'w:t') inText = false;
      else if (t.name === 'w:pPr') inParaProps = false;
      else if (t.name === 'w:rPr') inRunProps = false;
      else if (t.name === 'w:r') run = null;
      else if (t.name === 'w:p') {
        const done = stack.pop();
        if (done) out.push(done);
      }
      continue;
    }
    const { name, attrs, selfClosing } = t;
    if (SKIP.has(name)) {
      if (!selfClosing) skip++;
      continue;
    }
    if (skip > 0) continue;
    switch (name) {
      case 'w:p':
        if (selfClosing) out.push({ runs: [] });
        else stack.push({ runs: [] });
        break;
      case 'w:pPr':
        inParaProps = !selfClosing;
        break;
      case 'w:rPr':
        inRunProps = !selfClosing;
        break;
      case 'w:pStyle':
        if (inParaProps && para()) (para() as DocxParagraph).styleId = attrs['w:val'];
        break;
      case 'w:numId':
        if (inParaProps && !inRunProps && para()) (para() as DocxParagraph).numId = attrs['w:val'];
        break;
      case 'w:ilvl':
        if (inParaProps && !inRunProps && para())
          (para() as DocxParagraph).ilvl = Number(attrs['w:val'] ?? 0);
        break;
      case 'w:r':
        if (!selfClosing && para()) {
          run = { text: '' };
          para()?.runs.push(run);
        }
        break;
      case 'w:rFonts':
        if (run && inRunProps) run.font = rFontsName(attrs) ?? run.font;
        break;
      case 'w:rStyle':
        if (run && inRunProps) run.charStyle = attrs['w:val'];
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
      case 'w:ptab':
        if (!inParaProps) append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        append('\n');
        break;
      case 'w:noBreakHyphen':
        append('-');
        break;
    }
  }
  // An unclosed paragraph in a truncated part still carries text.
  out.push(...stack.reverse());
  return out;
}
