/**
 * The one way records are written: each record together with its review row (see
 * migrations/0004-review-rows.ts), in one transaction, so `rows` never disagrees with
 * `records`. Inside a caller's transaction it joins it (which must then include `rows`:
 * Dexie refuses otherwise, so a write path cannot forget the rows).
 */
import type { LibraryRecord } from '@shared/library';
import { toReviewRow } from '../features/review/review-row';
import type { LibrarianDatabase } from './database';

export async function putRecords(db: LibrarianDatabase, records: readonly LibraryRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.transaction('rw', db.records, db.rows, async () => {
    await Promise.all([
      db.records.bulkPut(records as LibraryRecord[]),
      db.rows.bulkPut(records.map(toReviewRow)),
    ]);
  });
}
