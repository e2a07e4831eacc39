import { Worker } from 'node:worker_threads';
import {
  PARSE_WINDOW,
  type ParseDumpsArgs,
  type ParseEvent,
  type ParseSummary,
  type ReparsePostsArgs,
} from '@shared/api';
import type { ParsedRecord } from '@shared/record';
import { parsePost } from '../parser';
import { DEFAULT_STALL_MS, ParseControl } from './parse-control';
import { runParseJob } from './parse-job';

export interface ParseService {
  start(args: ParseDumpsArgs, emit: (event: ParseEvent) => void): Promise<ParseSummary>;
  cancel(jobId: string): void;
  /** The consumer has taken `records` records of the job in all (flow control). */
  ack(jobId: string, records: number): void;
  /** Cancels every running job, e.g. when the window closes. */
  cancelAll(): void;
  /** Parses stored posts again with this parser, in a worker thread of its own; records in order. */
  reparse(posts: ReparsePostsArgs['posts']): Promise<ParsedRecord[]>;
}

export interface FlowControl {
  /** Records a job may parse ahead of what its consumer has taken. */
  window: number;
  /** How long the parser waits for a consumer that takes nothing before it stops the job. */
  stallMs: number;
}

/** An idle re-parser thread is stopped after this long. */
const REPARSER_IDLE_MS = 10_000;

type WorkerMessage =
  | { type: 'event'; event: ParseEvent }
  | { type: 'done'; summary: ParseSummary }
  | { type: 'reparsed'; records: ParsedRecord[] }
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
          else if (message.type === 'failed') reject(new Error(message.message));
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

  // One re-parser thread, started on the first batch and stopped once idle, so a library of
  // 100 000 posts does not pay a thread start per batch of REPARSE_BATCH.
  let reparser: Worker | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let nextBatch = 0;
  const pending = new Map<number, { resolve: (r: ParsedRecord[]) => void; reject: (e: Error) => void }>();
  const stopReparser = (error?: Error) => {
    const worker = reparser;
    reparser = null;
    clearTimeout(idleTimer);
    for (const waiting of pending.values()) waiting.reject(error ?? new Error('the re-parser stopped'));
    pending.clear();
    void worker?.terminate();
  };
  const startReparser = (url: URL): Worker => {
    const worker = new Worker(url, { workerData: { mode: 'reparse' } });
    worker.unref(); // an idle re-parser never keeps the app (or a test run) alive
    worker.on('message', (message: WorkerMessage & { id: number }) => {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'reparsed') waiting?.resolve(message.records);
      else if (message.type === 'failed') waiting?.reject(new Error(message.message));
      if (pending.size === 0) idleTimer = setTimeout(() => stopReparser(), REPARSER_IDLE_MS);
    });
    worker.on('error', (error) => stopReparser(error));
    worker.on('exit', (code) => {
      if (reparser === worker) stopReparser(new Error(`parse worker stopped with exit code ${code}`));
    });
    return worker;
  };
  const reparse = async (posts: ReparsePostsArgs['posts']): Promise<ParsedRecord[]> => {
    if (!workerUrl) return posts.map(parsePost);
    clearTimeout(idleTimer);
    reparser ??= startReparser(workerUrl);
    const id = nextBatch++;
    const worker = reparser;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, posts });
    });
  };

  return {
    start,
    cancel,
    ack: (jobId, records) => controls.get(jobId)?.ack(records),
    cancelAll: () => {
      [...controls.keys()].forEach(cancel);
      stopReparser();
    },
    reparse,
  };
}
