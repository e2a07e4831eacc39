import { Worker } from 'node:worker_threads';
import { PARSE_WINDOW, type ParseDumpsArgs, type ParseEvent, type ParseSummary } from '@shared/api';
import { DEFAULT_STALL_MS, ParseControl } from './parse-control';
import { runParseJob } from './parse-job';

export interface ParseService {
  start(args: ParseDumpsArgs, emit: (event: ParseEvent) => void): Promise<ParseSummary>;
  cancel(jobId: string): void;
  /** The consumer has taken `records` records of the job in all (flow control). */
  ack(jobId: string, records: number): void;
  /** Cancels every running job, e.g. when the window closes. */
  cancelAll(): void;
}

export interface FlowControl {
  /** Records a job may parse ahead of what its consumer has taken. */
  window: number;
  /** How long the parser waits for a consumer that takes nothing before it stops the job. */
  stallMs: number;
}

type WorkerMessage =
  | { type: 'event'; event: ParseEvent }
  | { type: 'done'; summary: ParseSummary }
  | { type: 'failed'; message: string };

/**
 * Runs parse jobs in worker threads (one per job), or inline when no worker script is given
 * (unit tests run the TypeScript sources, which a worker cannot load). A worker parses at most
 * `flow.window` records ahead of the acks (ack); inline jobs are not flow-controlled.
 */
export function createParseService(
  workerUrl?: URL,
  flow: FlowControl = { window: PARSE_WINDOW, stallMs: DEFAULT_STALL_MS },
): ParseService {
  const controls = new Map<string, ParseControl>();

  const start = async (args: ParseDumpsArgs, emit: (event: ParseEvent) => void): Promise<ParseSummary> => {
    if (controls.has(args.jobId)) throw new Error(`job ${args.jobId} is already running`);
    const control = new ParseControl();
    controls.set(args.jobId, control);
    try {
      if (!workerUrl) return await runParseJob(args, emit, () => control.cancelled);
      return await new Promise<ParseSummary>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: { args, control: control.cells, ...flow } });
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
      controls.delete(args.jobId);
    }
  };

  const cancel = (jobId: string) => controls.get(jobId)?.cancel();

  return {
    start,
    cancel,
    ack: (jobId, records) => controls.get(jobId)?.ack(records),
    cancelAll: () => [...controls.keys()].forEach(cancel),
  };
}
