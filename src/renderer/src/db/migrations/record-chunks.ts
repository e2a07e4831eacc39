import type { Transaction } from 'dexie';
import type { LibraryRecord } from '@shared/library';

/** Records read per step while an upgrade derives a table from them: bounded memory at 100 000. */
const UPGRADE_CHUNK = 2000;

/**
 * Every stored record, in id order, a chunk at a time, for upgrades that fill a derived table
 * (rows, bundle lines) inside their version-change transaction. Kept stable: old migrations use it.
 */
export async function forEachRecordChunk(
  tx: Transaction,
  write: (chunk: LibraryRecord[]) => Promise<unknown>,
): Promise<void> {
  const records = tx.table<LibraryRecord, string>('records');
  let lastId: string | null = null;
  for (;;) {
    const after: string | null = lastId;
    const chunk: LibraryRecord[] = await (
      after === null ? records.limit(UPGRADE_CHUNK) : records.where(':id').above(after).limit(UPGRADE_CHUNK)
    ).toArray();
    if (chunk.length === 0) return;
    await write(chunk);
    lastId = chunk.at(-1)!.id;
  }
}
