/**
 * Reading one dump file in several worker threads at once: the file is cut into segments at
 * casebook headers (./segments), the workers read segments in turn, and their records are handed
 * on in the dump's order with the lines of the earlier segments added. The records are those the
 * one-thread reading gives (tests/unit/parser/segments.test.ts, parallel.test.ts).
 *
 * Memory stays bounded: a segment is handed out only while it is at most AHEAD segments past the
 * one being delivered, and a consumer that returns a promise is awaited before the next message
 * is looked at (the CLI waits for stdout). A dump that cannot be cut (small, not UTF-8, not a
 * file) is read in this thread, as parseSource does.
 */
import type { Worker } from 'node:worker_threads';
import type { ParsedRecord } from '@shared/record';
import { type ByteSource, DEFAULT_MAX_BYTES, type ScannedSource, scanSource } from './decode';
import { DumpReadError, type DumpReadErrorCode } from './errors';
import { type DumpParseSummary, type ParseDumpOptions, RecordReader, basenameOf, named } from './reader';
import { type SegmentTask, findCuts, linesBefore } from './segments';

export interface ParallelOptions {
  /** Starts a thread running ./segment-worker: its bundle in built code, see ./segment-worker-source. */
  createWorker: () => Worker;
  /** Worker threads to read with; below 2 the dump is read in this thread. */
  threads: number;
  /** Bytes per segment (the last may be shorter). */
  segmentBytes?: number;
}

/**
 * How records reach the caller, in the dump's order; a returned promise is awaited before the
 * next batch. `json`: each record as `JSON.stringify` gives it, made in the worker (the CLI's
 * output; the receiving thread then only copies strings instead of rebuilding objects).
 */
export type Delivery =
  | { as: 'records'; onRecords: (batch: ParsedRecord[]) => void | Promise<void> }
  | { as: 'json'; onJsonLines: (lines: string[]) => void | Promise<void> };

export type ParallelParseOptions = Omit<ParseDumpOptions, 'onRecords' | 'extractFields'> & {
  deliver: Delivery;
};

export interface BatchCounts {
  posts: number;
  incidents: number;
  warnings: number;
}

/**
 * Small segments keep little held back (the records of segments read ahead of the one being
 * delivered) and each worker's heap small: on the 100 MB bench dump, 512 KB segments peaked at
 * 240–270 MB RSS against 270–320 MB with 1 MB and 310–330 MB with 2 MB, at the same speed.
 */
export const DEFAULT_SEGMENT_BYTES = 512 * 1024;
/** A dump of fewer segments (8 MB) is not worth the workers' start-up: each compiles the parser. */
const MIN_SEGMENTS = 16;

export interface SegmentRequest {
  index: number;
  task: SegmentTask;
  file: string;
  batchSize?: number;
  as: Delivery['as'];
}

export type SegmentReply =
  | { type: 'records'; index: number; records: ParsedRecord[] }
  | { type: 'json'; index: number; lines: string[]; counts: BatchCounts }
  | { type: 'done'; index: number }
  | { type: 'failed'; index: number; code: DumpReadErrorCode | null; message: string };

type Batch = Extract<SegmentReply, { type: 'records' | 'json' }>;

/** Parses a dump as {@link parseSource} does, in `parallel.threads` worker threads when it can be cut. */
export async function parseSourceInParallel(
  source: ByteSource,
  opts: ParallelParseOptions,
  parallel: ParallelOptions,
): Promise<DumpParseSummary> {
  const file = basenameOf(opts.file);
  let scanned: ScannedSource;
  try {
    scanned = scanSource(source, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.chunkBytes);
  } catch (error) {
    throw named(file, error);
  }
  const segmentBytes = parallel.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  const cuts =
    parallel.threads >= 2 && source.file?.from === 0 ? findCuts(source, scanned.info, segmentBytes) : [];
  if (cuts.length + 1 < MIN_SEGMENTS) return readHere(source, opts, scanned);

  const bounds = [0, ...cuts, source.size];
  const lines = [0, ...linesBefore(source, cuts)];
  const tasks: SegmentTask[] = bounds.slice(1).map((to, i) => ({
    path: source.file!.path,
    from: bounds[i]!,
    to,
    size: source.size,
    scanned,
    linesBefore: lines[i]!,
  }));
  return new SegmentedRead(file, tasks, opts, parallel).run();
}

/** One thread: the same records, without workers. */
async function readHere(
  source: ByteSource,
  opts: ParallelParseOptions,
  scanned: ScannedSource,
): Promise<DumpParseSummary> {
  const reader = new RecordReader(source, opts, { scanned });
  const { deliver } = opts;
  for (let batch = reader.next(); batch !== null; batch = reader.next()) {
    if (deliver.as === 'records') await deliver.onRecords(batch);
    else await deliver.onJsonLines(batch.map((r) => JSON.stringify(r)));
  }
  return reader.summary;
}

