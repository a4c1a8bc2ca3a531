/** Long work runs as a job: an id at once, throttled progress events, cancel at any time. */
import { randomUUID } from 'node:crypto';
import { AppError, toErrorInfo } from '../../../shared/errors.ts';
import type { JobFinishedT, JobProgressT } from '../../../shared/ipc/schemas.ts';

export type JobContext = {
  signal: AbortSignal;
  /** Reports progress; events are throttled to one per interval (the last one always goes). */
  progress: (done: number, total: number, label: string) => void;
  /** Throws AppError('job.cancelled') if the job was cancelled. */
  throwIfCancelled: () => void;
};

export type JobEvents = {
  progressed: (p: JobProgressT) => void;
  finished: (f: JobFinishedT) => void;
};

export type JobRunner = {
  start: (kind: string, work: (ctx: JobContext) => Promise<unknown>) => string;
  cancel: (jobId: string) => boolean;
  /** Resolves when the job ends (for the CLI and tests). */
  wait: (jobId: string) => Promise<JobFinishedT>;
  running: () => string[];
};

export function createJobRunner(events: JobEvents, intervalMs = 100): JobRunner {
  const jobs = new Map<string, { controller: AbortController; done: Promise<JobFinishedT> }>();
  const finishedResults = new Map<string, JobFinishedT>();

  function start(kind: string, work: (ctx: JobContext) => Promise<unknown>): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    let lastSent = 0;
    let pending: JobProgressT | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = (): void => {
      timer = null;
      if (pending) events.progressed(pending);
      pending = null;
      lastSent = Date.now();
    };
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total, label) => {
        pending = { jobId, kind, done, total, label };
        const wait = intervalMs - (Date.now() - lastSent);
        if (wait <= 0) flush();
        else timer ??= setTimeout(flush, wait);
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new AppError('job.cancelled', 'Đã hủy theo yêu cầu.');
      },
    };
    const done = (async (): Promise<JobFinishedT> => {
      await Promise.resolve();
      let fin: JobFinishedT;
      try {
        const result = await work(ctx);
        fin = controller.signal.aborted
          ? { jobId, kind, status: 'cancelled', result }
          : { jobId, kind, status: 'completed', result };
      } catch (err) {
        fin =
          err instanceof AppError && err.code === 'job.cancelled'
            ? { jobId, kind, status: 'cancelled' }
            : { jobId, kind, status: 'failed', error: toErrorInfo(err) };
      }
      if (timer) clearTimeout(timer);
      if (pending) flush();
      jobs.delete(jobId);
      finishedResults.set(jobId, fin);
      events.finished(fin);
      return fin;
    })();
    jobs.set(jobId, { controller, done });
    return jobId;
  }

  return {
    start,
    cancel: (jobId) => {
      const job = jobs.get(jobId);
      if (!job) return false;
      job.controller.abort();
      return true;
    },
    wait: async (jobId) => {
      const job = jobs.get(jobId);
      if (job) return job.done;
      const fin = finishedResults.get(jobId);
      if (fin) return fin;
      throw new AppError('job.not_found', `Không tìm thấy tác vụ ${jobId}.`);
    },
    running: () => [...jobs.keys()],
  };
}
