/**
 * The page's side of the import worker: a RecordSink that posts each records batch to the
 * worker, which stores it (import-writer-host.ts), and mirrors what the worker reports. The page
 * then only clones each batch once, into the message; the IndexedDB work, the merge, the review
 * rows and the bundle lines never run on its thread. Where no worker starts (a browser or
 * packaging that refuses it), the import writes on the page, as before.
 */
import type { ParsedRecord } from '@shared/record';
import type { LibrarianDatabase } from '../../db/database';
import type { BatchCounts } from '../../db/import-batch';
import { asCounts, FromImportWriterSchema } from './import-writer-messages';
import type { FromImportWriter, ToImportWriter } from './import-writer-messages';
import { RecordWriter } from './record-writer';
import type { RecordSink } from './record-writer';

/** A worker that has not said `ready` by then is given up on (the page writes instead). */
const START_TIMEOUT_MS = 15_000;

/** The part of a Worker this module uses (so it also type-checks, and runs in tests, outside a browser). */
export interface ImportWorker {
  postMessage(message: ToImportWriter): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
}

export interface RecordSinkOptions {
  onWritten?: (stored: number) => void;
  /** Called once, on the first failed write (the rest of the import is pointless then). */
  onFailed?: (error: unknown) => void;
}

/** Where this import's records are stored: the import worker, or the page when it cannot start. */
export async function startRecordSink(
  db: LibrarianDatabase,
  /** startImportWorker (import-worker.ts) in the app. */
  createWorker: () => ImportWorker,
  options: RecordSinkOptions = {},
): Promise<RecordSink> {
  const { onWritten = () => {}, onFailed = () => {} } = options;
  try {
    const worker = await ready(createWorker, db.name);
    return new WorkerRecordWriter(worker, onWritten, onFailed);
  } catch (error) {
    console.warn('the import writes on the page: the import worker did not start', error);
    return new RecordWriter(db, onWritten, onFailed);
  }
}

function asError({ name, message }: { name: string; message: string }): Error {
  return Object.assign(new Error(message), { name });
}

/** A worker whose database is open (a script that fails to load, or a database that fails to open, rejects). */
function ready(create: () => ImportWorker, database: string): Promise<ImportWorker> {
  return new Promise((resolve, reject) => {
    const worker = create();
    const fail = (error: Error) => {
      clearTimeout(timer);
      worker.terminate();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error('the import worker did not start in time')),
      START_TIMEOUT_MS,
    );
    worker.onmessage = (event) => {
      const message = FromImportWriterSchema.safeParse(event.data).data;
      if (message?.type === 'ready') {
        clearTimeout(timer);
        resolve(worker);
      } else if (message?.type === 'failed') fail(asError(message));
    };
    worker.onerror = (event) => fail(new Error(event.message || 'the import worker failed to start'));
    worker.postMessage({ type: 'open', database });
  });
}

export class WorkerRecordWriter implements RecordSink {
  readonly counts = new Map<string, BatchCounts>();
  stored = 0;
  private failure: Error | null = null;
  private nextFlush = 0;
  private readonly flushes = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  constructor(
    private readonly worker: ImportWorker,
    private readonly onWritten: (stored: number) => void,
    private readonly onFailed: (error: unknown) => void,
  ) {
    worker.onmessage = (event) => {
      const parsed = FromImportWriterSchema.safeParse(event.data);
      if (parsed.success) this.receive(parsed.data);
      else this.fail(new Error(`import worker: unexpected message (${parsed.error.message})`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(`import worker: ${event.message || 'it stopped'}`));
    };
    worker.onmessageerror = () => this.fail(new Error('import worker: a message could not be read'));
  }

  push(file: string, records: readonly ParsedRecord[]): void {
    if (this.failure) return; // as on the page: after a failed write the rest is dropped
    this.worker.postMessage({ type: 'push', file, records: records as ParsedRecord[] });
  }

  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextFlush++;
    return new Promise((resolve, reject) => {
      this.flushes.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'flush', id });
    });
  }

  close(): void {
    this.worker.terminate();
    this.fail(new Error('import worker: closed'), false);
  }

  private receive(message: FromImportWriter): void {
    switch (message.type) {
      case 'written':
        this.counts.set(message.file, asCounts(message.counts));
        this.stored = message.stored;
        this.onWritten(message.stored);
        return;
      case 'failed':
        this.fail(asError(message));
        return;
      case 'flushed': {
        const waiting = this.flushes.get(message.id);
        this.flushes.delete(message.id);
        if (this.failure) waiting?.reject(this.failure);
        else waiting?.resolve();
        return;
      }
      case 'ready':
        return;
    }
  }

  private fail(error: Error, report = true): void {
    if (!this.failure) {
      this.failure = error;
      if (report) this.onFailed(error);
    }
    for (const waiting of this.flushes.values()) waiting.reject(this.failure);
    this.flushes.clear();
  }
}
