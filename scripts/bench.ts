/**
 * `npm run bench`: speed figures from real runs on this machine, never asserted in tests.
 * `--json` prints one JSON object (each benchmark adds its own top-level key); `--only a,b` runs some.
 */
import { parseArgs } from '../electron/backend/cli/command.ts';

type Bench = { name: string; load: () => Promise<{ run: () => Promise<Record<string, unknown>> }> };

const BENCHES: Bench[] = [
  { name: 'classify', load: () => import('./bench/classify.ts') },
  { name: 'search', load: () => import('./bench/search.ts') },
  { name: 'queue', load: () => import('./bench/queue.ts') },
];

function print(prefix: string, value: unknown): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) print(prefix ? `${prefix}.${k}` : k, v);
  } else {
    const shown =
      typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
    console.log(`${prefix.padEnd(40)} ${shown}`);
  }
}

const { flags } = parseArgs(process.argv.slice(2), ['json']);
const only = typeof flags.get('only') === 'string' ? String(flags.get('only')).split(',') : null;
const out: Record<string, unknown> = {
  machine: {
    node: process.versions.node,
    cpus: (await import('node:os')).cpus().length,
    platform: process.platform,
  },
};
for (const b of BENCHES) {
  if (only && !only.includes(b.name)) continue;
  if (!flags.has('json')) console.error(`… ${b.name}`);
  const figures = await (await b.load()).run();
  Object.assign(out, figures);
  if (!flags.has('json')) print('', figures);
}
if (flags.has('json')) console.log(JSON.stringify(out, null, 2));
// Chromium and parse children must not keep the process alive.
process.exit(0);
