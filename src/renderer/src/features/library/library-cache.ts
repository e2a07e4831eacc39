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
    let rows: ReviewRow[] = [];
    let lastId: string | null = null;
    for (;;) {
      const after: string | null = lastId;
      const chunk: LibraryRecord[] = await (
        after === null ? db.records.limit(LOAD_CHUNK) : db.records.where(':id').above(after).limit(LOAD_CHUNK)
      ).toArray();
      if (chunk.length === 0) break;
      rows = upsert(rows, chunk);
      lastId = chunk.at(-1)!.id;
      set({ rows });
      await yieldToUi();
    }
    set({ status: 'ready' });
  }

  async function syncChanges() {
    const changed = await db.records.where('updatedAt').aboveOrEqual(syncedUpTo).toArray();
    const rows = upsert(get().rows, changed);
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
