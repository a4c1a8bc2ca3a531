import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type ErrorInfo } from '../../../../shared/errors.ts';
import { parseArgs, type CliCommand } from '../command.ts';
import { classifyLines } from './classify-work.ts';

const USAGE = 'classify [--in clauses.jsonl] [--out findings.jsonl]';
/** Below this many lines a second thread costs more than it saves. */
const PARALLEL_FROM = 2000;

type Numbered = [number, string];

function onWorker(lines: Numbered[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./classify-worker.ts', import.meta.url), {
      workerData: lines,
    });
    worker.once('message', (m: { ok: true; lines: string[] } | { ok: false; error: ErrorInfo }) =>
      m.ok ? resolve(m.lines) : reject(new AppError(m.error.code as ErrorCode, m.error.message)),
    );
    worker.once('error', reject);
  });
}

/** Half the lines go to a worker thread while this thread does the other half; order is kept. */
async function classifyAll(lines: Numbered[]): Promise<string[]> {
  if (lines.length < PARALLEL_FROM || os.availableParallelism() < 2) return classifyLines(lines);
  const half = Math.ceil(lines.length / 2);
  const second = onWorker(lines.slice(half));
  const first = classifyLines(lines.slice(0, half));
  return [...first, ...(await second)];
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  usage: USAGE,
  summary:
    'Phân loại điều khoản (JSONL {id, text, article?, context?}) theo các loại phát hiện PROC/RESP',
  run: async (argv, io) => {
    const { flags } = parseArgs(argv);
    const inFile = flags.get('in');
    const outFile = flags.get('out');
    if (inFile === true || outFile === true)
      throw new AppError('input.invalid', `Thiếu tên tệp. Cách dùng: ${USAGE}`);
    const source = inFile ? await readFile(inFile, 'utf8') : await io.stdin();
    const numbered: Numbered[] = [];
    source.split('\n').forEach((raw, i) => raw.trim() && numbered.push([i + 1, raw]));
    const lines = await classifyAll(numbered);
    if (outFile) await writeFile(outFile, lines.length ? lines.join('\n') + '\n' : '', 'utf8');
    else if (lines.length) io.out(lines.join('\n'));
    return 0;
  },
};
