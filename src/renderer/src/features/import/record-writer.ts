/**
 * Stores parsed records as they stream in: batches queue up and are written one transaction
 * at a time (coalesced up to MAX_BATCH records of one file), yielding to the UI between two
 * transactions so the window never freezes during a big import.
 */
import type { ParsedRecord } from '@shared/record';
import type { LibrarianDatabase } from '../../db/database';
import { addCounts, emptyCounts, importParsedBatch } from '../../db/import-batch';
import type { BatchCounts } from '../../db/import-batch';
import { yieldToUi } from '../library/yield';

/**
 * Records per transaction: bulkPut clones every record on the main thread, so a transaction
 * must stay small enough to never hold the UI for long (~250 real records ≈ 1-2 MB).
 */
export const MAX_BATCH = 250;

export class RecordWriter {
  private readonly queue: { file: string; records: readonly ParsedRecord[] }[] = [];
  private running: Promise<void> | null = null;
  private failure: unknown = null;
  /** Counts per file name, of what has been written so far. */
  readonly counts = new Map<string, BatchCounts>();
  stored = 0;

  constructor(
    private readonly db: LibrarianDatabase,
    private readonly onWritten: (stored: number) => void = () => {},
    /** Called once, on the first failed write (the rest of the import is pointless then). */
    private readonly onFailed: (error: unknown) => void = () => {},
  ) {}

  push(file: string, records: readonly ParsedRecord[]): void {
    this.queue.push({ file, records });
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once everything pushed so far is stored; rejects if a write failed. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    if (this.failure) throw this.failure;
  }

  private takeBatch(): { file: string; records: ParsedRecord[] } | null {
    const first = this.queue[0];
    if (!first) return null;
    const records: ParsedRecord[] = [];
    while (this.queue[0]?.file === first.file && records.length + this.queue[0].records.length <= MAX_BATCH) {
      records.push(...this.queue.shift()!.records);
    }
    if (records.length === 0) records.push(...this.queue.shift()!.records); // one oversized batch
    return { file: first.file, records };
  }

  private async run(): Promise<void> {
    for (let batch = this.takeBatch(); batch; batch = this.takeBatch()) {
      try {
        const written = await importParsedBatch(this.db, batch.records);
        this.counts.set(batch.file, addCounts(this.counts.get(batch.file) ?? emptyCounts(), written));
        this.stored += batch.records.length;
        this.onWritten(this.stored);
      } catch (error) {
        if (this.failure === null) this.onFailed(error);
        this.failure ??= error;
        this.queue.length = 0;
      }
      await yieldToUi();
    }
  }
}
