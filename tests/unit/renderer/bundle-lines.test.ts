import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findLines } from './current-lines';
import { freshName, openLibrary } from './test-db';
import { checkLines } from '@shared/bundle/check-lines';
import { bundleLine, exportLibraryRecords, exportText } from '@shared/bundle/export';
import { exportStoredLines } from '@shared/bundle/export-lines';
import type { LineCheckRunner } from '@shared/bundle/export-lines';
import type { BundleMeta } from '@shared/bundle/build';
import type { LibraryRecord } from '@shared/library';
import {
  BUNDLE_LINE_FORMAT,
  compactLines,
  restoreLines,
  SEGMENT_SIZE,
  worthCompacting,
} from '../../../src/renderer/src/db/bundle-lines';
import type { LibrarianDatabase } from '../../../src/renderer/src/db/database';
import { db as appDb } from '../../../src/renderer/src/db/database';
import { applyChanges } from '../../../src/renderer/src/db/edits';
import { importParsedBatch } from '../../../src/renderer/src/db/import-batch';
import { migration0001 } from '../../../src/renderer/src/db/migrations/0001-settings';
import { migration0002 } from '../../../src/renderer/src/db/migrations/0002-library';
import { migration0003 } from '../../../src/renderer/src/db/migrations/0003-versions';
import { migration0004 } from '../../../src/renderer/src/db/migrations/0004-review-rows';
import { putRecords } from '../../../src/renderer/src/db/write-records';
import {
  keepLinesUp,
  linesOfRecords,
  storedSegments,
} from '../../../src/renderer/src/features/export/library-source';
import { makeLibrary } from '../export/fixtures';
import { makeParsed } from './make-record';

const freshDb = () => openLibrary();

/** The current stored line of every record is the line of the record as stored now. */
async function expectLinesMatchRecords(db: LibrarianDatabase) {
  const records = await db.records.toArray();
  const { lines } = await findLines(db, new Set(records.map((r) => r.id)));
  expect(lines.size).toBe(records.length);
  for (const record of records) expect(lines.get(record.id)).toBe(bundleLine(record));
}

