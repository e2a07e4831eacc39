/**
 * The one way records are written: each record together with its review row (see
 * migrations/0004-review-rows.ts) and its bundle line (bundle-lines.ts), in one transaction, so
 * `rows` and `bundleLines` never disagree with `records`. Inside a caller's transaction it joins
 * it (which must then include recordTables(db): Dexie refuses otherwise, so a write path cannot
 * forget one).
 */
import type { LibraryRecord } from '@shared/library';
import { toReviewRow } from '../features/review/review-row';
import { bundleLine } from '@shared/bundle/export';
import { segmentsOfLines } from './bundle-lines';
import { recordTables } from './database';
import type { LibrarianDatabase } from './database';

/**
 * Records put per step. Each put clones its object on the main thread; waiting for one slice's
 * requests before cloning the next gives the browser a turn (paint, input) in between, while
 * the transaction stays open (it has requests in flight until the last slice). 25 keeps the
 * longest step under the 100 ms stall target on this 2-core machine under load (50 measured
 * 117-189 ms; review bench, 50 000 records: 71 ms, import at 58 % of a plain bulkPut).
 */
export const WRITE_SLICE = 25;

/**
 * `slice`: records put per step (WRITE_SLICE on the page; a worker, which has no UI to keep
 * responsive, puts a whole batch at once).
 */
export async function putRecords(
  db: LibrarianDatabase,
  records: readonly LibraryRecord[],
  slice = WRITE_SLICE,
): Promise<void> {
  if (records.length === 0) return;
  await db.transaction('rw', [...recordTables(db)], async () => {
    // Each slice's bundle lines are made with its puts, so no step serialises the whole batch.
    const lines: string[] = [];
    const step = Math.max(1, slice);
    for (let i = 0; i < records.length; i += step) {
      const part = records.slice(i, i + step);
      const written = Promise.all([db.records.bulkPut(part), db.rows.bulkPut(part.map(toReviewRow))]);
      for (const record of part) lines.push(bundleLine(record));
      await written;
    }
    await db.bundleLines.bulkAdd(
      segmentsOfLines(
        records.map((r) => r.id),
        (i) => lines[i]!,
      ),
    );
  });
}
