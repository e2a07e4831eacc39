/**
 * The records an export reads: the chosen ids' stored bundle lines (db/bundle-lines.ts), and
 * for any record without one, the record itself.
 */
import { bundleLine } from '@shared/bundle/export';
import type { ExportPhase } from '@shared/bundle/export';
import type { LibraryRecord } from '@shared/library';
import { compactLines, findLines, restoreLines, worthCompacting } from '../../db/bundle-lines';
import { db } from '../../db/database';

export type RunPhase = 'read' | ExportPhase | 'save';
export interface RunProgress {
  phase: RunPhase;
  done: number;
  total: number;
}

/** Records read whole per request, for those with no stored line. */
const LOAD_CHUNK = 2000;

export interface Selection {
  /** Each chosen record's canonical line as UTF-8, in id (canonical) order. */
  lines: Uint8Array[];
  /**
   * Upkeep once the export is done: lines written again for records that had none, and the
   * segments compacted when superseded lines outnumber current ones.
   */
  afterwards: () => Promise<void>;
}

/**
 * The chosen records' lines. Ids that are in the library no more (deleted meanwhile) have
 * neither a line nor a record: they are not exported.
 */
export async function readSelection(
  ids: readonly string[],
  onRead: (progress: RunProgress) => void = () => {},
): Promise<Selection> {
  const wanted = new Set(ids);
  // Progress in segments read (a few hundred records each).
  const segmentTotal = await db.bundleLines.count();
  let segments = 0;
  onRead({ phase: 'read', done: 0, total: segmentTotal });
  const found = await findLines(db, wanted, (n) => {
    segments += n;
    onRead({ phase: 'read', done: segments, total: Math.max(segments, segmentTotal) });
  });
  const lines = found.lines;
  const missing = [...wanted].filter((id) => !lines.has(id));
  const encoder = new TextEncoder();
  for (let i = 0; i < missing.length; i += LOAD_CHUNK) {
    const records = await db.records.bulkGet(missing.slice(i, i + LOAD_CHUNK));
    for (const record of records.filter((r): r is LibraryRecord => r !== undefined))
      lines.set(record.id, encoder.encode(bundleLine(record)));
    onRead({ phase: 'read', done: Math.min(i + LOAD_CHUNK, missing.length), total: missing.length });
  }
  return {
    lines: [...lines.keys()].sort().map((id) => lines.get(id)!),
    afterwards: async () => {
      await restoreLines(db, missing);
      if (worthCompacting(found)) await compactLines(db);
    },
  };
}
