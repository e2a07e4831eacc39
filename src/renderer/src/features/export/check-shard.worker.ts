/**
 * A Web Worker that checks one shard of an export (see @shared/bundle/check-shard): the
 * decoding, parsing and schema checking of the lines happen here, off the page's thread.
 * It says `ready` first, so the page hands over (transfers) the shard only to a worker that
 * runs, and hands back the shard's part of the file the same way.
 */
import { checkShard } from '@shared/bundle/check-shard';
import { ShardTaskSchema } from './shard-messages';
import type { FromShardWorker } from './shard-messages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromShardWorker, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const task = ShardTaskSchema.parse(event.data);
  const verdict = checkShard(task, (done) => scope.postMessage({ type: 'progress', done }));
  const part = verdict.ok ? verdict.part : null;
  scope.postMessage({ type: 'done', verdict }, part instanceof Uint8Array ? [part.buffer] : []);
};
scope.postMessage({ type: 'ready' });
