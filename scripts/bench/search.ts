/**
 * Search benchmark: flexsearch index vs SQLite FTS5 on the same ≥100,000 clauses and queries.
 * Clauses are recombined from the real regulations in shared/corpus (halves of different lines
 * joined), grouped into synthetic documents and articles. Returns figures; prints nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createFts5Index } from '../../electron/backend/index/fts5.ts';
import { createSearchIndex, loadSearchIndex } from '../../electron/backend/index/search-index.ts';
import type { SearchRecord } from '../../electron/backend/index/types.ts';
import { PROC_KINDS, RESP_KINDS } from '../../shared/model/finding.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/docs');

/** Typed as a legal officer would: 1–3 words, with and without diacritics. */
export const QUERIES = [
  ...['người đứng đầu', 'nguoi dung dau', 'phối hợp', 'phoi hop', 'thời hạn', 'thoi han'],
  ...['báo cáo', 'bao cao', 'hồ sơ', 'ho so', 'ủy quyền', 'uy quyen', 'chủ trì', 'chu tri'],
  ...['lấy ý kiến', 'lay y kien', 'lệ phí', 'le phi', 'kịp thời', 'kip thoi', 'trách nhiệm'],
  ...['trach nhiem', 'quy chế làm việc', 'quy che lam viec', 'giải quyết', 'giai quyet'],
  ...[
    'ngày làm việc',
    'ngay lam viec',
    'văn bản',
    'van ban',
    'tập thể lãnh đạo',
    'tap the lanh dao',
  ],
  ...['ký thay', 'ky thay', 'gia hạn', 'gia han', 'theo quy định', 'theo quy dinh', 'đôn đốc'],
  ...['don doc', 'kiểm tra', 'kiem tra', 'thủ trưởng', 'thu truong', 'tập trung dân chủ'],
  ...['tap trung dan chu', 'chi phí', 'chi phi', 'xin ý kiến', 'xin y kien', 'đất đai', 'dat dai'],
];

/** Deterministic PRNG (mulberry32), so every run indexes the same clauses. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pools = { titles: string[]; labels: string[]; lines: string[] };

const isCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();
const sentenceCase = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase();

function readPools(): Pools {
  const pools: Pools = { titles: [], labels: [], lines: [] };
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))) {
    for (const raw of readFileSync(path.join(corpusDir, f), 'utf8').split('\n')) {
      const line = raw.trim();
      const label = /^Điều\s+\d+[a-zđ]?\.\s+(\S.{0,150})$/u.exec(line);
      if (label?.[1]) pools.labels.push(label[1]);
      else if (isCaps(line) && /^(QUY|VỀ|BAN HÀNH|PHỐI HỢP)/u.test(line) && line.length > 20) {
        pools.titles.push(sentenceCase(line.slice(0, 250)));
      } else if (line.length >= 40 && !isCaps(line) && !/^(Chương|Mục|Phần)\s/u.test(line)) {
        pools.lines.push(line);
      }
    }
  }
  return pools;
}

/** Splits a line near a comma, semicolon or a space around its middle. */
function halves(line: string, rnd: () => number): [string, string] {
  const target = Math.floor(line.length * (0.3 + 0.4 * rnd()));
  let cut = line.indexOf(', ', target);
  if (cut < 0 || cut > target + 60) cut = line.indexOf(' ', target);
  if (cut < 0) return [line, ''];
  return [line.slice(0, cut), line.slice(cut + 1).replace(/^[,;\s]+/, '')];
}

function clauseText(pools: Pools, rnd: () => number): string {
  const pick = (): string => pools.lines[Math.floor(rnd() * pools.lines.length)] ?? '';
  const r = rnd();
  if (r < 0.2) return pick().slice(0, 600);
  const [head] = halves(pick(), rnd);
  const [, tail] = halves(pick(), rnd);
  let text = `${head}, ${tail}`;
  if (r > 0.85) text += ` ${halves(pick(), rnd)[1]}`;
  return text.slice(0, 600);
}

const DOC_KINDS = ['quy_che_lam_viec', 'quy_che_phoi_hop', 'quy_dinh', 'quy_trinh', 'quyet_dinh'];
const FINDING_KINDS = [...PROC_KINDS, ...RESP_KINDS];

