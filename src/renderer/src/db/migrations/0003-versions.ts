import type { Dexie, Transaction } from 'dexie';
import type { LibraryRecord } from '@shared/library';
import { postKey } from '../post-identity';

/** One content id the library has seen, and the record it belongs to. */
export interface PostVersionRow {
  /** The parser's content id of one version of a post's text. */
  contentId: string;
  /** The library record that version belongs to (its first version's content id). */
  recordId: string;
  /** See post-identity.ts; null when the post has none. */
  postKey: string | null;
}

/**
 * v3: `versions` remembers every content id seen for every record, so a re-import recognises
 * the same post (by content id) and a newer version of it (by post key), and an older version
 * imported again never reverts a record. Existing records get a row for their current version.
 */
export function migration0003(db: Dexie): void {
  db.version(3)
    .stores({ versions: 'contentId, recordId, postKey' })
    .upgrade(async (tx: Transaction) => {
      const rows: PostVersionRow[] = [];
      await tx.table<LibraryRecord, string>('records').each((record) =>
        rows.push({
          contentId: record.extracted.id,
          recordId: record.id,
          postKey: postKey(record.extracted),
        }),
      );
      await tx.table('versions').bulkPut(rows);
    });
}
