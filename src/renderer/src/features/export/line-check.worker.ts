/**
 * A Web Worker that checks stored lines for an export (@shared/bundle/check-lines): decoding,
 * parsing and schema-checking happen here, off the page's thread. It says `ready` first, so
 * the page hands over (transfers) segments only to a worker that runs, and hands them back
 * the same way with the verdict.
 */
import { checkLines } from '@shared/bundle/check-lines';
import { asTask, LineCheckTaskSchema } from './line-check-messages';
import type { FromLineChecker } from './line-check-messages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromLineChecker, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const task = asTask(LineCheckTaskSchema.parse(event.data));
  const verdict = checkLines(task, (done) => scope.postMessage({ type: 'progress', done }));
  const buffers = new Set(verdict.segments.map((s) => s.data.buffer as ArrayBuffer));
  scope.postMessage({ type: 'done', verdict }, [...buffers]);
};
scope.postMessage({ type: 'ready' });
