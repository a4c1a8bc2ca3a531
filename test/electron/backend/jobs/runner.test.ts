import { describe, expect, it } from 'vitest';
import { createJobRunner } from '../../../../electron/backend/jobs/runner.ts';
import type { JobFinishedT, JobProgressT } from '../../../../shared/ipc/schemas.ts';

function runner(intervalMs = 100) {
  const progress: JobProgressT[] = [];
  const finished: JobFinishedT[] = [];
  const jobs = createJobRunner(
    { progressed: (p) => progress.push(p), finished: (f) => finished.push(f) },
    intervalMs,
  );
  return { jobs, progress, finished };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('job runner', () => {
  it('throttles progress but always sends the last figure', async () => {
    const { jobs, progress } = runner(50);
    const id = jobs.start('test', async (ctx) => {
      for (let i = 1; i <= 1000; i++) ctx.progress(i, 1000, `bước ${i}`);
      return 'xong';
    });
    const fin = await jobs.wait(id);
    expect(fin).toMatchObject({ status: 'completed', result: 'xong' });
    expect(progress.length).toBeLessThan(5);
    expect(progress.at(-1)).toMatchObject({ done: 1000, total: 1000 });
  });

  it('cancels a running job', async () => {
    const { jobs, finished } = runner();
    const id = jobs.start('slow', async (ctx) => {
      for (let i = 0; i < 100; i++) {
        ctx.throwIfCancelled();
        await sleep(10);
      }
    });
    await sleep(25);
    expect(jobs.cancel(id)).toBe(true);
    expect((await jobs.wait(id)).status).toBe('cancelled');
    expect(finished).toHaveLength(1);
    expect(jobs.cancel(id)).toBe(false);
  });

  it('reports a failure with a code and message', async () => {
    const { jobs } = runner();
    const id = jobs.start('bad', async () => {
      throw new Error('hỏng');
    });
    const fin = await jobs.wait(id);
    expect(fin.status).toBe('failed');
    expect(fin.error?.code).toBe('internal');
    expect(fin.error?.message).toContain('hỏng');
  });
});
