/**
 * Reads every stored post again with the app's current parser (api.reparsePosts, off the UI
 * thread) and merges the new readings exactly as an import does (importParsedBatch →
 * mergeParsed): the parser layer is replaced where the reading changed; corrections, status,
 * tags and notes are never touched; a value that changed under a correction or a review flags
 * the record for a look. Posts are read again from the text stored with each record, so no dump
 * is needed. Batches of REPARSE_BATCH; cancellable between two batches.
 */
import { REPARSE_BATCH } from '@shared/api';
import type { LibrarianApi } from '@shared/api';
import type { LibraryRecord } from '@shared/library';
import type { LibrarianDatabase } from '../../db/database';
import { importParsedBatch } from '../../db/import-batch';

export interface ReparseProgress {
  /** Records read again so far, of `total`. */
  done: number;
  total: number;
  /** Records whose parser layer changed. */
  updated: number;
  /** Records newly flagged for a look (a changed value under a correction or a review). */
  flagged: number;
}

export interface ReparseOutcome extends ReparseProgress {
  cancelled: boolean;
}

export async function reparseLibrary(
  database: LibrarianDatabase,
  service: Pick<LibrarianApi, 'reparsePosts'>,
  options: { signal?: AbortSignal; onProgress?: (progress: ReparseProgress) => void } = {},
): Promise<ReparseOutcome> {
  const ids = (await database.records.toCollection().primaryKeys()) as string[];
  const progress: ReparseProgress = { done: 0, total: ids.length, updated: 0, flagged: 0 };
  options.onProgress?.({ ...progress });
  for (let i = 0; i < ids.length; i += REPARSE_BATCH) {
    if (options.signal?.aborted) return { ...progress, cancelled: true };
    const slice = ids.slice(i, i + REPARSE_BATCH);
    const records = (await database.records.bulkGet(slice)).filter((r): r is LibraryRecord => !!r);
    if (records.length > 0) {
      const reparsed = await service.reparsePosts({
        posts: records.map(({ extracted }) => ({ text: extracted.text, source: extracted.source })),
      });
      const flaggedBefore = new Set(records.filter((r) => r.needsLook).map((r) => r.id));
      const counts = await importParsedBatch(database, reparsed);
      progress.updated += counts.updated;
      const rows = await database.rows.bulkGet(records.map((r) => r.id));
      progress.flagged += rows.filter((row) => row?.needsLook && !flaggedBefore.has(row.id)).length;
    }
    progress.done += slice.length;
    options.onProgress?.({ ...progress });
  }
  return { ...progress, cancelled: false };
}
