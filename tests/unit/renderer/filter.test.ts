import { describe, expect, it } from 'vitest';
import type { LibraryRecord } from '@shared/library';
import { newLibraryRecord } from '@shared/library';
import {
  DEFAULT_FILTER,
  filterRecords,
  filterRows,
  sortRows,
} from '../../../src/renderer/src/features/review/filter';
import type { ReviewFilter } from '../../../src/renderer/src/features/review/filter';
import { toReviewRow } from '../../../src/renderer/src/features/review/review-row';
import {
  compileQuery,
  matchesQuery,
  normaliseForSearch,
} from '../../../src/renderer/src/features/review/search-text';
import { makeParsed } from './make-record';

const library: LibraryRecord[] = [
  newLibraryRecord(
    makeParsed({
      id: 'r_a',
      caseId: '2024-403',
      title: '岐阜県 物件調査再委託業者サーバーへの不正アクセスについて',
      organization: '岐阜県',
      categories: ['unauthorized_access'],
      publishedDate: '2024-09-12',
      text: '再委託先事業者のサーバーに不正アクセスがあり、個人情報等の漏えいの可能性があることが判明しました。',
    }),
    1,
  ),
  {
    ...newLibraryRecord(
      makeParsed({
        id: 'r_b',
        caseId: '2024-402',
        title: '株式会社アベニュー ランサムウェア感染のお知らせ',
        organization: '株式会社アベニュー',
        orgType: 'company',
        categories: ['ransomware', 'unauthorized_access'],
        publishedDate: '2024-08-26',
        confidence: 0.4,
        warnings: 2,
        text: 'サーバー機器がランサムウェアに感染し、ＰＤＦファイルが流出したおそれ',
      }),
      2,
    ),
    status: 'reviewed',
    tags: ['要確認'],
  },
  newLibraryRecord(
    makeParsed({ id: 'r_o', kind: 'other', caseId: null, title: '今週のまとめ', organization: null }),
    3,
  ),
];
const rows = library.map(toReviewRow);
const ids = (filter: Partial<ReviewFilter>) =>
  filterRows(rows, { ...DEFAULT_FILTER, ...filter }).map((r) => r.id);

describe('filterRows', () => {
  it('lists incidents by default and non-incident posts apart', () => {
    expect(ids({})).toEqual(['r_a', 'r_b']);
    expect(ids({ kind: 'other' })).toEqual(['r_o']);
    expect(ids({ kind: 'all' })).toHaveLength(3);
  });
  it('filters by status, category, org type, tags, warnings and low confidence', () => {
    expect(ids({ statuses: ['draft'] })).toEqual(['r_a']);
    expect(ids({ categories: ['ransomware'] })).toEqual(['r_b']);
    expect(ids({ orgTypes: ['local_government'] })).toEqual(['r_a']);
    expect(ids({ tags: ['要確認'] })).toEqual(['r_b']);
    expect(ids({ hasWarnings: true })).toEqual(['r_b']);
    expect(ids({ lowConfidence: true })).toEqual(['r_b']);
  });
  it('filters by an inclusive date range', () => {
    expect(ids({ dateFrom: '2024-09-01' })).toEqual(['r_a']);
    expect(ids({ dateFrom: '2024-08-26', dateTo: '2024-08-26' })).toEqual(['r_b']);
  });
  it('finds Japanese words inside unspaced text, in title, organization and body', () => {
    expect(ids({ text: '不正アクセス' })).toEqual(['r_a']);
    expect(ids({ text: 'アベニュー' })).toEqual(['r_b']);
    expect(ids({ text: '事業者' })).toEqual(['r_a']);
    expect(ids({ text: 'サーバー' })).toEqual(['r_a', 'r_b']);
  });
  it('requires every space-separated term (full-width space too) and normalises width and case', () => {
    expect(ids({ text: 'サーバー　感染' })).toEqual(['r_b']);
    expect(ids({ text: 'pdf' })).toEqual(['r_b']);
    expect(ids({ text: 'ｱﾍﾞﾆｭｰ' })).toEqual(['r_b']);
    expect(ids({ text: '存在しない語' })).toEqual([]);
  });
  it('matches a single character', () => {
    expect(ids({ text: '岐' })).toEqual(['r_a']);
  });
});

