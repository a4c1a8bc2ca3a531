/**
 * Golden files: the full CLI view and the clause units of two corpus documents. A change in the
 * parser's output shows up as a reviewable diff. Regenerate with UPDATE_GOLDEN=1 after checking
 * that the new output is right.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenClauses, parseDocument, sectionsForCli } from '../../../shared/structure/index.ts';
import { loadDoc, loadIndex } from './corpus.ts';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

function snapshot(id: string): unknown {
  const row = loadIndex().find((r) => r.id === id);
  if (!row) throw new Error(`no corpus document ${id}`);
  const doc = parseDocument({ text: loadDoc(row), warnings: [], format: 'txt' });
  return {
    cli: sectionsForCli(doc),
    closing: doc.closing ?? null,
    units: flattenClauses(doc).map((c) => ({
      key: c.key,
      article: c.articleTitle.slice(0, 80),
      context: c.context.slice(0, 80),
      text: c.text.slice(0, 120),
      span: [c.span.start, c.span.end],
    })),
  };
}

describe('golden output', () => {
  it.each([['009'], ['013']])('%s matches its golden file', (id) => {
    const path = `${GOLDEN_DIR}${id}.json`;
    // Compared as data, so reformatting the file (prettier) does not break the test.
    const actual = JSON.parse(JSON.stringify(snapshot(id))) as unknown;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
      if (process.env.CI) throw new Error(`golden file ${id}.json is missing; generate it locally`);
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
