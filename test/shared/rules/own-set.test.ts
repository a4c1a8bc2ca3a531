/**
 * The independent check set (test/fixtures/clauses/own.jsonl): clauses written for this repo in
 * the style of provincial working rules and labelled by the labelling guide before the rules were
 * run on them. The floors sit a little below what the built-in rules reach, so a change that
 * loses ground on text the rules were not written from fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, PROC_KINDS, RESP_KINDS } from '../../../shared/model/finding.ts';
import { builtinEngine, classify, type ClassifyResult } from '../../../shared/rules/index.ts';
import { score, type Row } from '../../../scripts/eval/labelled.ts';

const file = path.resolve(import.meta.dirname, '../../fixtures/clauses/own.jsonl');
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const clauses = rows.filter((r) => !r.not_a_clause);
const engine = builtinEngine();
const got = new Map<string, ClassifyResult>(
  clauses.map((r) => [
    r.id,
    classify({ id: r.id, text: r.text, article: r.article, context: r.context }, engine),
  ]),
);

const pairs = clauses.map((row) => ({
  row,
  got: got.get(row.id) ?? { id: row.id, proc: false, resp: false, kinds: [], findings: [] },
}));

function f1(gold: (r: Row) => boolean, pred: (g: ClassifyResult) => boolean) {
  return score(pairs, gold, pred);
}

describe('own check set: the file', () => {
  it('holds a few hundred clauses from many documents', () => {
    expect(clauses.length).toBeGreaterThanOrEqual(200);
    expect(new Set(rows.map((r) => r.doc)).size).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids and labels that agree with their kinds', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const known = new Set<string>(ALL_KINDS);
    for (const r of rows) {
      for (const k of r.kinds) expect(known.has(k), `${r.id}: ${k}`).toBe(true);
      expect(r.proc, r.id).toBe(r.kinds.some((k) => k.startsWith('PROC.')));
      expect(r.resp, r.id).toBe(r.kinds.some((k) => k.startsWith('RESP.')));
      if (r.not_a_clause) expect(r.kinds, r.id).toEqual([]);
    }
  });

  it('gives every kind at least ten examples', () => {
    for (const k of [...PROC_KINDS, ...RESP_KINDS]) {
      expect(clauses.filter((r) => r.kinds.includes(k)).length, k).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('own check set: the built-in rules', () => {
  it('find procedural requirements (PROC F1 ≥ 0.92)', () => {
    expect(
      f1(
        (r) => r.proc,
        (g) => g.proc,
      ).f1,
    ).toBeGreaterThanOrEqual(0.92);
  });

  it('find blurred responsibility (RESP F1 ≥ 0.88)', () => {
    expect(
      f1(
        (r) => r.resp,
        (g) => g.resp,
      ).f1,
    ).toBeGreaterThanOrEqual(0.88);
  });

  it.each([...PROC_KINDS, ...RESP_KINDS])('%s reaches F1 ≥ 0.75', (kind) => {
    const s = f1(
      (r) => r.kinds.includes(kind),
      (g) => g.kinds.includes(kind),
    );
    expect(s.support).toBeGreaterThanOrEqual(10);
    expect(s.f1).toBeGreaterThanOrEqual(0.75);
  });

  it('flag nothing in headings, signatures and recipient lists', () => {
    for (const r of rows.filter((x) => x.not_a_clause)) {
      const g = classify(
        { id: r.id, text: r.text, article: r.article, context: r.context },
        engine,
      );
      expect(g.kinds, r.id).toEqual([]);
    }
  });
});
