/**
 * Worker-thread entry of the parallel reader (./parallel): reads the segments it is sent, one at a
 * time, and posts their records in batches (or the records' JSON lines, serialised here rather
 * than on the receiving thread), then that the segment is done.
 */
import { parentPort } from 'node:worker_threads';
import { DumpReadError } from './errors';
import type { BatchCounts, SegmentReply, SegmentRequest } from './parallel';
import { segmentReader, shiftLines } from './segments';

/** Smaller decode chunks than a whole-dump reading: a worker's heap is one of several. */
const SEGMENT_CHUNK_BYTES = 256 * 1024;

const port = parentPort;
if (!port) throw new Error('segment-worker must run in a worker thread');

port.on('message', ({ index, task, file, batchSize, as }: SegmentRequest) => {
  const reply = (message: SegmentReply) => port.postMessage(message);
  try {
    const reader = segmentReader(task, { file, batchSize, chunkBytes: SEGMENT_CHUNK_BYTES });
    for (let batch = reader.next(); batch !== null; batch = reader.next()) {
      shiftLines(batch, task.linesBefore);
      if (as === 'records') {
        reply({ type: 'records', index, records: batch });
        continue;
      }
      const counts: BatchCounts = { posts: batch.length, incidents: 0, warnings: 0 };
      for (const r of batch) {
        if (r.kind === 'incident') counts.incidents++;
        counts.warnings += r.warnings.length;
      }
      reply({ type: 'json', index, lines: batch.map((r) => JSON.stringify(r)), counts });
    }
    reply({ type: 'done', index });
  } catch (error) {
    const code = error instanceof DumpReadError ? error.code : null;
    reply({ type: 'failed', index, code, message: (error as Error).message });
  }
});
