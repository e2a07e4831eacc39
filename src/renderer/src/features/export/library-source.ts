/**
 * The records an export reads: the chosen ids' stored bundle lines (db/bundle-lines.ts), and
 * for any record without one, the record itself.
 */
import { itemOfLine, itemOfRecord, lazyMap } from '@shared/bundle/export';
import type { ExportItem, ExportPhase, RecordSource } from '@shared/bundle/export';
import type { LibraryRecord } from '@shared/library';
import { compactLines, findLines, restoreLines, worthCompacting } from '../../db/bundle-lines';
import { db } from '../../db/database';

export type RunPhase = 'read' | ExportPhase | 'save';
export interface RunProgress {
  phase: RunPhase;
  done: number;
  total: number;
}

const decoder = new TextDecoder();

/** Records read whole per request, for those with no stored line. */
const LOAD_CHUNK = 2000;
/** Items handed to the pipeline per chunk. */
const ITEM_CHUNK = 5000;

/**
 * The chosen records as export items, in id (canonical) order: their stored lines, and for any
 * record without one, the record itself read whole (its line is stored again afterwards, and
 * the segments compacted when superseded lines outnumber current ones: `afterwards`).
 */
export function librarySource(
  ids: readonly string[],
  onRead: (progress: RunProgress) => void = () => {},
): RecordSource & { afterwards: () => Promise<void> } {
  const wanted = new Set(ids);
  let maintenance: () => Promise<void> = async () => {};
  async function* chunks(): AsyncGenerator<Iterable<ExportItem>> {
    // Progress in segments read (a few hundred records each).
    const segmentTotal = await db.bundleLines.count();
    let segments = 0;
    onRead({ phase: 'read', done: 0, total: segmentTotal });
    const found = await findLines(db, wanted, (n) => {
      segments += n;
      onRead({ phase: 'read', done: segments, total: Math.max(segments, segmentTotal) });
    });
    // A stored line, or the item of a record that had none (built from it, not parsed back).
    const lines: Map<string, Uint8Array | ExportItem> = found.lines;
    const missing = [...wanted].filter((id) => !lines.has(id));
    for (let i = 0; i < missing.length; i += LOAD_CHUNK) {
      const records = await db.records.bulkGet(missing.slice(i, i + LOAD_CHUNK));
      for (const record of records.filter((r): r is LibraryRecord => r !== undefined))
        lines.set(record.id, itemOfRecord(record));
      onRead({ phase: 'read', done: Math.min(i + LOAD_CHUNK, missing.length), total: missing.length });
    }
    maintenance = async () => {
      await restoreLines(db, missing);
      if (worthCompacting(found)) await compactLines(db);
    };
    // Records deleted meanwhile have neither a line nor a record: they are not exported.
    const sorted = [...lines.keys()].sort();
    // Each line decoded and parsed only as the pipeline takes it (it yields to the UI between chunks).
    const item = (line: Uint8Array | ExportItem) =>
      line instanceof Uint8Array ? itemOfLine(decoder.decode(line), line) : line;
    for (let i = 0; i < sorted.length; i += ITEM_CHUNK)
      yield lazyMap(sorted.slice(i, i + ITEM_CHUNK), (id) => item(lines.get(id)!));
  }
  return { total: wanted.size, chunks: chunks(), afterwards: () => maintenance() };
}
