/** Worker-thread entry: parses a job off the main thread so the UI and IPC stay responsive. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseDumpsArgs } from '@shared/api';
import { runParseJob } from './parse-job';

interface WorkerInput {
  args: ParseDumpsArgs;
  /** Int32Array over a SharedArrayBuffer; [0] = 1 once the job is cancelled. */
  cancelFlag: Int32Array;
}

const { args, cancelFlag } = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');

runParseJob(
  args,
  (event) => port.postMessage({ type: 'event', event }),
  () => Atomics.load(cancelFlag, 0) === 1,
).then(
  (summary) => port.postMessage({ type: 'done', summary }),
  (error: unknown) => port.postMessage({ type: 'failed', message: (error as Error).message }),
);
