/**
 * Runs an export's line checks (@shared/bundle/check-lines) in a pool of Web Workers, one per
 * core, so decoding, parsing and schema-checking the ~130 MB of lines of 100 000 records go on
 * beside the reading instead of after it on the page's thread. Where no worker starts (a
 * browser or packaging that refuses it), the same checks run on the page, a pause between tasks.
 */
import { checkLines } from '@shared/bundle/check-lines';
import type { LineCheckTask, LineCheckVerdict } from '@shared/bundle/check-lines';
import type { LineCheckRunner } from '@shared/bundle/export-lines';
import { asVerdict, FromLineCheckerSchema } from './line-check-messages';

export interface LineCheckers {
  runCheck: LineCheckRunner;
  /** Stops the workers. */
  close: () => void;
}

const startWorker = () =>
  new Worker(new URL('./line-check.worker.ts', import.meta.url), { type: 'module', name: 'export-check' });

/** A pool of one worker per core (at most 4), or the page itself when workers cannot start. */
export async function lineCheckers(create: () => Worker = startWorker): Promise<LineCheckers> {
  const cores = Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2));
  const started = await Promise.allSettled(Array.from({ length: cores }, () => ready(create)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (workers.length === 0) {
    const reason = started.find((s) => s.status === 'rejected')?.reason as unknown;
    console.warn('export checks run on the page: no worker started', reason);
    return { runCheck: onPage, close: () => {} };
  }
  const idle = [...workers];
  const waiting: ((worker: Worker) => void)[] = [];
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const runCheck: LineCheckRunner = async (task, handOver, onProgress) => {
    const worker = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
    try {
      return await inWorker(worker, task, handOver, onProgress);
    } finally {
      release(worker);
    }
  };
  return { runCheck, close: () => workers.forEach((worker) => worker.terminate()) };
}

/** A worker that has loaded and said so (a script that fails to load errors instead). */
function ready(create: () => Worker): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = create();
    worker.onmessage = (event) => {
      if (FromLineCheckerSchema.safeParse(event.data).data?.type === 'ready') resolve(worker);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the export check worker failed to start'));
    };
  });
}

function inWorker(
  worker: Worker,
  task: LineCheckTask,
  handOver: ArrayBuffer[],
  onProgress: (done: number) => void,
): Promise<LineCheckVerdict> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const parsed = FromLineCheckerSchema.safeParse(event.data);
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
const onPage: LineCheckRunner = async (task, _handOver, onProgress) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return checkLines(task, onProgress);
};
