/**
 * Stores parsed records as they stream in: batches queue up and are written one transaction
 * at a time (coalesced up to `maxBatch` records of one file). On the page it yields to the UI
 * between two transactions so the window never freezes during a big import; in the import
 * worker (import-writer.worker.ts) it writes bigger batches back to back.
 */
import type { ParsedRecord } from '@shared/record';
import type { LibrarianDatabase } from '../../db/database';
import { addCounts, emptyCounts, importParsedBatch } from '../../db/import-batch';
import type { BatchCounts } from '../../db/import-batch';
import { WRITE_SLICE } from '../../db/write-records';
import { yieldToUi } from '../library/yield';

/** What an import hands its records to: a RecordWriter on the page, or one in the import worker. */
export interface RecordSink {
  push(file: string, records: readonly ParsedRecord[]): void;
  /** Resolves once everything pushed so far is stored; rejects if a write failed. */
  flush(): Promise<void>;
  /** Counts per file name, of what has been written so far. */
  readonly counts: ReadonlyMap<string, BatchCounts>;
  readonly stored: number;
  /** Lets go of what the sink holds (a worker); pushing afterwards is an error. */
  close(): void;
}

export interface WriterTuning {
  /** Records per transaction. */
  maxBatch: number;
  /** Records put per step inside a transaction (see putRecords). */
  writeSlice: number;
  /** Give the UI a turn between two transactions. */
  yieldBetween: boolean;
}

/**
 * On the page: bulkPut clones every record on the main thread, so a transaction must stay
 * small enough to never hold the UI for long (~250 real records ≈ 1-2 MB).
 */
export const PAGE_TUNING: WriterTuning = { maxBatch: 250, writeSlice: WRITE_SLICE, yieldBetween: true };

export class RecordWriter implements RecordSink {
  private readonly queue: { file: string; records: readonly ParsedRecord[] }[] = [];
  private running: Promise<void> | null = null;
  private failure: unknown = null;
  readonly counts = new Map<string, BatchCounts>();
  stored = 0;

  constructor(
    private readonly db: LibrarianDatabase,
    private readonly onWritten: (stored: number, file: string) => void = () => {},
    /** Called once, on the first failed write (the rest of the import is pointless then). */
    private readonly onFailed: (error: unknown) => void = () => {},
    private readonly tuning: WriterTuning = PAGE_TUNING,
  ) {}

  push(file: string, records: readonly ParsedRecord[]): void {
    this.queue.push({ file, records });
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  async flush(): Promise<void> {
    while (this.running) await this.running;
    if (this.failure) throw this.failure;
  }

  close(): void {}

  private takeBatch(): { file: string; records: ParsedRecord[] } | null {
    const first = this.queue[0];
    if (!first) return null;
    const records: ParsedRecord[] = [];
    const { maxBatch } = this.tuning;
    while (this.queue[0]?.file === first.file && records.length + this.queue[0].records.length <= maxBatch) {
      records.push(...this.queue.shift()!.records);
    }
    if (records.length === 0) records.push(...this.queue.shift()!.records); // one oversized batch
    return { file: first.file, records };
  }

  private async run(): Promise<void> {
    for (let batch = this.takeBatch(); batch; batch = this.takeBatch()) {
      try {
        const written = await importParsedBatch(this.db, batch.records, Date.now(), this.tuning.writeSlice);
        this.counts.set(batch.file, addCounts(this.counts.get(batch.file) ?? emptyCounts(), written));
        this.stored += batch.records.length;
        this.onWritten(this.stored, batch.file);
      } catch (error) {
        if (this.failure === null) this.onFailed(error);
        this.failure ??= error;
        this.queue.length = 0;
      }
      if (this.tuning.yieldBetween) await yieldToUi();
    }
  }
}
