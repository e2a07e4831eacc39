import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibrarianDatabase } from '../../../src/renderer/src/db/database';
import { importParsedBatch } from '../../../src/renderer/src/db/import-batch';
import { applyChanges } from '../../../src/renderer/src/db/edits';
import { makeParsed } from './make-record';

let db: LibrarianDatabase;
let n = 0;
beforeEach(async () => {
  db = new LibrarianDatabase(`import-batch-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const dump = () => [
  makeParsed({ id: 'r_a', caseId: '2024-001', title: 'A社 不正アクセス' }),
  makeParsed({ id: 'r_b', caseId: '2024-002', title: 'B市 誤送信', startLine: 10 }),
  makeParsed({ id: 'r_o', kind: 'other', caseId: null, title: 'ブログ記事', startLine: 20, warnings: 1 }),
];

describe('importParsedBatch', () => {
  it('stores new posts, counting non-incident posts and warnings', async () => {
    const counts = await importParsedBatch(db, dump());
    expect(counts).toEqual({ new: 3, unchanged: 0, updated: 0, others: 1, warnings: 1 });
    expect(await db.records.count()).toBe(3);
    expect(await db.versions.count()).toBe(3);
  });

  it('changes nothing when the same dump is imported again', async () => {
    await importParsedBatch(db, dump(), 1);
    const before = await db.records.toArray();
    const counts = await importParsedBatch(db, dump(), 2);
    expect(counts).toMatchObject({ new: 0, unchanged: 3, updated: 0 });
    expect(await db.records.toArray()).toEqual(before);
  });

  it('treats a changed post with the same case id and title as a newer version, keeping corrections and tags', async () => {
    await importParsedBatch(db, dump(), 1);
    await applyChanges(db, [
      { recordId: 'r_a', field: 'affectedCount', value: 500 },
      { recordId: 'r_a', field: 'tags', value: ['要確認'] },
    ]);
    const changed = makeParsed({
      id: 'r_a2',
      caseId: '2024-001',
      title: 'A社 不正アクセス',
      affectedCount: 12,
    });
    const counts = await importParsedBatch(db, [changed], 3);
    expect(counts).toMatchObject({ new: 0, updated: 1 });
    expect(await db.records.count()).toBe(3);
    const record = (await db.records.get('r_a'))!;
    expect(record.extracted.id).toBe('r_a2');
    expect(record.corrections).toEqual({ affectedCount: 500 });
    expect(record.tags).toEqual(['要確認']);
    expect(record.needsLook).toBe(true);

    // The old dump again: the record does not go back.
    const again = await importParsedBatch(db, dump(), 4);
    expect(again).toMatchObject({ new: 0, unchanged: 3, updated: 0 });
    expect((await db.records.get('r_a'))!.extracted.id).toBe('r_a2');
  });

  it('keeps a changed non-incident post as a record of its own', async () => {
    await importParsedBatch(db, dump(), 1);
    await importParsedBatch(
      db,
      [makeParsed({ id: 'r_o2', kind: 'other', caseId: null, title: 'ブログ記事' })],
      2,
    );
    expect(await db.records.count()).toBe(4);
  });

  it('deduplicates the same post twice in one batch', async () => {
    const counts = await importParsedBatch(db, [
      makeParsed({ id: 'r_x' }),
      makeParsed({ id: 'r_x', file: 'b.txt' }),
    ]);
    expect(counts).toMatchObject({ new: 1, unchanged: 1 });
    expect((await db.records.get('r_x'))!.sources).toHaveLength(2);
  });
});
