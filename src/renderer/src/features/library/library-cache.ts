/**
 * The library as review rows, in memory: loaded once in chunks from the `rows` table (small
 * objects written with each record, see db/write-records.ts; the UI stays responsive and the
 * list shows after the first chunk), then kept in step with IndexedDB by watching the rows'
 * updatedAt index, so writes from any feature show up without reloading 100 000 rows.
 * Whole records are read only when one is opened (ReviewView).
 */
import { liveQuery } from 'dexie';
import { create } from 'zustand';
import { db } from '../../db/database';
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

/**
 * Where each id sits in the published rows (`of`): rows are only replaced in place or appended,
 * so a sync during an import updates this instead of rebuilding a map of 100 000 ids.
 */
let positions: { of: readonly ReviewRow[]; index: Map<string, number> } = { of: [], index: new Map() };

function positionsOf(rows: readonly ReviewRow[]): Map<string, number> {
  if (positions.of !== rows) positions = { of: rows, index: new Map(rows.map((row, i) => [row.id, i])) };
  return positions.index;
}

function upsert(rows: readonly ReviewRow[], changed: readonly ReviewRow[]): ReviewRow[] {
  const index = positionsOf(rows);
  const next = [...rows];
  positions = { of: next, index };
  for (const row of changed) {
    const at = index.get(row.id);
    if (at === undefined) {
      index.set(row.id, next.length);
      next.push(row);
    } else next[at] = row;
    syncedUpTo = Math.max(syncedUpTo, row.updatedAt);
  }
  return next;
}

const present = (rows: readonly (ReviewRow | undefined)[]) =>
  rows.filter((r): r is ReviewRow => r !== undefined);

export const useLibraryCache = create<LibraryCacheState>((set, get) => {
  async function loadAll() {
    set({ status: 'loading', rows: [], total: await db.rows.count() });
    syncedUpTo = 0;
    const rows: ReviewRow[] = [];
    let lastId: string | null = null;
    let published = 0;
    for (let chunkSize = FIRST_CHUNK; ; chunkSize = LOAD_CHUNK) {
      const after: string | null = lastId;
      const chunk: ReviewRow[] = await (
        after === null ? db.rows.limit(chunkSize) : db.rows.where(':id').above(after).limit(chunkSize)
      ).toArray();
      for (const row of chunk) {
        rows.push(row);
        syncedUpTo = Math.max(syncedUpTo, row.updatedAt);
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
    const all = [...rows];
    positionsOf(all);
    set({ rows: all, status: 'ready' });
  }

  async function syncChanges() {
    // Many records can share one updatedAt (one import batch): read only those whose
    // updatedAt differs from what the list has, by scanning index keys first.
    const since = () => db.rows.where('updatedAt').aboveOrEqual(syncedUpTo);
    const [stamps, ids] = await Promise.all([since().keys(), since().primaryKeys()]);
    const current = get().rows;
    const index = positionsOf(current);
    const stale = ids.filter((id, i) => {
      const at = index.get(id);
      return at === undefined || current[at]!.updatedAt !== stamps[i];
    });
    const changed = present(await db.rows.bulkGet(stale));
    const rows = changed.length > 0 ? upsert(get().rows, changed) : get().rows;
    const total = await db.rows.count();
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
          count: await db.rows.count(),
          latest: (await db.rows.orderBy('updatedAt').reverse().limit(1).keys())[0],
        }));
        watch.subscribe({
          next: requestSync,
          error: (error) => console.error('library watch failed', error),
        });
      });
    },
    async refresh(ids) {
      if (get().status === 'idle') return;
      set({ rows: upsert(get().rows, present(await db.rows.bulkGet([...ids]))) });
    },
  };
});
