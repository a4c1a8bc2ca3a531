/**
 * Classifier throughput on 10,000 clauses made from the labelled corpus clauses (repeated and
 * recombined). Returns figures; scripts/bench.ts prints them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

  // The CLI as users run it: a fresh Node process reading and writing JSONL files.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rasoat-bench-classify-'));
  const input = path.join(dir, 'clauses.jsonl');
  const output = path.join(dir, 'findings.jsonl');
  writeFileSync(input, clauses.map((c) => JSON.stringify(c)).join('\n'));
  t = performance.now();
  execFileSync(
    process.execPath,
    ['electron/backend/cli/main.ts', 'classify', '--in', input, '--out', output],
    { cwd: repoRoot },
  );
  const cliMs = performance.now() - t;
  const lines = readFileSync(output, 'utf8')
    .split('\n')
    .filter((l) => l.trim()).length;

  return {
    classify: {
      clauses: clauses.length,
      rules: engine.rules.length,
      compile_ms: Math.round(compileMs * 10) / 10,
      cold_ms: Math.round(coldMs),
      warm_ms: Math.round(warmMs),
      clauses_per_s: Math.round(clauses.length / (warmMs / 1000)),
      cli_process_ms: Math.round(cliMs),
      cli_output_lines: lines,
    },
  };
}
