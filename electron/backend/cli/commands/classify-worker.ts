/** Worker thread: classifies the lines it is given and posts the output lines back. */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../../../shared/errors.ts';
import { classifyLines } from './classify-work.ts';

try {
  parentPort?.postMessage({ ok: true, lines: classifyLines(workerData as [number, string][]) });
} catch (err) {
  parentPort?.postMessage({ ok: false, error: toErrorInfo(err) });
}
