/**
 * Remembers every job event from the moment the app starts, so a job that ends before its
 * screen subscribes (small imports can) is never lost.
 */
import type { JobFinishedT, JobProgressT } from '../../shared/ipc/schemas.ts';
import { subscribe } from './client.ts';

export type JobState = { progress: JobProgressT | null; finished: JobFinishedT | null };

const states = new Map<string, JobState>();
const listeners = new Set<() => void>();
let started = false;

function update(jobId: string, patch: Partial<JobState>): void {
  states.set(jobId, { ...(states.get(jobId) ?? { progress: null, finished: null }), ...patch });
  for (const l of listeners) l();
}

export function startJobTracking(): void {
  if (started) return;
  started = true;
  subscribe('job.progressed', (p) => update(p.jobId, { progress: p }));
  subscribe('job.finished', (f) => update(f.jobId, { finished: f }));
}

export function jobState(jobId: string): JobState {
  return states.get(jobId) ?? { progress: null, finished: null };
}

export function onJobsChanged(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