/** Segments handed out ahead of the one being delivered, per worker. */
const AHEAD_PER_WORKER = 2;

class SegmentedRead {
  private readonly summary: DumpParseSummary;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly inbox: SegmentReply[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  /** Next segment to hand out, and the segment whose records are being delivered. */
  private next = 0;
  private current = 0;
  /** Batches of later segments, and the later segments read to their end. */
  private readonly held = new Map<number, Batch[]>();
  private readonly finished = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly tasks: SegmentTask[],
    private readonly opts: ParallelParseOptions,
    private readonly parallel: ParallelOptions,
  ) {
    const { sha256, info } = tasks[0]!.scanned;
    this.summary = {
      file,
      sha256,
      encoding: info.encoding,
      bytes: tasks[0]!.size,
      posts: 0,
      incidents: 0,
      others: 0,
      warnings: 0,
      cancelled: false,
    };
  }

  async run(): Promise<DumpParseSummary> {
    const count = Math.min(this.parallel.threads, this.tasks.length);
    try {
      for (let i = 0; i < count; i++) this.idle.push(this.spawn());
      this.handOut();
      while (this.current < this.tasks.length) {
        if (this.opts.shouldCancel?.()) {
          this.summary.cancelled = true;
          break;
        }
        const reply = await this.receive();
        if (reply.type === 'failed') {
          const message = `${this.file}: ${reply.message}`;
          throw reply.code ? new DumpReadError(reply.code, message) : new Error(message);
        }
        if (reply.type !== 'done') {
          if (reply.index === this.current) await this.deliver(reply);
          else this.hold(reply);
          continue;
        }
        this.finished.add(reply.index);
        await this.advance();
        this.handOut();
      }
    } finally {
      await Promise.all(this.workers.map((w) => w.terminate()));
    }
    if (!this.summary.cancelled)
      this.opts.onProgress?.({
        bytesDone: this.summary.bytes,
        bytesTotal: this.summary.bytes,
        posts: this.summary.posts,
      });
    return this.summary;
  }

  private spawn(): Worker {
    const worker = this.parallel.createWorker();
    worker.on('message', (reply: SegmentReply) => {
      if (reply.type === 'done') this.idle.push(worker);
      this.post(reply);
    });
    worker.on('error', (error) =>
      this.fail(new Error(`${this.file}: a parse worker failed: ${error.message}`)),
    );
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`${this.file}: a parse worker stopped (exit code ${code})`));
    });
    this.workers.push(worker);
    return worker;
  }

  /** Gives idle workers the next segments, staying at most a few segments ahead of delivery. */
  private handOut(): void {
    const limit = this.current + AHEAD_PER_WORKER * this.workers.length;
    while (this.idle.length > 0 && this.next < this.tasks.length && this.next < limit) {
      const request: SegmentRequest = {
        index: this.next,
        task: this.tasks[this.next]!,
        file: this.file,
        batchSize: this.opts.batchSize,
        as: this.opts.deliver.as,
      };
      this.next++;
      this.idle.pop()!.postMessage(request);
    }
  }

  /** Moves past every finished segment, delivering what later segments held back. */
  private async advance(): Promise<void> {
    while (this.finished.delete(this.current)) {
      this.current++;
      this.opts.onProgress?.({
        bytesDone: this.tasks[this.current - 1]!.to,
        bytesTotal: this.summary.bytes,
        posts: this.summary.posts,
      });
      const held = this.held.get(this.current) ?? [];
      this.held.delete(this.current);
      for (const batch of held) await this.deliver(batch);
    }
  }

  private hold(batch: Batch): void {
    const held = this.held.get(batch.index);
    if (held) held.push(batch);
    else this.held.set(batch.index, [batch]);
  }

  private async deliver(batch: Batch): Promise<void> {
    const s = this.summary;
    const { deliver } = this.opts;
    if (batch.type === 'json') {
      s.posts += batch.counts.posts;
      s.incidents += batch.counts.incidents;
      s.others += batch.counts.posts - batch.counts.incidents;
      s.warnings += batch.counts.warnings;
      if (deliver.as === 'json') await deliver.onJsonLines(batch.lines);
      return;
    }
    for (const r of batch.records) {
      s.posts++;
      if (r.kind === 'incident') s.incidents++;
      else s.others++;
      s.warnings += r.warnings.length;
    }
    if (deliver.as === 'records') await deliver.onRecords(batch.records);
  }

  private post(reply: SegmentReply): void {
    this.inbox.push(reply);
    this.wake?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake?.();
  }

  private async receive(): Promise<SegmentReply> {
    for (;;) {
      if (this.failure) throw this.failure;
      const reply = this.inbox.shift();
      if (reply) return reply;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}
