/** Follows one backend job: throttled progress, then its end (completed, cancelled or failed). */
import { useEffect, useRef, useState } from 'react';
import type { JobFinishedT, JobProgressT } from '../../shared/ipc/schemas.ts';
import { call } from '../api/client.ts';
import { jobState, onJobsChanged } from '../api/jobs.ts';

export type JobView = {
  jobId: string | null;
  progress: JobProgressT | null;
  finished: JobFinishedT | null;
  start: (jobId: string) => void;
  cancel: () => void;
};

export function useJob(onFinished?: (f: JobFinishedT) => void): JobView {
  const [jobId, setJobId] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const notified = useRef<string | null>(null);
  const handler = useRef(onFinished);
  handler.current = onFinished;

  useEffect(() => {
    if (!jobId) return;
    const check = () => {
      setTick((n) => n + 1);
      const fin = jobState(jobId).finished;
      if (fin && notified.current !== jobId) {
        notified.current = jobId;
        handler.current?.(fin);
      }
    };
    check();
    return onJobsChanged(check);
  }, [jobId]);

  const state = jobId ? jobState(jobId) : { progress: null, finished: null };
  return {
    jobId,
    progress: state.progress,
    finished: state.finished,
    start: setJobId,
    cancel: () => {
      if (jobId) void call('jobs.cancel', { jobId });
    },
  };
}
