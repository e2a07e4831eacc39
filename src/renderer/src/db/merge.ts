/**
 * Merging a parsed post into the library: pure functions, no database.
 *
 * Rules (see post-identity.ts for how the same post is recognised):
 * - A post never seen: a new draft record.
 * - The same post again (same content id, same extraction or an older parser): unchanged; the
 *   dump is added to the record's sources.
 * - The same text read differently by a parser no older than the stored one, or a newer version of the post: the parser layer
 *   (`extracted`) is replaced; corrections, status, tags and note are never touched.
 * - An older version of the post imported again: unchanged (a record never goes back).
 * - Where an extracted value changes under a correction, or under a record already reviewed,
 *   `needsLook` is set so the librarian looks again. Only the librarian clears it.
 */
import type { LibraryRecord } from '@shared/library';
import { EDITABLE_FIELDS } from '@shared/record';
import type { ParsedRecord, Source } from '@shared/record';
import { extractedValue, newLibraryRecord } from '@shared/library';
import { compareVersions, sameValue } from './values';

export type MergeOutcome = 'new' | 'unchanged' | 'updated';

export interface MergeResult {
  record: LibraryRecord;
  outcome: MergeOutcome;
  /** False when the stored record needs no write. */
  changed: boolean;
}

const sameSource = (a: Source, b: Source) =>
  a.sha256 === b.sha256 && a.startLine === b.startLine && a.file === b.file;

export function withSource(sources: Source[], source: Source): Source[] {
  return sources.some((s) => sameSource(s, source)) ? sources : [...sources, source];
}

/** The parser layer without its provenance: two dumps holding the same post compare equal. */
function sameExtraction(a: ParsedRecord, b: ParsedRecord): boolean {
  const { source: _a, ...left } = a;
  const { source: _b, ...right } = b;
  return sameValue(left, right);
}

/** Whether replacing `previous` by `next` changes a value the librarian has vouched for. */
export function changesUnderReview(
  record: LibraryRecord,
  previous: ParsedRecord,
  next: ParsedRecord,
): boolean {
  return EDITABLE_FIELDS.some((field) => {
    const before = extractedValue(previous, field);
    const after = extractedValue(next, field);
    if (sameValue(before, after)) return false;
    const correction = record.corrections[field];
    if (correction !== undefined) return !sameValue(correction, after);
    return record.status === 'reviewed';
  });
}

/**
 * Merges `incoming` into `existing` (the record it belongs to, if any). `knownVersion` tells
 * whether the library has already seen this exact content id for that record.
 */
export function mergeParsed(
  existing: LibraryRecord | undefined,
  incoming: ParsedRecord,
  knownVersion: boolean,
  now: number,
): MergeResult {
  if (!existing) return { record: newLibraryRecord(incoming, now), outcome: 'new', changed: true };

  const sources = withSource(existing.sources, incoming.source);
  const sourceAdded = sources !== existing.sources;
  const keep = (): MergeResult => ({
    record: sourceAdded ? { ...existing, sources, updatedAt: now } : existing,
    outcome: 'unchanged',
    changed: sourceAdded,
  });

  const current = existing.extracted;
  if (current.id === incoming.id) {
    // An older parser never overrides a newer one's reading of the same text.
    const olderParser = compareVersions(incoming.parserVersion, current.parserVersion) < 0;
    if (olderParser || sameExtraction(current, incoming)) return keep();
  } else if (knownVersion) {
    return keep(); // an older version of the post: never go back
  }

  const record: LibraryRecord = {
    ...existing,
    extracted: incoming,
    sources,
    needsLook: existing.needsLook || changesUnderReview(existing, current, incoming),
    updatedAt: now,
  };
  return { record, outcome: 'updated', changed: true };
}
