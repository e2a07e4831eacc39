import type { Dexie, Transaction } from 'dexie';
import type { LibraryRecord } from '@shared/library';
import { segmentsOf } from '../bundle-lines';

/** Records read per step while the upgrade fills `bundleLines`: bounded memory at 100 000 records. */
const UPGRADE_CHUNK = 2000;

/**
 * v5: `bundleLines` keeps every record's bundle line, a segment of lines per write (see
 * ../bundle-lines.ts), so an export reads a few hundred byte arrays instead of every whole
 * record. Existing records get their lines here, in id order.
 */
export function migration0005(db: Dexie): void {
  db.version(5)
    .stores({ bundleLines: '++key' })
    .upgrade(async (tx: Transaction) => {
      const records = tx.table<LibraryRecord, string>('records');
      const lines = tx.table('bundleLines');
      let lastId: string | null = null;
      for (;;) {
        const after: string | null = lastId;
        const chunk: LibraryRecord[] = await (
          after === null
            ? records.limit(UPGRADE_CHUNK)
            : records.where(':id').above(after).limit(UPGRADE_CHUNK)
        ).toArray();
        if (chunk.length === 0) break;
        await lines.bulkAdd(segmentsOf(chunk));
        lastId = chunk.at(-1)!.id;
      }
    });
}
