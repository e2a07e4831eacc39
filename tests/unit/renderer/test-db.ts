/** Libraries in fake IndexedDB for renderer unit tests, each deleted after its test. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { LibrarianDatabase } from '../../../src/renderer/src/db/database';

let n = 0;
const opened: LibrarianDatabase[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A unique database name, for tests that first create an older schema under it. */
export const freshName = (prefix: string) => `${prefix}-${n++}`;

/** Opens the current schema under `name` (a fresh one by default); deleted after the test. */
export async function openLibrary(name = freshName('library')): Promise<LibrarianDatabase> {
  const db = new LibrarianDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}
