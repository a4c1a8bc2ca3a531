/**
 * What a DOCX paragraph or run inherits from word/styles.xml: its font (to spot legacy TCVN3/VNI
 * fonts) and its list numbering (a "List Number" style numbers paragraphs with no numPr of their own).
 */
import { tokenize } from './xml.ts';

type Style = { basedOn?: string; font?: string; numId?: string; ilvl?: number };

export type DocxStyles = {
  defaultFont?: string;
  /** The paragraph style applied when a paragraph names none. */
  defaultParagraph?: string;
  styles: Map<string, Style>;
};

/** The font a w:rFonts element names for Latin text (theme fonts are not legacy fonts). */
export function rFontsName(attrs: Record<string, string>): string | undefined {
  return attrs['w:ascii'] ?? attrs['w:hAnsi'] ?? attrs['w:cs'];
}

export function parseStyles(xml: string | null): DocxStyles {
  const result: DocxStyles = { styles: new Map() };
  if (!xml) return result;
  let style: Style | null = null;
  let inDefaults = false;
  for (const t of tokenize(xml)) {
    if (t.type === 'close') {
      if (t.name === 'w:style') style = null;
      if (t.name === 'w:docDefaults') inDefaults = false;
      continue;
    }
    if (t.type !== 'open') continue;
    const a = t.attrs;
    if (t.name === 'w:docDefaults') inDefaults = true;
    else if (t.name === 'w:style') {
      style = {};
      result.styles.set(a['w:styleId'] ?? '', style);
      if (a['w:type'] === 'paragraph' && (a['w:default'] === '1' || a['w:default'] === 'true')) {
        result.defaultParagraph = a['w:styleId'];
      }
    } else if (t.name === 'w:basedOn' && style) style.basedOn = a['w:val'];
    else if (t.name === 'w:rFonts') {
      const font = rFontsName(a);
      if (style && font) style.font = font;
      else if (inDefaults && font) result.defaultFont = font;
    } else if (t.name === 'w:numId' && style) style.numId = a['w:val'];
    else if (t.name === 'w:ilvl' && style) style.ilvl = Number(a['w:val'] ?? 0);
  }
  return result;
}

/** Walks a style and its ancestors (bounded, since basedOn may loop in a broken file). */
function inherit<T>(
  styles: DocxStyles,
  id: string | undefined,
  pick: (s: Style) => T | undefined,
): T | undefined {
  let current = id;
  for (let depth = 0; current !== undefined && depth < 20; depth++) {
    const s = styles.styles.get(current);
    if (!s) return undefined;
    const v = pick(s);
    if (v !== undefined) return v;
    current = s.basedOn;
  }
  return undefined;
}

export function styleFont(styles: DocxStyles, styleId: string | undefined): string | undefined {
  return inherit(styles, styleId ?? styles.defaultParagraph, (s) => s.font) ?? styles.defaultFont;
}

export function styleNumbering(
  styles: DocxStyles,
  styleId: string | undefined,
): { numId: string; ilvl: number } | undefined {
  const numId = inherit(styles, styleId ?? styles.defaultParagraph, (s) => s.numId);
  if (numId === undefined) return undefined;
  return { numId, ilvl: inherit(styles, styleId, (s) => s.ilvl) ?? 0 };
}
