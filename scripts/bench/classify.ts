/**
 * Classifier throughput on 10,000 clauses made from the labelled corpus clauses (repeated and
 * recombined). Returns figures; scripts/bench.ts prints them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyCommand } from '../../electron/backend/cli/commands/classify.ts';
import {
  builtinPacks,
  classify,
  createEngine,
  type ClauseInput,
} from '../../shared/rules/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const N = 10_000;

function corpusClauses(): ClauseInput[] {
  const file = path.resolve(repoRoot, '../shared/corpus/labels/dev.jsonl');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; article?: string; context?: string });
  const out: ClauseInput[] = [];
  for (let i = 0; out.length < N; i++) {
    const a = rows[i % rows.length];
    const b = rows[(i * 7 + 3) % rows.length];
    if (!a || !b) break;
    // Every third clause joins two texts so the set is not the corpus verbatim.
    const text = i % 3 === 2 ? `${a.text} ${b.text}` : a.text;
    out.push({ id: `b-${i}`, text, article: a.article ?? '', context: a.context ?? '' });
  }
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const clauses = corpusClauses();
  let t = performance.now();
  const engine = createEngine(builtinPacks);
  const compileMs = performance.now() - t;

  const pass = (): number => {
    const s = performance.now();
    for (const c of clauses) classify(c, engine);
    return performance.now() - s;
  };
  const coldMs = pass();
  const warmMs = pass();

  const stdin = clauses.map((c) => JSON.stringify(c)).join('\n');
  let outChars = 0;
  t = performance.now();
  await classifyCommand.run([], {
    out: (s) => (outChars += s.length),
    err: () => {},
    stdin: async () => stdin,
  });
  const cliMs = performance.now() - t;

  return {
    clauses: clauses.length,
    rules: engine.rules.length,
    compileMs: Math.round(compileMs * 10) / 10,
    coldMs: Math.round(coldMs),
    warmMs: Math.round(warmMs),
    clausesPerSecond: Math.round(clauses.length / (warmMs / 1000)),
    cliRunMs: Math.round(cliMs),
    cliOutputChars: outChars,
  };
}
