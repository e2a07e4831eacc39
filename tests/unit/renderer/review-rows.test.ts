import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshName, openLibrary } from './test-db';
import { newLibraryRecord } from '@shared/library';
import type { LibraryRecord } from '@shared/library';
import type { LibrarianDatabase } from '../../../src/renderer/src/db/database';
import { applyChanges } from '../../../src/renderer/src/db/edits';
import { importParsedBatch } from '../../../src/renderer/src/db/import-batch';
import { migration0001 } from '../../../src/renderer/src/db/migrations/0001-settings';
import { migration0002 } from '../../../src/renderer/src/db/migrations/0002-library';
import { migration0003 } from '../../../src/renderer/src/db/migrations/0003-versions';
import { putRecords } from '../../../src/renderer/src/db/write-records';
import { toReviewRow } from '../../../src/renderer/src/features/review/review-row';
import { makeParsed } from './make-record';

const freshDb = () => openLibrary();

/** Every record has exactly its row, and no row is without its record. */
async function expectRowsMatchRecords(db: LibrarianDatabase) {
  const records = await db.records.toArray();
  const rows = await db.rows.toArray();
  expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
  expect(rows).toEqual(records.map(toReviewRow));
}

describe('putRecords', () => {
  it('writes each record and its review row', async () => {
    const db = await freshDb();
    const records = [
      newLibraryRecord(makeParsed({ id: 'r_a', title: 'A社 不正アクセス' }), 1),
      newLibraryRecord(makeParsed({ id: 'r_b', title: 'Ｂ市 メール誤送信', warnings: 2 }), 1),
    ];
    await putRecords(db, records);
    await expectRowsMatchRecords(db);
    const row = await db.rows.get('r_b');
    expect(row?.haystack).toContain('b市 メール誤送信');
    expect(row?.signature).toBeInstanceOf(Uint32Array);
    expect(row?.warningCount).toBe(2);
  });

  it('replaces the row when the record is written again', async () => {
    const db = await freshDb();
    const record = newLibraryRecord(makeParsed({ id: 'r_a' }), 1);
    await putRecords(db, [record]);
    await putRecords(db, [{ ...record, status: 'reviewed', tags: ['x'], updatedAt: 2 }]);
    await expectRowsMatchRecords(db);
    expect(await db.rows.get('r_a')).toMatchObject({ status: 'reviewed', tags: ['x'], updatedAt: 2 });
  });

  it('refuses to run inside a transaction that does not include rows', async () => {
    const db = await freshDb();
    const record = newLibraryRecord(makeParsed({ id: 'r_a' }), 1);
    await expect(db.transaction('rw', db.records, () => putRecords(db, [record]))).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
    expect(await db.rows.count()).toBe(0);
  });

  it('keeps rows in step through imports, re-imports and edits', async () => {
    const db = await freshDb();
    await importParsedBatch(
      db,
      [
        makeParsed({ id: 'r_a', caseId: '2024-001', title: 'A社 不正アクセス' }),
        makeParsed({ id: 'r_o', kind: 'other', caseId: null, title: 'ブログ記事', startLine: 20 }),
      ],
      1,
    );
    await expectRowsMatchRecords(db);
    await applyChanges(
      db,
      [
        { recordId: 'r_a', field: 'organization', value: 'A株式会社' },
        { recordId: 'r_a', field: 'status', value: 'reviewed' },
      ],
      2,
    );
    await expectRowsMatchRecords(db);
    expect(await db.rows.get('r_a')).toMatchObject({
      organization: 'A株式会社',
      corrected: true,
      updatedAt: 2,
    });
    await importParsedBatch(
      db,
      [makeParsed({ id: 'r_a2', caseId: '2024-001', title: 'A社 不正アクセス', affectedCount: 12 })],
      3,
    );
    await expectRowsMatchRecords(db);
    expect(await db.rows.get('r_a')).toMatchObject({ affectedCount: 12, organization: 'A株式会社' });
  });
});

describe('migration 0004', () => {
  it('fills rows from the records of a v3 library', async () => {
    const name = freshName('upgrade');
    const old = new Dexie(name);
    for (const migrate of [migration0001, migration0002, migration0003]) migrate(old);
    await old.open();
    const records: LibraryRecord[] = Array.from({ length: 2500 }, (_, i) => ({
      ...newLibraryRecord(makeParsed({ id: `r_${String(i).padStart(5, '0')}`, title: `件名${i}` }), i),
      status: i % 2 === 0 ? 'reviewed' : 'draft',
    }));
    records[0]!.corrections = { organization: '訂正後の組織' };
    await old.table('records').bulkPut(records);
    old.close();

    const db = await openLibrary(name);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.rows.count()).toBe(2500);
    await expectRowsMatchRecords(db);
    expect((await db.rows.get('r_00000'))?.organization).toBe('訂正後の組織');
  });
});