const META: BundleMeta = {
  generator: { name: 'test', version: '0', parserVersion: '1.0.0' },
  selection: { statuses: ['draft', 'reviewed', 'excluded'], tags: [], filter: null },
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

describe('bundle lines', () => {
  it('are written with the records, a segment per SEGMENT_SIZE records', async () => {
    const db = await freshDb();
    const records = makeLibrary(SEGMENT_SIZE + 20);
    await putRecords(db, records);
    expect(await db.bundleLines.count()).toBe(2);
    const segments = await db.bundleLines.toArray();
    expect(segments.map((s) => s.ids.length)).toEqual([SEGMENT_SIZE, 20]);
    expect(segments.every((s) => s.format === BUNDLE_LINE_FORMAT && s.data instanceof Uint8Array)).toBe(true);
    await expectLinesMatchRecords(db);
  });

  it('follow imports, re-imports and edits: the newest segment wins', async () => {
    const db = await freshDb();
    await importParsedBatch(
      db,
      [makeParsed({ id: 'r_a', caseId: '2024-001' }), makeParsed({ id: 'r_b' })],
      1,
    );
    await applyChanges(
      db,
      [
        { recordId: 'r_a', field: 'organization', value: 'A株式会社' },
        { recordId: 'r_a', field: 'status', value: 'reviewed' },
        { recordId: 'r_a', field: 'tags', value: ['要確認'] },
      ],
      2,
    );
    await importParsedBatch(db, [makeParsed({ id: 'r_a2', caseId: '2024-001', affectedCount: 12 })], 3);
    await expectLinesMatchRecords(db);
    const { lines, dead, stored } = await findLines(db, new Set(['r_a']));
    expect(JSON.parse(lines.get('r_a')!)).toMatchObject({
      status: 'reviewed',
      tags: ['要確認'],
      values: { organization: 'A株式会社', affectedCount: 12 },
      corrected: ['organization'],
    });
    expect(lines.has('r_b')).toBe(false);
    expect(stored).toBe(4);
    expect(dead).toBe(2);
  });

  it('cannot be forgotten: a transaction without bundleLines refuses to write records', async () => {
    const db = await freshDb();
    const [record] = makeLibrary(1);
    await expect(
      db.transaction('rw', db.records, db.rows, () => putRecords(db, [record!])),
    ).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
  });

  it('compact to the current lines only, in id order, with the same lookups', async () => {
    const db = await freshDb();
    const records = makeLibrary(1200);
    await putRecords(db, records);
    const edited = records.map((r) => ({ ...r, status: 'reviewed' as const, updatedAt: r.updatedAt + 1 }));
    await putRecords(db, edited);
    const all = new Set(records.map((r) => r.id));
    const before = await findLines(db, all);
    expect(before).toMatchObject({ stored: 2400, dead: 1200 });
    expect(worthCompacting(before)).toBe(false); // too few dead lines to bother
    expect(worthCompacting({ ...before, dead: 3000, stored: 5000 })).toBe(true);

    expect(await compactLines(db)).toEqual({ before: 2400, after: 1200 });
    const after = await findLines(db, all);
    expect(after).toMatchObject({ stored: 1200, dead: 0 });
    expect([...after.lines]).toEqual([...before.lines]);
    const ids = (await db.bundleLines.toArray()).flatMap((s) => s.ids);
    expect(ids).toEqual([...all].sort());
    await expectLinesMatchRecords(db);
  });

  it('of another format are ignored; restoreLines writes them again from the records', async () => {
    const db = await freshDb();
    const records = makeLibrary(30);
    await putRecords(db, records);
    await db.bundleLines.toCollection().modify({ format: '0.0' });
    const wanted = new Set(records.map((r) => r.id));
    expect((await findLines(db, wanted)).lines.size).toBe(0);
    await restoreLines(db, [...wanted]);
    await expectLinesMatchRecords(db);
    await compactLines(db);
    expect(await db.bundleLines.count()).toBe(1);
  });
});

describe('exportStoredLines over the library (the Export view exports through it)', () => {
  afterEach(async () => {
    await Promise.all([appDb.records.clear(), appDb.rows.clear(), appDb.bundleLines.clear()]);
  });

  /** Checks lines as a worker would get them: the segments transferred, not shared. */
  const runCheck: LineCheckRunner = async (task, handOver, onProgress) =>
    checkLines(structuredClone(task, { transfer: handOver }), onProgress);
  const exportOf = (ids: string[], onProgress?: (p: { phase: string }) => void) =>
    exportStoredLines({
      segments: storedSegments(),
      lineFormat: BUNDLE_LINE_FORMAT,
      wanted: new Set(ids),
      linesOf: linesOfRecords,
      format: 'bundle',
      meta: META,
      runCheck,
      ...(onProgress ? { onProgress } : {}),
    });

  it('gives the same bundle as building it from the records, lines or no lines', async () => {
    const records = makeLibrary(700).map((r, i) =>
      i % 5 === 0 ? { ...r, corrections: { affectedCount: i }, tags: ['t'], status: 'reviewed' as const } : r,
    );
    await putRecords(appDb, records);
    // Some records lose their line (as after an app update that changed the line format).
    const [first] = await appDb.bundleLines.toArray();
    await appDb.bundleLines.update(first!.key!, { format: '0.0' });
    const ids = records.filter((_, i) => i % 3 !== 0).map((r) => r.id);
    const chosen = records.filter((r) => ids.includes(r.id));

    const fromLines = await exportOf([...ids].reverse());
    const reference = await exportLibraryRecords(chosen, 'bundle', META);
    expect(fromLines.count).toBe(chosen.length);
    expect(fromLines.sha256).toBe(reference.sha256);
    expect(exportText(fromLines)).toBe(exportText(reference));
    expect(fromLines.lines.missing.length).toBeGreaterThan(0);

    await keepLinesUp(fromLines.lines);
    const { lines } = await findLines(appDb, new Set(ids));
    expect(lines.size).toBe(ids.length);
  });

  it('reports reading progress and leaves out ids that are not in the library', async () => {
    await putRecords(appDb, makeLibrary(20));
    const phases: string[] = [];
    const result = await exportOf(['rec-0000003', 'gone', 'rec-0000001'], (p) => phases.push(p.phase));
    expect(result.manifest.recordCount).toBe(2);
    const bundle = JSON.parse(exportText(result)) as { records: { id: string }[] };
    expect(bundle.records.map((r) => r.id)).toEqual(['rec-0000001', 'rec-0000003']);
    expect(phases).toContain('read');
    expect(phases.at(-1)).toBe('write');
  });
});

describe('migration 0005', () => {
  it('fills bundle lines from the records of a v4 library', async () => {
    const name = freshName('upgrade');
    const old = new Dexie(name);
    for (const migrate of [migration0001, migration0002, migration0003, migration0004]) migrate(old);
    await old.open();
    const records: LibraryRecord[] = makeLibrary(2100);
    records[0]!.corrections = { organization: '訂正後の組織' };
    await old.table('records').bulkPut(records);
    old.close();

    const db = await openLibrary(name);
    expect(db.verno).toBe(5);
    await expectLinesMatchRecords(db);
    expect(await db.bundleLines.count()).toBe(Math.ceil(2000 / SEGMENT_SIZE) + 1);
  });
});
