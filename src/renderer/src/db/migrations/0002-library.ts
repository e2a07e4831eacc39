import type { Dexie } from 'dexie';

/**
 * v2: the library. Records keep the parser's layer and the librarian's corrections apart
 * (see src/shared/library.ts); imports is the import history; edits is each record's history.
 */
export function migration0002(db: Dexie): void {
  db.version(2).stores({
    settings: 'key',
    records: 'id, status, extracted.kind, *tags, updatedAt, needsLook',
    imports: '++id, sha256, at',
    edits: '++id, recordId, at',
  });
}
