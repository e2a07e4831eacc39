import { describe, expect, it } from 'vitest';
import { newLibraryRecord } from '@shared/library';
import { dashboardCounts } from '../../../src/renderer/src/features/dashboard/dashboard-counts';
import { nextUnreviewed } from '../../../src/renderer/src/features/review/navigation';
import { highlightPieces } from '../../../src/renderer/src/features/review/highlight';
import { toReviewRow } from '../../../src/renderer/src/features/review/review-row';
import { shortcutFor } from '../../../src/renderer/src/features/review/shortcuts';
import { addTagsChanges, removeTagsChanges } from '../../../src/renderer/src/features/tags/bulk-tags';
import { makeParsed } from './make-record';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps the review keys', () => {
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('ArrowUp'))).toBe('previous');
    expect(shortcutFor(key('Enter'))).toBe('accept');
    expect(shortcutFor(key('x'))).toBe('exclude');
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(key('/'))).toBe('search');
  });
  it('maps undo and redo on Ctrl and Cmd', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))).toBe('redo');
  });
  it('leaves other combinations to the browser', () => {
    expect(shortcutFor(key('j', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('x', { altKey: true }))).toBeNull();
    expect(shortcutFor(key('q'))).toBeNull();
  });
});

describe('bulk tags', () => {
  const records = [
    { id: 'a', tags: ['x'] },
    { id: 'b', tags: [] },
  ];
  it('adds tags only where missing, one change per record', () => {
    expect(addTagsChanges(records, ['x'])).toEqual([{ recordId: 'b', field: 'tags', value: ['x'] }]);
  });
  it('removes tags only where present', () => {
    expect(removeTagsChanges(records, ['x'])).toEqual([{ recordId: 'a', field: 'tags', value: [] }]);
  });
});

describe('nextUnreviewed', () => {
  it('goes to the next draft after the current one, then from the top', () => {
    const rows = ['reviewed', 'draft', 'excluded', 'reviewed'].map((status, i) =>
      toReviewRow({ ...newLibraryRecord(makeParsed({ id: `r${i}` }), 1), status: status as 'draft' }),
    );
    expect(nextUnreviewed(rows, 2)?.id).toBe('r1');
    expect(nextUnreviewed(rows, 0)?.id).toBe('r1');
    expect(nextUnreviewed(rows, 1)).toBeNull();
  });
});

describe('highlightPieces', () => {
  it('marks spans, merging overlaps and clamping to the text', () => {
    expect(
      highlightPieces('abcdefgh', [
        { start: 1, end: 3 },
        { start: 2, end: 4 },
        { start: 6, end: 99 },
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'd', mark: true },
      { text: 'ef', mark: false },
      { text: 'gh', mark: true },
    ]);
  });
});

describe('dashboardCounts', () => {
  it('counts incidents by status, category, org type and month, leaving excluded ones and other posts out', () => {
    const rows = [
      newLibraryRecord(makeParsed({ id: 'a', publishedDate: '2024-01-05', categories: ['loss'] }), 1),
      {
        ...newLibraryRecord(makeParsed({ id: 'b', publishedDate: '2024-03-01' }), 1),
        status: 'reviewed' as const,
      },
      { ...newLibraryRecord(makeParsed({ id: 'c' }), 1), status: 'excluded' as const },
      newLibraryRecord(makeParsed({ id: 'd', publishedDate: null }), 1),
      newLibraryRecord(makeParsed({ id: 'o', kind: 'other', caseId: null }), 1),
    ].map(toReviewRow);
    const counts = dashboardCounts(rows);
    expect(counts).toMatchObject({ incidents: 3, others: 1, undated: 1 });
    expect(counts.byStatus).toEqual({ draft: 2, reviewed: 1, excluded: 1 });
    expect(counts.byCategory.loss).toBe(1);
    expect(counts.byCategory.misdelivery).toBe(2);
    expect(counts.byMonth).toEqual([
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 0 },
      { month: '2024-03', count: 1 },
    ]);
  });
});
