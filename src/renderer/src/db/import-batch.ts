/**
 * Stores one batch of parsed posts: one read-write transaction that looks up what the library
 * already knows (by content id, then by post key), merges, and writes only what changed.
 */
import type { LibraryRecord } from '@shared/library';
import type { ParsedRecord } from '@shared/record';
import { recordTables } from './database';
import type { LibrarianDatabase } from './database';
import { mergeParsed } from './merge';
import type { MergeOutcome } from './merge';
import type { PostVersionRow } from './migrations/0003-versions';
import { postKey } from './post-identity';
import { putRecords } from './write-records';

export interface BatchCounts {
  new: number;
  unchanged: number;
  updated: number;
  /** Non-incident posts (kind 'other'); they are stored too, and counted in new/unchanged/updated. */
  others: number;
  warnings: number;
}

export const emptyCounts = (): BatchCounts => ({ new: 0, unchanged: 0, updated: 0, others: 0, warnings: 0 });

export function addCounts(a: BatchCounts, b: BatchCounts): BatchCounts {
  return {
    new: a.new + b.new,
    unchanged: a.unchanged + b.unchanged,
    updated: a.updated + b.updated,
    others: a.others + b.others,
    warnings: a.warnings + b.warnings,
  };
}

export async function importParsedBatch(
  db: LibrarianDatabase,
  batch: readonly ParsedRecord[],
  now = Date.now(),
  /** Records put per step (see putRecords). */
  writeSlice?: number,
): Promise<BatchCounts> {
  const counts = emptyCounts();
  if (batch.length === 0) return counts;
  await db.transaction('rw', [...recordTables(db), db.versions], async () => {
    const versions = new Map<string, PostVersionRow>();
    for (const row of await db.versions.bulkGet(batch.map((p) => p.id)))
      if (row) versions.set(row.contentId, row);

    const recordByKey = new Map<string, string>();
    const unknownKeys = [
      ...new Set(batch.filter((p) => !versions.has(p.id)).flatMap((p) => postKey(p) ?? [])),
    ];
    if (unknownKeys.length > 0)
      for (const row of await db.versions.where('postKey').anyOf(unknownKeys).toArray())
        if (row.postKey) recordByKey.set(row.postKey, row.recordId);

    const recordIdOf = (p: ParsedRecord, key: string | null) =>
      versions.get(p.id)?.recordId ?? (key ? recordByKey.get(key) : undefined);
    const wanted = [...new Set(batch.flatMap((p) => recordIdOf(p, postKey(p)) ?? []))];
    const working = new Map<string, LibraryRecord>();
    for (const record of await db.records.bulkGet(wanted)) if (record) working.set(record.id, record);

    const changed = new Map<string, LibraryRecord>();
    const newVersions: PostVersionRow[] = [];
    for (const parsed of batch) {
      const key = postKey(parsed);
      const knownRow = versions.get(parsed.id);
      const recordId = recordIdOf(parsed, key);
      const existing = recordId === undefined ? undefined : working.get(recordId);
      const result = mergeParsed(existing, parsed, knownRow !== undefined, now);
      count(counts, result.outcome, parsed);
      if (result.changed) {
        working.set(result.record.id, result.record);
        changed.set(result.record.id, result.record);
      }
      if (!knownRow) {
        const row = { contentId: parsed.id, recordId: result.record.id, postKey: key };
        versions.set(parsed.id, row);
        if (key) recordByKey.set(key, row.recordId);
        newVersions.push(row);
      }
    }
    if (changed.size > 0) await putRecords(db, [...changed.values()], writeSlice);
    if (newVersions.length > 0) await db.versions.bulkPut(newVersions);
  });
  return counts;
}

function count(counts: BatchCounts, outcome: MergeOutcome, parsed: ParsedRecord) {
  counts[outcome]++;
  if (parsed.kind === 'other') counts.others++;
  counts.warnings += parsed.warnings.length;
}
