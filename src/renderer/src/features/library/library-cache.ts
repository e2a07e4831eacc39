/**
 * The library as review rows, in memory: loaded once in chunks (the UI stays responsive and
 * the list shows after the first chunk), then kept in step with IndexedDB by watching the
 * records' updatedAt index, so writes from any feature show up without reloading 100 000 rows.
 */
import { liveQuery } from 'dexie';
import { create } from 'zustand';
import type { LibraryRecord } from '@shared/library';
import { db } from '../../db/database';
import { toReviewRow } from '../review/review-row';
import type { ReviewRow } from '../review/review-row';
import { yieldToUi } from './yield';

/** Small first chunk: the list shows quickly; bigger ones after it for throughput. */
const FIRST_CHUNK = 300;
const LOAD_CHUNK = 2000;
/** Between two syncs, so a running import is not slowed by re-reading what it just wrote. */
const SYNC_INTERVAL_MS = 400;

interface LibraryCacheState {
  status: 'idle' | 'loading' | 'ready';
  rows: readonly ReviewRow[];
  /** Records in the database, as last counted (the list may still be loading). */
  total: number;
  /** Starts loading and watching the library; later calls do nothing. */
  ensureLoaded(): void;
  /** Re-reads these records now (after an edit), instead of waiting for the watcher. */
  refresh(ids: readonly string[]): Promise<void>;
}

let syncedUpTo = 0;
let syncing: Promise<void> | null = null;
let syncAgain = false;

function upsert(rows: readonly ReviewRow[], records: readonly LibraryRecord[]): ReviewRow[] {
  const next = [...rows];
  const index = new Map(next.map((row, i) => [row.id, i]));
  for (const record of records) {
    const row = toReviewRow(record);
    const at = index.get(record.id);
    if (at === undefined) {
      index.set(record.id, next.length);
      next.push(row);
    } else next[at] = row;
    syncedUpTo = Math.max(syncedUpTo, record.updatedAt);
  }
  return next;
}

export const useLibraryCache = create<LibraryCacheState>((set, get) => {
  async function loadAll() {
    set({ status: 'loading', rows: [], total: await db.records.count() });
    syncedUpTo = 0;
    const rows: ReviewRow[] = [];
    let lastId: string | null = null;
    let published = 0;
    for (let chunkSize = FIRST_CHUNK; ; chunkSize = LOAD_CHUNK) {
      const after: string | null = lastId;
      const chunk: LibraryRecord[] = await (
        after === null ? db.records.limit(chunkSize) : db.records.where(':id').above(after).limit(chunkSize)
      ).toArray();
      for (const record of chunk) {
        rows.push(toReviewRow(record));
        syncedUpTo = Math.max(syncedUpTo, record.updatedAt);
      }
      if (chunk.length === 0) break;
      lastId = chunk.at(-1)!.id;
      // Publish the first chunk at once, then each time the list doubles: every publication
      // re-sorts the list, so this keeps the total sorting work near that of one final sort.
      if (published === 0 || rows.length >= published * 2) {
        published = rows.length;
        set({ rows: [...rows] });
      }
      await yieldToUi();
    }
    set({ rows: [...rows], status: 'ready' });
  }

  async function syncChanges() {
    // Many records can share one updatedAt (one import batch): read only those whose
    // updatedAt differs from what the list has, by scanning index keys first.
    const since = () => db.records.where('updatedAt').aboveOrEqual(syncedUpTo);
    const [stamps, ids] = await Promise.all([since().keys(), since().primaryKeys()]);
    const known = new Map(get().rows.map((row) => [row.id, row.updatedAt]));
    const stale = ids.filter((id, i) => known.get(id) !== stamps[i]);
    const changed = (await db.records.bulkGet(stale)).filter((r): r is LibraryRecord => r !== undefined);
    const rows = changed.length > 0 ? upsert(get().rows, changed) : get().rows;
    const total = await db.records.count();
    if (rows.length !== total) return loadAll(); // records were deleted
    set({ rows, total });
  }

  function requestSync() {
    if (get().status !== 'ready') return;
    if (syncing) {
      syncAgain = true;
      return;
    }
    syncing = (async () => {
      do {
        syncAgain = false;
        await syncChanges();
        await new Promise((resolve) => setTimeout(resolve, SYNC_INTERVAL_MS));
      } while (syncAgain);
    })().finally(() => {
      syncing = null;
    });
  }

  return {
    status: 'idle',
    rows: [],
    total: 0,
    ensureLoaded() {
      if (get().status !== 'idle') return;
      void loadAll().then(() => {
        const watch = liveQuery(async () => ({
          count: await db.records.count(),
          latest: (await db.records.orderBy('updatedAt').reverse().limit(1).keys())[0],
        }));
        watch.subscribe({
          next: requestSync,
          error: (error) => console.error('library watch failed', error),
        });
      });
    },
    async refresh(ids) {
      if (get().status === 'idle') return;
      const records = (await db.records.bulkGet([...ids])).filter((r): r is LibraryRecord => r !== undefined);
      set({ rows: upsert(get().rows, records) });
    },
  };
});
