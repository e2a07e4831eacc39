/**
 * The import worker's side (import-writer.worker.ts): a RecordWriter on the worker's own
 * connection to the library. Here IndexedDB's structured clones, the merge, the review rows
 * and the bundle lines all run off the page's thread, so batches are big and written back to
 * back: nothing here has a UI to keep responsive.
 */
import { LibrarianDatabase } from '../../db/database';
import type { FromImportWriter, ToImportWriter } from './import-writer-messages';
import { ToImportWriterSchema } from './import-writer-messages';
import { RecordWriter } from './record-writer';
import type { WriterTuning } from './record-writer';

/**
 * Records per transaction in the worker: large enough that a transaction's fixed cost vanishes,
 * small enough that acks (flow control of the parser, PARSE_WINDOW) keep coming.
 */
export const WORKER_TUNING: WriterTuning = { maxBatch: 500, writeSlice: 500, yieldBetween: false };

export interface HostScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: FromImportWriter): void;
}

const failureOf = (error: unknown): FromImportWriter => ({
  type: 'failed',
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});

export function hostRecordWriter(
  scope: HostScope,
  openDatabase: (name: string) => LibrarianDatabase = (name) => new LibrarianDatabase(name),
  tuning: WriterTuning = WORKER_TUNING,
): void {
  let writer: RecordWriter | null = null;
  // Messages are handled in order: pushes before a flush are covered by it.
  let pending: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    const parsed = ToImportWriterSchema.safeParse(event.data);
    if (!parsed.success) {
      scope.postMessage(failureOf(new Error(`import worker: unexpected message (${parsed.error.message})`)));
      return;
    }
    pending = pending.then(() => handle(parsed.data)).catch((error) => scope.postMessage(failureOf(error)));
  };

  async function handle(message: ToImportWriter): Promise<void> {
    switch (message.type) {
      case 'open': {
        const database = openDatabase(message.database);
        try {
          await database.open();
        } catch (error) {
          scope.postMessage(failureOf(error));
          return;
        }
        writer = new RecordWriter(
          database,
          (stored, file) =>
            scope.postMessage({ type: 'written', stored, file, counts: writer!.counts.get(file)! }),
          (error) => scope.postMessage(failureOf(error)),
          tuning,
        );
        scope.postMessage({ type: 'ready' });
        return;
      }
      case 'push':
        if (!writer) throw new Error('import worker: records before the database was opened');
        writer.push(message.file, message.records);
        return;
      case 'flush':
        // A failure was already reported (and the page rejects its flushes itself).
        await writer?.flush().catch(() => {});
        scope.postMessage({ type: 'flushed', id: message.id });
    }
  }
}
