/**
 * Review queue benchmark: a workspace with ≥ 10,000 findings (the corpus regulations, imported
 * again as copies with other số hiệu until the count is reached), the built renderer in Chromium,
 * and the time of each interaction — opening the queue, scrolling it to the end a screen at a
 * time, moving with j, confirming with c. Returns figures; prints nothing.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { startBackendHarness, type BackendHarness } from '../../electron/backend/harness/start.ts';
import { launchBrowser, newContext } from '../../test/e2e/browser.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/docs');
const TARGET = 10_000;

const ms = (t0: number) => Math.round(performance.now() - t0);

type StepTimes = number[];

/**
 * Measured inside the page (plain JS: this script is type-checked without the DOM): each time runs
 * from the action to the animation frame in which its result is in the DOM, ready to paint.
 */
const IN_PAGE = String.raw`
const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
const until = async (cond, limit = 20000) => {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > limit) throw new Error('queue bench: the page did not answer');
    await raf();
  }
};
const list = () => document.querySelector('[role="listbox"]');
const selected = () => list()?.querySelector('[role="option"][aria-selected="true"]')?.id ?? null;
const key = (k) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
window.__queueBench = {
  async open() {
    const t0 = performance.now();
    location.hash = '#/findings';
    await until(() => list()?.querySelector('[role="option"]'));
    return performance.now() - t0;
  },
  async reopen(n) {
    const times = [];
    for (let i = 0; i < n; i++) {
      location.hash = '#/library';
      // The user opens the queue from a library that has finished drawing its table.
      await until(() => !list() && document.querySelector('table.grid tbody tr'));
      await raf();
      times.push(await this.open());
    }
    return times;
  },
  /** Time until the whole list (not only the first page) is in the queue. */
  async whole(n) {
    const t0 = performance.now();
    await until(() => Number(list()?.querySelector('[role="option"]')?.getAttribute('aria-setsize')) === n);
    return performance.now() - t0;
  },
  rowCount() {
    return Number(list().querySelector('[role="option"]').getAttribute('aria-setsize'));
  },
  async scrollToEnd(n) {
    await this.whole(n);
    const el = list();
    const rowH = el.querySelector('[role="option"]').offsetHeight;
    const size = this.rowCount();
    el.scrollTop = 0;
    await raf();
    const times = [];
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      const t0 = performance.now();
      el.scrollTop = Math.min(el.scrollTop + el.clientHeight, el.scrollHeight - el.clientHeight);
      const first = Math.floor(el.scrollTop / rowH) + 1;
      const last = Math.min(size, Math.floor((el.scrollTop + el.clientHeight - 1) / rowH) + 1);
      await until(() => el.querySelector('[aria-posinset="' + first + '"]') && el.querySelector('[aria-posinset="' + last + '"]'));
      times.push(performance.now() - t0);
    }
    return times;
  },
  async keyMoves(n) {
    list().scrollTop = 0;
    await raf();
    const sel = [];
    const detail = [];
    for (let i = 0; i < n; i++) {
      const before = selected();
      const t0 = performance.now();
      key('j');
      await until(() => selected() !== null && selected() !== before);
      sel.push(performance.now() - t0);
      await until(() => document.querySelector('aside.fdetail[aria-busy="false"]'));
      detail.push(performance.now() - t0);
    }
    return { selected: sel, detail };
  },
  async confirms(n) {
    const times = [];
    for (let i = 0; i < n; i++) {
      await until(() => document.querySelector('aside.fdetail[aria-busy="false"]'));
      const id = selected();
      const t0 = performance.now();
      key('c');
      await until(() => document.querySelector('#' + CSS.escape(id) + '.st-confirmed'));
      times.push(performance.now() - t0);
      await until(() => selected() !== id);
    }
    return times;
  },
};
`;

const timeInPage = {
  open: async (page: Page): Promise<number> => {
    await page.evaluate(IN_PAGE);
    return Math.round(await page.evaluate<number>('window.__queueBench.open()'));
  },
  reopen: (page: Page, n: number) => page.evaluate<StepTimes>(`window.__queueBench.reopen(${n})`),
  rowCount: (page: Page) => page.evaluate<number>('window.__queueBench.rowCount()'),
  scrollToEnd: (page: Page, n: number) =>
    page.evaluate<StepTimes>(`window.__queueBench.scrollToEnd(${n})`),
  keyMoves: (page: Page, n: number) =>
    page.evaluate<{ selected: StepTimes; detail: StepTimes }>(`window.__queueBench.keyMoves(${n})`),
  confirms: (page: Page, n: number) =>
    page.evaluate<StepTimes>(`window.__queueBench.confirms(${n})`),
};

