/**
 * Measures the clause classifier against labelled clauses. By default it scores every set here:
 * - dev: the corpus development set (../shared/corpus/labels/dev.jsonl), real clauses;
 * - own: written for this repo from the labelling guide (test/fixtures/clauses/own.jsonl);
 * - fresh, fresh2: written by people who never saw the rules, later studied during rule work;
 * - fresh3: written to dev's conventions and never studied: the honest figure for unseen text.
 *   npx node scripts/eval.ts [--labels a.jsonl[,b.jsonl]] [--json] [--quiet] [--kind PROC.time]
 *                            [--docs 001,004]
 * Rows marked not_a_clause (headings, signatures) are scored apart: a real pipeline never sends them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../electron/backend/cli/command.ts';
import { PROC_KINDS, RESP_KINDS, type ClauseKind } from '../shared/model/finding.ts';
import { builtinEngine, RULES_VERSION, type ClassifyResult } from '../shared/rules/index.ts';
import { classifyRows, readLabelled, score, type Pair, type Row } from './eval/labelled.ts';

type Target = [string, (r: Row) => boolean, (g: ClassifyResult) => boolean];

const repoRoot = path.resolve(import.meta.dirname, '..');
const DEFAULT_SETS = [
  path.resolve(repoRoot, '../shared/corpus/labels/dev.jsonl'),
  path.resolve(repoRoot, 'test/fixtures/clauses/own.jsonl'),
  path.resolve(repoRoot, 'test/fixtures/clauses/fresh.jsonl'),
  path.resolve(repoRoot, 'test/fixtures/clauses/fresh2.jsonl'),
  path.resolve(repoRoot, 'test/fixtures/clauses/fresh3.jsonl'),
];
const { flags } = parseArgs(process.argv.slice(2), ['json', 'quiet']);
const labelFiles =
  typeof flags.get('labels') === 'string'
    ? String(flags.get('labels'))
        .split(',')
        .map((f) => path.resolve(f))
    : DEFAULT_SETS.filter((f) => existsSync(f));
const onlyKind = typeof flags.get('kind') === 'string' ? String(flags.get('kind')) : undefined;
const docs =
  typeof flags.get('docs') === 'string' ? new Set(String(flags.get('docs')).split(',')) : undefined;

function readRows(file: string): Row[] {
  return readLabelled(file).filter((r) => !docs || docs.has(r.doc));
}

const targets: Target[] = [
  ['PROC', (r) => r.proc, (g) => g.proc],
  ['RESP', (r) => r.resp, (g) => g.resp],
  ...[...PROC_KINDS, ...RESP_KINDS].map((k: ClauseKind): Target => [
    k,
    (r) => r.kinds.includes(k),
    (g) => g.kinds.includes(k),
  ]),
];

const engine = builtinEngine();

function evaluate(file: string) {
  const rows = readRows(file);
  const t0 = performance.now();
  const pairs: Pair[] = classifyRows(rows, engine);
  const ms = performance.now() - t0;
  const clauses = pairs.filter((p) => !p.row.not_a_clause);
  const nonClauses = pairs.filter((p) => p.row.not_a_clause);
  return {
    labels: path.relative(process.cwd(), file) || file,
    rules: RULES_VERSION,
    rows: rows.length,
    clauses: clauses.length,
    ms,
    figures: Object.fromEntries(targets.map(([name, g, p]) => [name, score(clauses, g, p)])),
    allRows: Object.fromEntries(
      targets.slice(0, 2).map(([name, g, p]) => [name, score(pairs, g, p)]),
    ),
    flaggedNonClauses: {
      count: nonClauses.length,
      proc: nonClauses.filter((p) => p.got.proc).length,
      resp: nonClauses.filter((p) => p.got.resp).length,
    },
    clausePairs: clauses,
  };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function report(r: ReturnType<typeof evaluate>): void {
  console.log(
    `Nhãn: ${r.labels}\nQuy tắc: ${r.rules}\n${r.rows} dòng, ${r.clauses} điều khoản, ${r.flaggedNonClauses.count} không phải điều khoản; ${r.ms.toFixed(0)} ms\n`,
  );
  console.log('target                 support     P      R     F1    tp  fp  fn');
  for (const [name, s] of Object.entries(r.figures)) {
    if (s.support === 0 && s.fp === 0) continue;
    console.log(
      `${name.padEnd(22)} ${String(s.support).padStart(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  for (const [name, s] of Object.entries(r.allRows)) {
    console.log(
      `(kể cả không phải điều khoản) ${name}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`,
    );
  }
  const n = r.flaggedNonClauses;
  console.log(
    `Không phải điều khoản bị gắn PROC: ${n.proc}/${n.count}, RESP: ${n.resp}/${n.count}`,
  );
  if (flags.has('quiet')) return;
  for (const [name, g, p] of targets) {
    if (onlyKind && name !== onlyKind) continue;
    const fp = r.clausePairs.filter((x) => p(x.got) && !g(x.row));
    const fn = r.clausePairs.filter((x) => g(x.row) && !p(x.got));
    if (fp.length + fn.length === 0) continue;
    console.log(`\n=== ${name}: ${fp.length} FP, ${fn.length} FN`);
    for (const x of fp) {
      const f = x.got.findings.find((y) => y.kind === name || y.kind.startsWith(name + '.'));
      console.log(
        `FP ${x.row.id} [${f?.rule ?? ''}: «${f?.matched.slice(0, 60) ?? ''}»] ${x.row.text.slice(0, 220).replaceAll('\n', ' / ')}`,
      );
    }
    for (const x of fn) {
      console.log(
        `FN ${x.row.id} [${x.row.kinds.join(' ')}] ${x.row.text.slice(0, 220).replaceAll('\n', ' / ')}`,
      );
    }
  }
}

/** Both sets side by side: the figure that matters is how close they stay. */
function summary(results: ReturnType<typeof evaluate>[]): void {
  const names = results.map((r) => path.basename(r.labels));
  console.log(
    `\nF1 theo từng bộ nhãn (support trong ngoặc)\n${''.padEnd(22)}${names.map((n) => n.padStart(20)).join('')}`,
  );
  for (const [name] of targets) {
    const cells = results.map((r) => {
      const s = r.figures[name];
      return s && (s.support > 0 || s.fp > 0)
        ? `${pct(s.f1)} (${s.support})`.padStart(20)
        : ''.padStart(20);
    });
    console.log(`${name.padEnd(22)}${cells.join('')}`);
  }
}

const results = labelFiles.map(evaluate);
if (flags.has('json')) {
  const plain = results.map(({ clausePairs: _pairs, ...rest }) => rest);
  console.log(JSON.stringify(plain.length === 1 ? plain[0] : { sets: plain }, null, 2));
} else {
  results.forEach((r, i) => {
    if (i > 0) console.log('\n' + '#'.repeat(72) + '\n');
    report(r);
  });
  if (results.length > 1) summary(results);
}
