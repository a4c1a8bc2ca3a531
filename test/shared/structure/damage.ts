/**
 * Damages a clean corpus text the way reader output can be damaged: headings split from titles,
 * "Điều" split from its number, page numbers and running headers, hard-wrapped paragraphs, tabs
 * after labels, blank lines, CRLF. Deterministic for a seed.
 */

/** Small deterministic generator (mulberry32), so a failure replays. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 20) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

export function damage(text: string, seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  let page = 1;
  for (const line of text.split('\n')) {
    const head = /^(Điều\s*)(\d{1,3}[a-zđ]?\.)\s*(\S.*)$/u.exec(line);
    const roll = r();
    if (head && roll < 0.3) out.push(`${head[1]}${head[2]}`, head[3] ?? '');
    else if (head && roll < 0.45)
      out.push(head[1]?.trim() ?? 'Điều', `${head[2]} ${head[3] ?? ''}`);
    else if (/^(?:\d{1,3}\.|[a-zđ]\))\s/u.test(line) && roll < 0.3)
      out.push(line.replace(/\s/u, '\t'));
    else out.push(...wrap(line, 110 + Math.floor(r() * 60)));
    if (r() < 0.04) out.push(String(page++), 'CÔNG BÁO/Số 45 + 46/Ngày 20-01-2025');
    if (r() < 0.05) out.push('');
  }
  return out.join(r() < 0.5 ? '\r\n' : '\n');
}
