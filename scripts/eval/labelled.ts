/** Labelled clause sets (one JSON object a line, as in ../shared/corpus/labels) and their scoring. */
import { readFileSync } from 'node:fs';
import {
  builtinEngine,
  classify,
  type ClassifyResult,
  type Engine,
} from '../../shared/rules/index.ts';

export type Row = {
  id: string;
  doc: string;
  article?: string;
  context?: string;
  text: string;
  proc: boolean;
  resp: boolean;
  kinds: string[];
  not_a_clause?: boolean;
};

export type Pair = { row: Row; got: ClassifyResult };

export type Score = {
  tp: number;
  fp: number;
  fn: number;
  support: number;
  precision: number;
  recall: number;
  f1: number;
};

export function readLabelled(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/** Each row with what the classifier makes of it (heading and lead-in travel with the text). */
export function classifyRows(rows: readonly Row[], engine: Engine = builtinEngine()): Pair[] {
  return rows.map((row) => ({
    row,
    got: classify(
      { id: row.id, text: row.text, article: row.article ?? '', context: row.context ?? '' },
      engine,
    ),
  }));
}

export function score(
  pairs: readonly Pair[],
  gold: (r: Row) => boolean,
  pred: (g: ClassifyResult) => boolean,
): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { row, got } of pairs) {
    const g = gold(row);
    const p = pred(got);
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, support: tp + fn, precision, recall, f1 };
}
