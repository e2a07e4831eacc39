/**
 * Worker-thread entry: parses off the main thread so the UI and IPC stay responsive. Either one
 * parse job over dumps (flow-controlled, streaming events), or a re-parser that reads batches of
 * stored posts again with this parser (reparsePosts), one `{ id, posts }` message a batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseDumpsArgs, ReparsePostsArgs } from '@shared/api';
import { parsePost } from '../parser';
import { ParseControl } from './parse-control';
import { runParseJob } from './parse-job';

interface JobInput {
  args: ParseDumpsArgs;
  /** ParseControl's cells, over a SharedArrayBuffer the service writes to. */
  control: Int32Array;
  /** Flow control: how far ahead of the consumer to parse, and how long to wait for it. */
  window: number;
  stallMs: number;
}

interface ReparseInput {
  mode: 'reparse';
}

const input = workerData as JobInput | ReparseInput;
const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');

if ('mode' in input) {
  port.on('message', ({ id, posts }: { id: number; posts: ReparsePostsArgs['posts'] }) => {
    try {
      port.postMessage({ type: 'reparsed', id, records: posts.map(parsePost) });
    } catch (error) {
      port.postMessage({ type: 'failed', id, message: (error as Error).message });
    }
  });
} else {
  const { args, control: cells, window, stallMs } = input;
  const control = new ParseControl(cells);
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
}
