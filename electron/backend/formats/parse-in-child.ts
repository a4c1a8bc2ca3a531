/**
 * Runs readers and the structure parser in a separate Node process with a heap limit, a time
 * limit and code generation from strings disallowed, so a hostile or pathological file can cost
 * at most one killed child. An idle child is kept for the next file.
 */
import type { Socket } from 'node:net';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError, type ErrorCode } from '../../../shared/errors.ts';
import type { ExtractedText, ParsedDocument } from '../../../shared/model/document.ts';
import {
  isChildResponse,
  type ChildMode,
  type ChildRequest,
  type ChildResult,
} from './child-protocol.ts';

export type ChildOptions = {
  timeoutMs?: number;
  maxOldSpaceMb?: number;
  signal?: AbortSignal;
  /** Largest file accepted, in bytes (readDocument's maxBytes). */
  maxBytes?: number;
};

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_OLD_SPACE_MB = 1024;
/** An idle child is ended after this long without work. */
const IDLE_MS = 30_000;

function childEntry(): string {
  // Source runs as .ts (Node 24 strips types); a build may ship child.js next to this module.
  for (const name of ['./child.ts', './child.js']) {
    const file = fileURLToPath(new URL(name, import.meta.url));
    if (fs.existsSync(file)) return file;
  }
  throw new AppError('internal', 'Lỗi nội bộ: không tìm thấy chương trình đọc tệp (child).');
}

type Worker = { proc: ChildProcess; heapMb: number; stderr: string; idleTimer?: NodeJS.Timeout };

const idle: Worker[] = [];
let nextId = 1;

function spawn(heapMb: number): Worker {
  const proc = fork(childEntry(), [], {
    execPath: process.execPath,
    execArgv: [`--max-old-space-size=${heapMb}`, '--disallow-code-generation-from-strings'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // Under Electron, execPath is the app itself: this makes it run the child as plain Node.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    serialization: 'advanced',
  });
  const worker: Worker = { proc, heapMb, stderr: '' };
  proc.stderr?.setEncoding('utf8');
  proc.stderr?.on('data', (chunk: string) => {
    worker.stderr = (worker.stderr + chunk).slice(-4096);
  });
  return worker;
}

function take(heapMb: number): Worker {
  const i = idle.findIndex((w) => w.heapMb === heapMb && w.proc.connected);
  const worker = i >= 0 ? idle.splice(i, 1)[0] : undefined;
  if (!worker) return spawn(heapMb);
  clearTimeout(worker.idleTimer);
  worker.proc.ref();
  worker.proc.channel?.ref();
  (worker.proc.stderr as Socket | null)?.ref();
  return worker;
}

function release(worker: Worker): void {
  if (!worker.proc.connected || idle.length >= 2) {
    worker.proc.kill();
    return;
  }
  // An idle child must not keep the parent process alive.
  worker.proc.unref();
  worker.proc.channel?.unref();
  (worker.proc.stderr as Socket | null)?.unref();
  worker.idleTimer = setTimeout(() => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
    worker.proc.kill();
  }, IDLE_MS);
  worker.idleTimer.unref();
  idle.push(worker);
}

/** What a child that died without answering most likely ran into. */
function crashError(worker: Worker, code: number | null, signal: NodeJS.Signals | null): AppError {
  const oom = /heap out of memory|Allocation failed|invalid array length|Reached heap limit/i.test(
    worker.stderr,
  );
  if (oom) {
    return new AppError(
      'document.too_large',
      `Tệp cần quá nhiều bộ nhớ để đọc (giới hạn ${worker.heapMb} MB); không xử lý.`,
    );
  }
  const how = signal ? `tín hiệu ${signal}` : `mã ${code ?? '?'}`;
  return new AppError(
    'document.corrupt',
    `Trình đọc tệp dừng bất thường (${how}); tệp có thể bị hỏng.`,
  );
}

function limitText(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} giây` : `${ms} mili giây`;
}

function run<M extends ChildMode>(
  mode: M,
  file: string,
  opts: ChildOptions,
): Promise<ChildResult<M>> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const heapMb = opts.maxOldSpaceMb ?? DEFAULT_MAX_OLD_SPACE_MB;
  if (opts.signal?.aborted)
    return Promise.reject(new AppError('job.cancelled', 'Đã hủy việc đọc tệp.'));
  const worker = take(heapMb);
  const id = nextId++;
  return new Promise<ChildResult<M>>((resolve, reject) => {
    let settled = false;
    const finish = (err: AppError | null, value?: ChildResult<M>, reuse = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      worker.proc.off('message', onMessage);
      worker.proc.off('exit', onExit);
      worker.proc.off('error', onError);
      if (reuse) release(worker);
      else worker.proc.kill('SIGKILL');
      if (err) reject(err);
      else resolve(value as ChildResult<M>);
    };
    const onMessage = (message: unknown): void => {
      if (!isChildResponse(message) || message.id !== id) return;
      if (message.ok) finish(null, message.value as ChildResult<M>, true);
      else
        finish(
          new AppError(message.error.code as ErrorCode, message.error.message),
          undefined,
          true,
        );
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      // stderr may still be draining; give it a moment so an out-of-memory report is seen.
      setTimeout(() => finish(crashError(worker, code, signal)), 50);
    };
    const onError = (err: Error): void =>
      finish(new AppError('internal', `Lỗi nội bộ: ${err.message}`, { cause: err }));
    const onAbort = (): void => finish(new AppError('job.cancelled', 'Đã hủy việc đọc tệp.'));
    const timer = setTimeout(
      () =>
        finish(
          new AppError(
            'document.timeout',
            `Đọc tệp quá thời gian cho phép (${limitText(timeoutMs)}); đã dừng.`,
          ),
        ),
      timeoutMs,
    );
    worker.proc.on('message', onMessage);
    worker.proc.once('exit', onExit);
    worker.proc.once('error', onError);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const request: ChildRequest = {
      id,
      file,
      mode,
      ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
    };
    worker.proc.send(request);
  });
}

/** Reads and parses a document in a child process. */
export function parseFileInChild(
  filePath: string,
  opts: ChildOptions = {},
): Promise<ParsedDocument> {
  return run('parse', filePath, opts);
}

/** Only reads a document (no structure parsing) in a child process. */
export function extractFileInChild(
  filePath: string,
  opts: ChildOptions = {},
): Promise<ExtractedText> {
  return run('extract', filePath, opts);
}

/** Ends idle children now (tests, application shutdown). */
export function shutdownParseChildren(): void {
  for (const worker of idle.splice(0)) {
    clearTimeout(worker.idleTimer);
    worker.proc.kill();
  }
}
