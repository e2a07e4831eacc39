import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { effectiveValue } from '@shared/library';
import { LibrarianDatabase } from '../../../src/renderer/src/db/database';
import { applyChanges, redoChanges, undoChanges } from '../../../src/renderer/src/db/edits';
import { importParsedBatch } from '../../../src/renderer/src/db/import-batch';
import { emptyStack, pushAction, takeRedo, takeUndo } from '../../../src/renderer/src/db/undo-stack';
import { makeParsed } from './make-record';

describe('undo stack', () => {
  it('undoes and redoes in order, and a new action clears redo', () => {
    let stack = pushAction(pushAction(emptyStack<string>(), 'a'), 'b');
    const undone = takeUndo(stack)!;
    expect(undone.action).toBe('b');
    stack = undone.stack;
    expect(takeRedo(stack)!.action).toBe('b');
    stack = pushAction(stack, 'c');
    expect(takeRedo(stack)).toBeNull();
    expect(stack.past).toEqual(['a', 'c']);
  });
  it('has nothing to undo at first', () => {
    expect(takeUndo(emptyStack())).toBeNull();
  });
  it('keeps a bounded history', () => {
    let stack = emptyStack<number>();
    for (let i = 0; i < 10; i++) stack = pushAction(stack, i, 3);
    expect(stack.past).toEqual([7, 8, 9]);
  });
});

describe('applyChanges', () => {
  let db: LibrarianDatabase;
  let n = 0;
  beforeEach(async () => {
    db = new LibrarianDatabase(`edits-${n++}`);
    await db.open();
    await importParsedBatch(db, [makeParsed({ id: 'r_1' })]);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a correction and logs an EditEntry with the old and new value', async () => {
    const entries = await applyChanges(db, [{ recordId: 'r_1', field: 'affectedCount', value: 40 }], 5);
    expect(entries).toEqual([expect.objectContaining({ field: 'affectedCount', old: 35, new: 40, at: 5 })]);
    const record = (await db.records.get('r_1'))!;
    expect(record.corrections).toEqual({ affectedCount: 40 });
    expect(effectiveValue(record, 'affectedCount')).toBe(40);
    expect(await db.edits.count()).toBe(1);
  });

  it('drops the correction when a field is set back to the extracted value (undo)', async () => {
    const group = await applyChanges(db, [{ recordId: 'r_1', field: 'affectedCount', value: 40 }]);
    await applyChanges(db, undoChanges(group));
    expect((await db.records.get('r_1'))!.corrections).toEqual({});
    await applyChanges(db, redoChanges(group));
    expect((await db.records.get('r_1'))!.corrections).toEqual({ affectedCount: 40 });
    expect(await db.edits.count()).toBe(3);
  });

  it('ignores changes that change nothing', async () => {
    expect(await applyChanges(db, [{ recordId: 'r_1', field: 'status', value: 'draft' }])).toEqual([]);
  });

  it('clears needsLook when the record is accepted', async () => {
    await db.records.update('r_1', { needsLook: true });
    await applyChanges(db, [{ recordId: 'r_1', field: 'status', value: 'reviewed' }]);
    expect((await db.records.get('r_1'))!).toMatchObject({ status: 'reviewed', needsLook: false });
  });

  it('promotes a non-incident post by a correction of kind', async () => {
    await importParsedBatch(db, [makeParsed({ id: 'r_o', kind: 'other', caseId: null })]);
    await applyChanges(db, [{ recordId: 'r_o', field: 'kind', value: 'incident' }]);
    expect(effectiveValue((await db.records.get('r_o'))!, 'kind')).toBe('incident');
  });
});
