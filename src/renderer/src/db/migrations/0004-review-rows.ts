import type { Dexie, Transaction } from 'dexie';
import { toReviewRow } from '../../features/review/review-row';
import { forEachRecordChunk } from './record-chunks';

/**
 * v4: `rows` keeps each record's ReviewRow (what the list, its filters and search need: the
 * effective values, the normalised search text and its signature), written in the same
 * transaction as the record (see ../write-records.ts). The review list loads these small rows
 * instead of 100 000 full records; a record is read whole only when it is opened.
 * Existing records get their row here.
 */
export function migration0004(db: Dexie): void {
  db.version(4)
    .stores({ rows: 'id, updatedAt' })
    .upgrade((tx: Transaction) =>
      forEachRecordChunk(tx, (chunk) => tx.table('rows').bulkPut(chunk.map(toReviewRow))),
    );
}
