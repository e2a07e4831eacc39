/** Tagging many records at once, as one undoable action (pure: computes the changes). */
import type { FieldChange } from '../../db/edits';

export interface Tagged {
  id: string;
  tags: readonly string[];
}

export function addTagsChanges(records: readonly Tagged[], tags: readonly string[]): FieldChange[] {
  return records.flatMap((record) => {
    const next = [...record.tags, ...tags.filter((tag) => !record.tags.includes(tag))];
    return next.length === record.tags.length
      ? []
      : [{ recordId: record.id, field: 'tags' as const, value: next }];
  });
}

export function removeTagsChanges(records: readonly Tagged[], tags: readonly string[]): FieldChange[] {
  return records.flatMap((record) => {
    const next = record.tags.filter((tag) => !tags.includes(tag));
    return next.length === record.tags.length
      ? []
      : [{ recordId: record.id, field: 'tags' as const, value: next }];
  });
}
