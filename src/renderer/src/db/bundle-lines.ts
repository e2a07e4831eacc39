/**
 * Every record's bundle line (its canonical JSON as a bundle record), kept ready for export.
 *
 * Why: reading 100 000 whole records back out of IndexedDB took over 20 s in Chromium, far
 * more than building the bundle, and measured bound by the number and size of the values
 * read, not by requests. So each write of records (write-records.ts) also stores their lines,
 * UTF-8 encoded, a few hundred to a segment: an export then reads a few hundred byte arrays
 * (a byte array comes out of IndexedDB at memcpy speed; strings and object graphs do not).
 *
 * Segments are append-only and the newest wins: every segment is written in a transaction
 * that also writes (or reads) the records it holds, so for each id the line in the segment
 * with the highest key is that record's current state. A record with no line (a format
 * change, a segment lost) is read whole instead and its line written again.
 */
import { bundleLine } from '@shared/bundle/export';
import { BUNDLE_VERSION } from '@shared/bundle/format';
import type { LibraryRecord } from '@shared/library';
import type { LibrarianDatabase } from './database';

/**
 * Changes whenever toBundleRecord's output does: segments of another format are ignored and
 * dropped by the next compaction, so an app update never exports a stale line.
 */
export const BUNDLE_LINE_FORMAT = `${BUNDLE_VERSION}.1`;

/** Lines per segment: large enough that per-value overhead vanishes, small enough to write often. */
export const SEGMENT_SIZE = 500;

export interface BundleLineSegment {
  /** Auto-incremented: the order segments were written in. */
  key?: number;
  format: string;
  /** The records' ids, in the order of the lines in `data`. */
  ids: string[];
  /** The lines, UTF-8, separated by '\n' (JSON text never contains a raw newline). */
  data: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const segmentOf = (ids: string[], lines: readonly string[]): BundleLineSegment => ({
  format: BUNDLE_LINE_FORMAT,
  ids,
  data: encoder.encode(lines.join('\n')),
});

/** Segments of SEGMENT_SIZE lines, in the given order. */
export function segmentsOfLines(
  ids: readonly string[],
  lineOf: (index: number) => string,
): BundleLineSegment[] {
  const segments: BundleLineSegment[] = [];
  for (let i = 0; i < ids.length; i += SEGMENT_SIZE) {
    const slice = ids.slice(i, i + SEGMENT_SIZE);
    segments.push(
      segmentOf(
        slice,
        slice.map((_, j) => lineOf(i + j)),
      ),
    );
  }
  return segments;
}

export const segmentsOf = (records: readonly LibraryRecord[]): BundleLineSegment[] =>
  segmentsOfLines(
    records.map((r) => r.id),
    (i) => bundleLine(records[i]!),
  );

export const linesOf = (segment: BundleLineSegment): string[] => decoder.decode(segment.data).split('\n');

/** Segments read per request when reading them all: bounded memory per step, few requests. */
const READ_CHUNK = 40;
/** Per request when the UI must keep painting (an export): ~6 MB, deserialised on the page's thread. */
export const SMALL_READ_CHUNK = 10;

/**
 * Every segment, oldest first, a chunk at a time (read inside the caller's transaction when
 * there is one). Callers skip segments of another format than BUNDLE_LINE_FORMAT.
 */
export async function* allSegments(
  db: LibrarianDatabase,
  perRequest = READ_CHUNK,
): AsyncGenerator<BundleLineSegment[]> {
  let after = -Infinity;
  for (;;) {
    const chunk = await db.bundleLines.where('key').above(after).limit(perRequest).toArray();
    if (chunk.length === 0) return;
    after = chunk.at(-1)!.key!;
    yield chunk;
  }
}

/**
 * Writes the lines of these records again, from the records as they are now (in one
 * transaction with the read, so the newest-wins rule holds). For records that had no line.
 */
export async function restoreLines(db: LibrarianDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', db.records, db.bundleLines, async () => {
    const records = (await db.records.bulkGet([...ids])).filter((r): r is LibraryRecord => r !== undefined);
    await db.bundleLines.bulkAdd(segmentsOf(records));
  });
}

/**
 * Rewrites the segments with only the current lines, in id order, when superseded lines have
 * come to outnumber them (a newer parser over the whole library, repeated imports of updated
 * dumps). One transaction: writes of records wait for it, and none can slip in between.
 */
export async function compactLines(db: LibrarianDatabase): Promise<{ before: number; after: number }> {
  return db.transaction('rw', db.bundleLines, async () => {
    const keys: number[] = [];
    const current = new Map<string, string>();
    let before = 0;
    for await (const chunk of allSegments(db)) {
      for (const segment of chunk) {
        keys.push(segment.key!);
        before += segment.ids.length;
        if (segment.format !== BUNDLE_LINE_FORMAT) continue;
        const text = linesOf(segment);
        segment.ids.forEach((id, i) => current.set(id, text[i]!));
      }
    }
    const ids = [...current.keys()].sort();
    await db.bundleLines.bulkDelete(keys);
    await db.bundleLines.bulkAdd(segmentsOfLines(ids, (i) => current.get(ids[i]!)!));
    return { before, after: ids.length };
  });
}

/** Whether a lookup found enough dead lines to make compaction worth its one long transaction. */
export const worthCompacting = ({ dead, stored }: { dead: number; stored: number }): boolean =>
  dead > 2000 && dead * 2 > stored;
