import { describe, expect, it } from 'vitest';
import { toBundleRecord } from '@shared/bundle/build';
import type { BundleRecord } from '@shared/bundle/format';
import { applyMerge, planMerge } from '@shared/bundle/merge';
import type { LibraryRecord } from '@shared/library';
import { effectiveValue } from '@shared/library';
import { makeLibraryRecord } from './fixtures';

/** A colleague's copy of `mine`, after they edited it. */
function theirsOf(mine: LibraryRecord, edit: Partial<LibraryRecord>): BundleRecord {
  return toBundleRecord({ ...structuredClone(mine), corrections: {}, ...edit });
}

const lookup = (records: LibraryRecord[]) => {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (id: string) => byId.get(id);
};

describe('merging a bundle into the library', () => {
  it('sorts incoming records into new, identical, update and conflict', () => {
    const same = makeLibraryRecord(1);
    const updated = makeLibraryRecord(2, { status: 'draft' });
    const conflicting = makeLibraryRecord(3, { corrections: { affectedCount: 10 } });
    const plan = planMerge(
      [
        toBundleRecord(makeLibraryRecord(4)),
        toBundleRecord(same),
        theirsOf(updated, { status: 'reviewed' }),
        theirsOf(conflicting, { corrections: { affectedCount: 12 } }),
      ],
      lookup([same, updated, conflicting]),
    );
    expect(plan.counts).toEqual({ new: 1, identical: 1, update: 1, conflict: 1 });
    expect(plan.records.map((r) => r.kind)).toEqual(['new', 'identical', 'update', 'conflict']);
    expect(plan.records[3]!.conflicts).toEqual([{ field: 'affectedCount', mine: 10, theirs: 12 }]);
  });

  it('takes their hand correction where I had none, and never their parser values', () => {
    const mine = makeLibraryRecord(5);
    const theirs = theirsOf(mine, { corrections: { title: '訂正後の件名' } });
    theirs.values.orgType = 'company'; // a different parser's value: not a correction
    const plan = planMerge([theirs], lookup([mine]));
    expect(plan.records[0]!.changes).toEqual([
      { field: 'title', mine: mine.extracted.title.value, theirs: '訂正後の件名' },
    ]);

    const { records, edits } = applyMerge(plan, {}, 99);
    expect(effectiveValue(records[0]!, 'title')).toBe('訂正後の件名');
    expect(effectiveValue(records[0]!, 'orgType')).toBe('local_government');
    expect(records[0]!.extracted).toBe(mine.extracted);
    expect(edits).toEqual([
      { recordId: mine.id, field: 'title', old: mine.extracted.title.value, new: '訂正後の件名', at: 99 },
    ]);
  });

  it('keeps my correction unless the librarian chooses theirs, per field', () => {
    const mine = makeLibraryRecord(6, {
      corrections: { affectedCount: 10, caseId: '2024-999' },
      note: '私のメモ',
    });
    const theirs = theirsOf(mine, {
      corrections: { affectedCount: 12, caseId: '2024-998' },
      note: '同僚のメモ',
    });
    const plan = planMerge([theirs], lookup([mine]));
    expect(plan.records[0]!.conflicts.map((c) => c.field)).toEqual(['caseId', 'affectedCount', 'note']);

    const untouched = applyMerge(plan, {}, 1);
    expect(untouched.records).toEqual([]);

    const { records } = applyMerge(plan, { [mine.id]: { affectedCount: 'theirs', note: 'mine' } }, 1);
    expect(records[0]!.corrections).toEqual({ affectedCount: 12, caseId: '2024-999' });
    expect(records[0]!.note).toBe('私のメモ');
    expect(mine.corrections).toEqual({ affectedCount: 10, caseId: '2024-999' });
  });

  it('fills a draft status and an empty note, conflicts on two decisions, and unions tags and sources', () => {
    const mine = makeLibraryRecord(7, { status: 'reviewed', tags: ['自治体'] });
    const theirs = theirsOf(mine, {
      status: 'excluded',
      tags: ['要確認', '自治体'],
      note: 'メモ',
      sources: [...mine.sources, { file: 'other.txt', sha256: 'c'.repeat(64), startLine: 1, endLine: 5 }],
    });
    const plan = planMerge([theirs], lookup([mine]));
    const [p] = plan.records;
    expect(p!.conflicts).toEqual([{ field: 'status', mine: 'reviewed', theirs: 'excluded' }]);
    expect(p!.changes.map((c) => c.field)).toEqual(['note', 'tags', 'sources']);

    const [merged] = applyMerge(plan, {}, 1).records;
    expect(merged!.status).toBe('reviewed');
    expect(merged!.note).toBe('メモ');
    expect(merged!.tags).toEqual(['自治体', '要確認']);
    expect(merged!.sources.map((s) => s.file)).toEqual(['casebook-2024-09.txt', 'other.txt']);
  });

  it('never downgrades my decision to their draft', () => {
    const mine = makeLibraryRecord(8, { status: 'excluded', note: 'mine' });
    const plan = planMerge([theirsOf(mine, { status: 'draft', note: '' })], lookup([mine]));
    expect(plan.counts.identical).toBe(1);
  });
});
