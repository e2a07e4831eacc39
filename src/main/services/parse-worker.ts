/** Worker-thread entry: parses a job off the main thread so the UI and IPC stay responsive. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseDumpsArgs } from '@shared/api';
import { ParseControl } from './parse-control';
import { runParseJob } from './parse-job';

interface WorkerInput {
  args: ParseDumpsArgs;
  /** ParseControl's cells, over a SharedArrayBuffer the service writes to. */
  control: Int32Array;
  /** Flow control: how far ahead of the consumer to parse, and how long to wait for it. */
  window: number;
  stallMs: number;
}

const { args, control: cells, window, stallMs } = workerData as WorkerInput;
const control = new ParseControl(cells);
const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');

runParseJob(
  args,
  (event) => port.postMessage({ type: 'event', event }),
  () => control.cancelled,
  // This thread may block: the parse is synchronous, and only records wait on the consumer.
  (emitted) => control.awaitConsumer(emitted, window, stallMs),
).then(
  (summary) => port.postMessage({ type: 'done', summary }),
  (error: unknown) => port.postMessage({ type: 'failed', message: (error as Error).message }),
);