function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return (
    Math.round(
      (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10,
    ) / 10
  );
}

function summary(name: string, t: StepTimes): Record<string, number> {
  return {
    [`${name}_steps`]: t.length,
    [`${name}_p50_ms`]: percentile(t, 50),
    [`${name}_p95_ms`]: percentile(t, 95),
    [`${name}_max_ms`]: percentile(t, 100),
  };
}

/** Copy k of every corpus text: its số hiệu gets k in front, so it is a new document, not a version. */
function writeCopies(dir: string, k: number, numbers: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))) {
    let text = readFileSync(path.join(corpusDir, name), 'utf8');
    const number = numbers.get(name);
    if (number) text = text.replaceAll(number, number.replace(/^(\d+)/u, `${k}$1`));
    const file = path.join(dir, `${path.basename(name, '.txt')}-ban-sao-${k}.txt`);
    writeFileSync(file, `${text.trimEnd()}\n\nBản sao thử nghiệm số ${k}.\n`);
    out.push(file);
  }
  return out;
}

async function importAll(h: BackendHarness, paths: string[]): Promise<void> {
  const { jobId } = await h.service.api['documents.import']({ paths });
  const done = await h.service.jobs.wait(jobId);
  if (done.status !== 'completed') throw new Error(`queue bench: import ${done.status}`);
}

async function fillWorkspace(
  h: BackendHarness,
  tmp: string,
): Promise<{ findings: number; documents: number }> {
  const api = h.service.api;
  await importAll(h, [corpusDir]);
  const numbers = new Map(
    (await api['documents.list']({})).flatMap((d) =>
      d.number ? [[d.fileName, d.number] as const] : [],
    ),
  );
  let total = (await api['review.progress']({})).total;
  const perRound = total;
  for (let k = 1; total < TARGET && k <= 20; k++) {
    const dir = path.join(tmp, `copies-${k}`);
    mkdirSync(dir, { recursive: true });
    await importAll(h, writeCopies(dir, k, numbers));
    const next = (await api['review.progress']({})).total;
    if (next - total < perRound / 2)
      throw new Error('queue bench: copies were taken as versions, not new documents');
    total = next;
  }
  return { findings: total, documents: (await api['documents.list']({})).length };
}

async function openQueue(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Thư viện văn bản' }).waitFor();
  return timeInPage.open(page);
}

export async function run(): Promise<Record<string, unknown>> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'rasoat-bench-queue-'));
  const web = path.join(tmp, 'web');
  let harness: BackendHarness | null = null;
  const browser = await launchBrowser();
  try {
    let t0 = performance.now();
    await build({
      configFile: path.join(repoRoot, 'vite.renderer.config.ts'),
      logLevel: 'warn',
      build: { outDir: web, emptyOutDir: true },
    });
    const buildMs = ms(t0);
    harness = await startBackendHarness({
      staticDir: web,
      prefsFile: path.join(tmp, 'prefs.json'),
      workspace: path.join(tmp, 'ws'),
      uploadDir: path.join(tmp, 'uploads'),
    });
    t0 = performance.now();
    const { findings, documents } = await fillWorkspace(harness, tmp);
    const importMs = ms(t0);

    const page = await (await newContext(browser)).newPage();
    page.setDefaultTimeout(60_000);
    const openMs = await openQueue(page, harness.loginUrl);
    const wholeMs = await page.evaluate<number>(`window.__queueBench.whole(${findings})`);
    const shown = await timeInPage.rowCount(page);
    if (shown !== findings)
      throw new Error(`queue bench: the queue shows ${shown} of ${findings} findings`);
    const reopen = await timeInPage.reopen(page, 5);
    const scroll = await timeInPage.scrollToEnd(page, findings);
    const keys = await timeInPage.keyMoves(page, 200);
    const confirms = await timeInPage.confirms(page, 30);
    return {
      queue: {
        findings,
        documents,
        build_ms: buildMs,
        import_ms: importMs,
        open_ms: openMs,
        whole_list_after_ms: Math.round(wholeMs),
        reopen_p50_ms: percentile(reopen, 50),
        reopen_max_ms: percentile(reopen, 100),
        ...summary('scroll', scroll),
        ...summary('keymove', keys.selected),
        keymove_detail_p95_ms: percentile(keys.detail, 95),
        ...summary('confirm', confirms),
      },
    };
  } finally {
    await browser.close();
    await harness?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
