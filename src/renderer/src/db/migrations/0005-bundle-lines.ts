import type { Dexie, Transaction } from 'dexie';
import { segmentsOf } from '../bundle-lines';
import { forEachRecordChunk } from './record-chunks';

/**
 * v5: `bundleLines` keeps every record's bundle line, a segment of lines per write (see
 * ../bundle-lines.ts), so an export reads a few hundred byte arrays instead of every whole
 * record. Existing records get their lines here, in id order.
 */
export function migration0005(db: Dexie): void {
  db.version(5)
    .stores({ bundleLines: '++key' })
    .upgrade((tx: Transaction) =>
      forEachRecordChunk(tx, (chunk) => tx.table('bundleLines').bulkAdd(segmentsOf(chunk))),
    );
}
