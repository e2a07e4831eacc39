import { Worker } from 'node:worker_threads';
import type { ParseDumpsArgs, ParseEvent, ParseSummary } from '@shared/api';
import { runParseJob } from './parse-job';

export interface ParseService {
  start(args: ParseDumpsArgs, emit: (event: ParseEvent) => void): Promise<ParseSummary>;
  cancel(jobId: string): void;
  /** Cancels every running job, e.g. when the window closes. */
  cancelAll(): void;
}

type WorkerMessage =
  | { type: 'event'; event: ParseEvent }
  | { type: 'done'; summary: ParseSummary }
  | { type: 'failed'; message: string };

/**
 * Runs parse jobs in worker threads (one per job), or inline when no worker script is given
 * (unit tests run the TypeScript sources, which a worker cannot load).
 */
export function createParseService(workerUrl?: URL): ParseService {
  const cancelFlags = new Map<string, Int32Array>();

  const start = async (args: ParseDumpsArgs, emit: (event: ParseEvent) => void): Promise<ParseSummary> => {
    if (cancelFlags.has(args.jobId)) throw new Error(`job ${args.jobId} is already running`);
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    cancelFlags.set(args.jobId, cancelFlag);
    try {
      if (!workerUrl) return await runParseJob(args, emit, () => Atomics.load(cancelFlag, 0) === 1);
      return await new Promise<ParseSummary>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: { args, cancelFlag } });
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'event') emit(message.event);
          else if (message.type === 'done') resolve(message.summary);
          else reject(new Error(message.message));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`parse worker stopped with exit code ${code}`));
        });
      });
    } finally {
      cancelFlags.delete(args.jobId);
    }
  };

  const cancel = (jobId: string) => {
    const flag = cancelFlags.get(jobId);
    if (flag) Atomics.store(flag, 0, 1);
  };

  return { start, cancel, cancelAll: () => [...cancelFlags.keys()].forEach(cancel) };
}
