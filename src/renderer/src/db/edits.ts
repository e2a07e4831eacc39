/**
 * The librarian's edits. Every change of a field, the status, the tags or the note is written
 * together with its EditEntry (old, new, when) in one transaction; undo and redo are edits too,
 * so the history in `edits` is append-only and complete.
 */
import type { EditEntry, LibraryRecord } from '@shared/library';
import { EDITABLE_FIELDS } from '@shared/record';
import type { EditableField } from '@shared/record';
import { recordTables } from './database';
import type { LibrarianDatabase } from './database';
import { extractedValue } from '@shared/library';
import { sameValue } from './values';
import { putRecords } from './write-records';

export type EditTarget = EditEntry['field'];

export interface FieldChange {
  recordId: string;
  field: EditTarget;
  value: unknown;
}

export const isEditableField = (field: EditTarget): field is EditableField =>
  (EDITABLE_FIELDS as readonly string[]).includes(field);

/** The value a change replaces: the effective value for fields, the record's own otherwise. */
export function currentValue(record: LibraryRecord, field: EditTarget): unknown {
  if (!isEditableField(field)) return record[field];
  const corrected = record.corrections[field];
  return corrected !== undefined ? corrected : extractedValue(record.extracted, field);
}

/**
 * Applies one change to a record (pure). A field set back to the parser's value is no longer
 * a correction, so a later, better parse can still reach it. Accepting a record (reviewed)
 * clears needsLook: the librarian has looked.
 */
export function applyChange(
  record: LibraryRecord,
  field: EditTarget,
  value: unknown,
  now: number,
): LibraryRecord {
  if (isEditableField(field)) {
    const corrections = { ...record.corrections } as Record<string, unknown>;
    if (sameValue(value, extractedValue(record.extracted, field))) delete corrections[field];
    else corrections[field] = value;
    return { ...record, corrections, updatedAt: now };
  }
  const next = { ...record, [field]: value, updatedAt: now } as LibraryRecord;
  if (field === 'status' && value === 'reviewed') next.needsLook = false;
  return next;
}

/** Applies changes in one transaction; returns the entries of those that changed something. */
export async function applyChanges(
  db: LibrarianDatabase,
  changes: readonly FieldChange[],
  now = Date.now(),
): Promise<EditEntry[]> {
  return db.transaction('rw', [...recordTables(db), db.edits], async () => {
    const ids = [...new Set(changes.map((c) => c.recordId))];
    const records = new Map<string, LibraryRecord>();
    for (const record of await db.records.bulkGet(ids)) if (record) records.set(record.id, record);
    const entries: EditEntry[] = [];
    for (const change of changes) {
      const record = records.get(change.recordId);
      if (!record) continue;
      const old = currentValue(record, change.field);
      if (sameValue(old, change.value)) continue;
      records.set(record.id, applyChange(record, change.field, change.value, now));
      entries.push({ recordId: record.id, field: change.field, old, new: change.value, at: now });
    }
    if (entries.length === 0) return [];
    await putRecords(
      db,
      [...new Set(entries.map((e) => e.recordId))].map((id) => records.get(id)!),
    );
    const keys = await db.edits.bulkAdd(entries, { allKeys: true });
    return entries.map((entry, i) => ({ ...entry, id: keys[i] as number }));
  });
}

/** The changes that undo a group of entries (latest first), or redo it. */
export const undoChanges = (group: readonly EditEntry[]): FieldChange[] =>
  [...group].reverse().map((e) => ({ recordId: e.recordId, field: e.field, value: e.old }));
export const redoChanges = (group: readonly EditEntry[]): FieldChange[] =>
  group.map((e) => ({ recordId: e.recordId, field: e.field, value: e.new }));
