/**
 * A small, non-validating XML tokenizer for OOXML parts. It never resolves DTDs or external
 * entities (only the five predefined ones and character references), so a hostile part cannot
 * make it read files or expand entities.
 */

export type XmlToken =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10), whole);
    return ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) attrs[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/** Yields tags and text in document order. Comments, processing instructions and DTDs are skipped. */
export function* tokenize(xml: string): Generator<XmlToken> {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: 'text', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      yield { type: 'text', text: xml.slice(lt + 9, end < 0 ? xml.length : end) };
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return;
    i = gt + 1;
    const body = xml.slice(lt + 1, gt);
    if (body.startsWith('?') || body.startsWith('!')) continue;
    if (body.startsWith('/')) {
      yield { type: 'close', name: body.slice(1).trim() };
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const nameEnd = inner.search(/[\s]/);
    const name = nameEnd < 0 ? inner : inner.slice(0, nameEnd);
    yield {
      type: 'open',
      name,
      attrs: nameEnd < 0 ? {} : parseAttrs(inner.slice(nameEnd)),
      selfClosing,
    };
  }
}
