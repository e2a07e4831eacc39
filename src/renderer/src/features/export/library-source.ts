/**
 * What an export reads from the library: every stored bundle-line segment (db/bundle-lines.ts),
 * and for chosen records without a line, the records themselves; and the upkeep afterwards.
 */
import { bundleLine } from '@shared/bundle/export';
import type { ExportPhase } from '@shared/bundle/export';
import type { StoredSegment } from '@shared/bundle/export-lines';
import type { LibraryRecord } from '@shared/library';
import {
  allSegments,
  compactLines,
  restoreLines,
  SMALL_READ_CHUNK,
  worthCompacting,
} from '../../db/bundle-lines';
import { db } from '../../db/database';

export type RunPhase = 'read' | ExportPhase | 'save';
export interface RunProgress {
  phase: RunPhase;
  done: number;
  total: number;
}

export { BUNDLE_LINE_FORMAT } from '../../db/bundle-lines';

/** Every stored segment, oldest first, in small chunks (each is deserialised on the page's thread). */
export const storedSegments = (): AsyncIterable<StoredSegment[]> => allSegments(db, SMALL_READ_CHUNK);

/** The lines of these records, made from the records (ids not in the library are left out). */
export async function linesOfRecords(ids: readonly string[]): Promise<Omit<StoredSegment, 'format'>> {
  const records = (await db.records.bulkGet([...ids])).filter((r): r is LibraryRecord => r !== undefined);
  return {
    ids: records.map((r) => r.id),
    data: new TextEncoder().encode(records.map(bundleLine).join('\n')),
  };
}

/**
 * Upkeep once an export has read the lines: lines written again for the records that had
 * none, and the segments compacted when superseded lines outnumber current ones.
 */
export async function keepLinesUp(lines: { dead: number; stored: number; missing: string[] }): Promise<void> {
  await restoreLines(db, lines.missing);
  if (worthCompacting(lines)) await compactLines(db);
}
