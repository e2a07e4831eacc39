/**
 * The local library in IndexedDB. The schema's history is one numbered migration per file in
 * ./migrations; a change adds a new version there and never edits an old one.
 */
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { EditEntry, ImportEntry, LibraryRecord } from '@shared/library';
import { migration0001 } from './migrations/0001-settings';
import { migration0002 } from './migrations/0002-library';
import { migration0003 } from './migrations/0003-versions';
import type { PostVersionRow } from './migrations/0003-versions';
import { migration0004 } from './migrations/0004-review-rows';
import { migration0005 } from './migrations/0005-bundle-lines';
import type { BundleLineSegment } from './bundle-lines';
import type { ReviewRow } from '../features/review/review-row';

export const DATABASE_NAME = 'incident-librarian';

export interface SettingRow {
  key: string;
  value: unknown;
}

export class LibrarianDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  records!: EntityTable<LibraryRecord, 'id'>;
  imports!: EntityTable<ImportEntry, 'id'>;
  edits!: EntityTable<EditEntry, 'id'>;
  versions!: EntityTable<PostVersionRow, 'contentId'>;
  /** Each record's review row, written with it (write-records.ts). */
  rows!: EntityTable<ReviewRow, 'id'>;
  /** Each record's bundle line, written with it (bundle-lines.ts). */
  bundleLines!: EntityTable<BundleLineSegment, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const migrate of [migration0001, migration0002, migration0003, migration0004, migration0005])
      migrate(this);
  }
}

export const db = new LibrarianDatabase();

/**
 * The tables every write of records touches (see write-records.ts): a transaction that writes
 * records opens all of them, e.g. `db.transaction('rw', [...recordTables(db), db.edits], …)`.
 */
export const recordTables = (database: LibrarianDatabase) =>
  [database.records, database.rows, database.bundleLines] as const;

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function putSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