/** `n` clauses in synthetic documents of 50–300 clauses and articles of 2–12. */
export function makeClauses(n: number, seed = 34): SearchRecord[] {
  const rnd = prng(seed);
  const pools = readPools();
  const from = <T>(arr: readonly T[]): T => arr[Math.floor(rnd() * arr.length)] as T;
  const out: SearchRecord[] = [];
  for (let d = 0; out.length < n; d++) {
    const doc = {
      documentId: `doc-${String(d).padStart(4, '0')}`,
      docKind: from(DOC_KINDS),
      docNumber: `${1 + Math.floor(rnd() * 3000)}/${2015 + Math.floor(rnd() * 11)}/QĐ-UBND`,
      docTitle: from(pools.titles),
    };
    const size = 50 + Math.floor(rnd() * 250);
    for (let a = 1, order = 0; order < size && out.length < n; a++) {
      const articleLabel = `Điều ${a}. ${from(pools.labels)}`;
      const clauses = 2 + Math.floor(rnd() * 11);
      for (let c = 0; c < clauses && order < size && out.length < n; c++, order++) {
        const k = rnd();
        const findingKinds =
          k < 0.25
            ? [from(FINDING_KINDS)]
            : k < 0.3
              ? [from(FINDING_KINDS), from(FINDING_KINDS)]
              : [];
        const s = rnd();
        const reviewStatus = s < 0.7 ? 'open' : s < 0.9 ? 'confirmed' : 'dismissed';
        out.push({
          id: `${doc.documentId}-${order}`,
          ...doc,
          articleLabel,
          text: clauseText(pools, rnd),
          order,
          findingKinds,
          reviewStatus,
        });
      }
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

type Latency = { p50_ms: number; p95_ms: number; p95_all_runs_ms: number };

/**
 * Warms up, then runs every query `rounds` times, round-robin. A query's latency is the median of
 * its runs (this machine is shared, and one descheduled run says nothing about the engine);
 * p50/p95 are over those per-query latencies. p95_all_runs_ms is over every single run.
 */
function timeQueries(run: (q: string) => unknown, rounds = 9): Latency {
  for (let i = 0; i < 3; i++) for (const q of QUERIES) run(q);
  const runs = QUERIES.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) {
    QUERIES.forEach((q, j) => {
      const t0 = performance.now();
      run(q);
      runs[j]?.push(performance.now() - t0);
    });
  }
  const all = runs.flat().sort((a, b) => a - b);
  const medians = runs
    .map((r) =>
      percentile(
        r.sort((a, b) => a - b),
        50,
      ),
    )
    .sort((a, b) => a - b);
  return {
    p50_ms: round3(percentile(medians, 50)),
    p95_ms: round3(percentile(medians, 95)),
    p95_all_runs_ms: round3(percentile(all, 95)),
  };
}

function forceGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const ms = (t0: number): number => Math.round(performance.now() - t0);
const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** Builds both engines; the records go out of scope on return, so the heap then holds the index. */
function build(n: number) {
  const records = makeClauses(n);
  let t0 = performance.now();
  const fts = createFts5Index();
  fts.add(records);
  const ftsBuild = ms(t0);
  t0 = performance.now();
  const index = createSearchIndex();
  index.add(records);
  return { fts, index, ftsBuild, flexBuild: ms(t0) };
}

/** top-10 agreement: mean over queries of |A ∩ B| / max(|A|, |B|) (1 when both are empty). */
function overlap(a: (q: string) => string[], b: (q: string) => string[]): number {
  let sum = 0;
  for (const q of QUERIES) {
    const x = new Set(a(q));
    const y = b(q);
    const shared = y.filter((id) => x.has(id)).length;
    sum += x.size || y.length ? shared / Math.max(x.size, y.length) : 1;
  }
  return round3(sum / QUERIES.length);
}

export async function run(opts: { clauses?: number } = {}) {
  const n = opts.clauses ?? 100_000;
  const gc = forceGc();
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const { fts, index, ftsBuild, flexBuild } = build(n);
  gc();
  // Index heap: flexsearch maps, the record store (texts included) and the vocabulary.
  const heapMb = mb(process.memoryUsage().heapUsed - heap0);
  const limit = 10;
  const flexTimes = timeQueries((q) => index.search(q, { limit }));
  const ftsTimes = timeQueries((q) => fts.search(q, { limit }));
  // Agreement only: the engines rank differently (bm25 vs exact-diacritic/adjacency/field tiers).
  const top10 = overlap(
    (q) => index.search(q, { limit }).hits.map((h) => h.id),
    (q) => fts.search(q, { limit }).ids,
  );
  fts.close();

  const dir = await mkdtemp(path.join(os.tmpdir(), 'rasoat-bench-index-'));
  try {
    let t0 = performance.now();
    await index.save(dir, 'bench');
    const saveMs = ms(t0);
    t0 = performance.now();
    const loaded = await loadSearchIndex(dir, 'bench');
    const loadMs = ms(t0);
    const same = QUERIES.every(
      (q) => loaded?.search(q, { limit }).total === index.search(q, { limit }).total,
    );
    if (!same) throw new Error('search bench: the reloaded index answers differently');
    return {
      search: {
        clauses: n,
        queries: QUERIES.length,
        flexsearch: { build_ms: flexBuild, ...flexTimes, heap_mb: heapMb },
        fts5: { build_ms: ftsBuild, ...ftsTimes },
        top10_overlap: top10,
        save_ms: saveMs,
        load_ms: loadMs,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
