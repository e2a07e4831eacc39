/**
 * The segment worker (./segment-worker) when the parser runs from its TypeScript source, as the
 * CLI (tsx) and the tests do. A worker thread does not inherit tsx's loader on Node 20, so it
 * registers it first, then imports the worker. Built code (the app's bundle, the bench's) starts
 * the bundled worker instead.
 */
import { Worker } from 'node:worker_threads';

export function sourceSegmentWorker(): Worker {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const worker = JSON.stringify(new URL('./segment-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${worker}); });`, {
    eval: true,
  });
}
