import type { Dexie, Transaction } from 'dexie';
import type { LibraryRecord } from '@shared/library';
import { toReviewRow } from '../../features/review/review-row';

/** Records read per step while the upgrade fills `rows`: bounded memory at 100 000 records. */
const UPGRADE_CHUNK = 2000;

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
    .upgrade(async (tx: Transaction) => {
      const records = tx.table<LibraryRecord, string>('records');
      const rows = tx.table('rows');
      let lastId: string | null = null;
      for (;;) {
        const after: string | null = lastId;
        const chunk: LibraryRecord[] = await (
          after === null
            ? records.limit(UPGRADE_CHUNK)
            : records.where(':id').above(after).limit(UPGRADE_CHUNK)
        ).toArray();
        if (chunk.length === 0) break;
        await rows.bulkPut(chunk.map(toReviewRow));
        lastId = chunk.at(-1)!.id;
      }
    });
}
