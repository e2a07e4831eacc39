/**
 * Runs an export's shard checks (@shared/bundle/check-shard) in a pool of Web Workers, one per
 * core, so decoding, parsing and schema checking the ~130 MB of lines of 100 000 records happen
 * beside the page's thread instead of on it. Where no worker starts (a browser or packaging
 * that refuses it), the same checks run on the page, in small shards with a pause between.
 */
import { checkShard } from '@shared/bundle/check-shard';
import type { ShardTask, ShardVerdict } from '@shared/bundle/check-shard';
import type { ShardRunner } from '@shared/bundle/export-lines';
import { asVerdict, FromShardWorkerSchema } from './shard-messages';

/** Records per shard when checks run on the page: one pause to paint between ~1 000 records. */
const INLINE_SHARD_RECORDS = 1000;
/** Shards per worker: the first worker starts once the page has hashed the first shard. */
const SHARDS_PER_WORKER = 3;

export interface ShardPlan {
  runShard: ShardRunner;
  /** How many shards to cut an export of this many records into. */
  shards: (records: number) => number;
  /** Stops the workers. */
  close: () => void;
}

const startWorker = () =>
  new Worker(new URL('./check-shard.worker.ts', import.meta.url), { type: 'module', name: 'export-check' });

/** A pool of one worker per core (at most 4), or the page itself when workers cannot start. */
export async function shardPlan(create: () => Worker = startWorker): Promise<ShardPlan> {
  const cores = Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2));
  const started = await Promise.allSettled(Array.from({ length: cores }, () => ready(create)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (workers.length === 0) {
    const reason = started.find((s) => s.status === 'rejected')?.reason as unknown;
    console.warn('export checks run on the page: no worker started', reason);
    return { runShard: inlineShard, shards: (n) => Math.ceil(n / INLINE_SHARD_RECORDS), close: () => {} };
  }
  const idle = [...workers];
  const waiting: ((worker: Worker) => void)[] = [];
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const runShard: ShardRunner = async (task, handOver, onProgress) => {
    const worker = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
    try {
      return await check(worker, task, handOver, onProgress);
    } finally {
      release(worker);
    }
  };
  return {
    runShard,
    shards: () => workers.length * SHARDS_PER_WORKER,
    close: () => workers.forEach((worker) => worker.terminate()),
  };
}

/** A worker that has loaded and said so (a script that fails to load errors instead). */
function ready(create: () => Worker): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = create();
    worker.onmessage = (event) => {
      if (FromShardWorkerSchema.safeParse(event.data).data?.type === 'ready') resolve(worker);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the export check worker failed to start'));
    };
  });
}

function check(
  worker: Worker,
  task: ShardTask,
  handOver: ArrayBuffer[],
  onProgress: (done: number) => void,
): Promise<ShardVerdict> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const parsed = FromShardWorkerSchema.safeParse(event.data);
      if (!parsed.success)
        return reject(new Error(`export check worker: unexpected message (${parsed.error.message})`));
      const message = parsed.data;
      if (message.type === 'progress') onProgress(message.done);
      else if (message.type === 'done') resolve(asVerdict(message.verdict));
    };
    worker.onerror = (event) => reject(new Error(`export check worker: ${event.message}`));
    worker.postMessage(task, handOver);
  });
}

/** The check on the page, after a pause that lets it paint. */
const inlineShard: ShardRunner = async (task, _handOver, onProgress) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return checkShard(task, onProgress);
};