describe('search signature', () => {
  it('never rules out a record that contains the term', () => {
    const text = normaliseForSearch('個人情報の漏えいのおそれについてのお知らせ');
    const row = toReviewRow(newLibraryRecord(makeParsed({ text }), 1));
    for (let i = 0; i < text.length - 2; i++) {
      const query = compileQuery(text.slice(i, i + 3))!;
      expect(matchesQuery(query, row.haystack, row.signature)).toBe(true);
    }
  });
});

describe('filterRecords and sortRows', () => {
  it('filters whole records with the same filter (export of the current filter)', () => {
    expect(filterRecords(library, { ...DEFAULT_FILTER, text: 'ランサムウェア' }).map((r) => r.id)).toEqual([
      'r_b',
    ]);
  });
  it('applies corrections before filtering', () => {
    const corrected = { ...library[0]!, corrections: { orgType: 'company' as const } };
    expect(filterRecords([corrected], { ...DEFAULT_FILTER, orgTypes: ['company'] })).toHaveLength(1);
  });
  it('sorts by date, empty values last in either direction', () => {
    const undated = toReviewRow(newLibraryRecord(makeParsed({ id: 'r_n', publishedDate: null }), 4));
    const all = [...rows, undated];
    expect(sortRows(all, { key: 'publishedDate', descending: false }).map((r) => r.id)).toEqual([
      'r_o',
      'r_b',
      'r_a',
      'r_n',
    ]);
    expect(sortRows(all, { key: 'publishedDate', descending: true }).map((r) => r.id)).toEqual([
      'r_a',
      'r_b',
      'r_o',
      'r_n',
    ]);
    expect(sortRows(rows, { key: 'caseId', descending: true }).map((r) => r.id)).toEqual([
      'r_a',
      'r_b',
      'r_o',
    ]);
  });
});

describe('filterRows while a query grows', () => {
  it('narrows from the previous result with exactly the results of a fresh search', () => {
    const many = Array.from({ length: 40 }, (_, i) => rows[i % rows.length]!).map((row, i) => ({
      ...row,
      id: `${row.id}_${i}`,
    }));
    const typed = [
      'サ',
      'サー',
      'サーバ',
      'サーバー',
      'サーバー 不正',
      'サーバー 不正ア',
      'サーバ',
      'ランサム',
      '',
    ];
    for (const status of [[], ['reviewed']] as const) {
      const filters = typed.map((text) => ({
        ...DEFAULT_FILTER,
        kind: 'all' as const,
        statuses: [...status],
        text,
      }));
      // Each expected result from a fresh array (no previous search over it), then the same
      // queries typed one after another over one array, which narrows.
      const fresh = filters.map((filter) => filterRows([...many], filter).map((r) => r.id));
      expect(filters.map((filter) => filterRows(many, filter).map((r) => r.id))).toEqual(fresh);
      expect(fresh[3]!.length).toBeGreaterThan(0);
    }
  });

  it('does not narrow from a search over other rows or other filters', () => {
    const filter = (text: string, kind: ReviewFilter['kind']) => ({ ...DEFAULT_FILTER, kind, text });
    filterRows(rows, filter('サーバ', 'incident'));
    expect(filterRows(rows, filter('サーバー', 'all')).map((r) => r.id)).toEqual(['r_a', 'r_b']);
    filterRows(rows.slice(0, 1), filter('サ', 'all'));
    expect(filterRows(rows, filter('サー', 'all')).map((r) => r.id)).toEqual(['r_a', 'r_b']);
  });
});
