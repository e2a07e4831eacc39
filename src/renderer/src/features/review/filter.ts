/**
 * What the review list shows: the filter, as data, and the pure functions that apply it.
 * The Export feature uses `filterRecords` with the review store's `filter` to export exactly
 * what the librarian is looking at.
 */
import type { LibraryRecord, ReviewStatus } from '@shared/library';
import type { Category, OrgType, PostKind } from '@shared/record';
import { toReviewRow } from './review-row';
import type { ReviewRow } from './review-row';
import { compileQuery, matchesQuery } from './search-text';

/** Below this confidence a value counts as "low confidence". */
export const LOW_CONFIDENCE = 0.6;

export interface ReviewFilter {
  /** Non-incident posts are kept in the library and listed apart: 'other' shows them. */
  kind: PostKind | 'all';
  /** Empty = any status. */
  statuses: ReviewStatus[];
  /** Any of these (empty = any). */
  categories: Category[];
  orgTypes: OrgType[];
  /** Inclusive ISO dates over publishedDate; a record without a date is out when either is set. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Any of these tags (empty = any). */
  tags: string[];
  hasWarnings: boolean;
  lowConfidence: boolean;
  needsLook: boolean;
  /** Free text over title, organization and the post text; space-separated terms all match. */
  text: string;
}

export const DEFAULT_FILTER: ReviewFilter = {
  kind: 'incident',
  statuses: [],
  categories: [],
  orgTypes: [],
  dateFrom: null,
  dateTo: null,
  tags: [],
  hasWarnings: false,
  lowConfidence: false,
  needsLook: false,
  text: '',
};

export const SORT_KEYS = [
  'caseId',
  'publishedDate',
  'organization',
  'affectedCount',
  'confidence',
  'updatedAt',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface ReviewSort {
  key: SortKey;
  descending: boolean;
}
export const DEFAULT_SORT: ReviewSort = { key: 'caseId', descending: true };

const anyOf = <T>(wanted: readonly T[], values: readonly T[]) =>
  wanted.length === 0 || values.some((v) => wanted.includes(v));

/** The last text search, so a query that grows (typing) narrows its result instead of rescanning. */
let lastSearch: {
  rows: readonly ReviewRow[];
  filter: ReviewFilter;
  terms: readonly string[];
  result: readonly ReviewRow[];
} | null = null;

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Everything but the text is the same filter. */
function sameOtherFilters(a: ReviewFilter, b: ReviewFilter): boolean {
  return (
    a.kind === b.kind &&
    sameList(a.statuses, b.statuses) &&
    sameList(a.categories, b.categories) &&
    sameList(a.orgTypes, b.orgTypes) &&
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo &&
    sameList(a.tags, b.tags) &&
    a.hasWarnings === b.hasWarnings &&
    a.lowConfidence === b.lowConfidence &&
    a.needsLook === b.needsLook
  );
}

/**
 * Rows to scan: the previous result when the query only got stricter (every earlier term is
 * inside some new term) over the same rows and other filters, since then whatever matches now
 * matched before; all rows otherwise. Order is kept either way.
 */
function candidates<R extends ReviewRow>(rows: readonly R[], filter: ReviewFilter, terms: readonly string[]) {
  const last = lastSearch;
  if (
    last !== null &&
    last.rows === rows &&
    last.terms.length > 0 &&
    !sameList(last.terms, terms) &&
    last.terms.every((old) => terms.some((term) => term.includes(old))) &&
    sameOtherFilters(last.filter, filter)
  )
    return last.result as readonly R[];
  return rows;
}

/** Filters rows (the review list's in-memory projection). Order is kept. */
export function filterRows<R extends ReviewRow>(rows: readonly R[], filter: ReviewFilter): R[] {
  const query = compileQuery(filter.text);
  const terms = query?.terms ?? [];
  const scan = candidates(rows, filter, terms);
  const { kind, statuses, categories, orgTypes, dateFrom, dateTo, tags } = filter;
  const { hasWarnings, lowConfidence, needsLook } = filter;
  const out: R[] = [];
  for (let i = 0; i < scan.length; i++) {
    const row = scan[i]!;
    if (kind !== 'all' && row.kind !== kind) continue;
    if (statuses.length > 0 && !statuses.includes(row.status)) continue;
    if (categories.length > 0 && !anyOf(categories, row.categories)) continue;
    if (orgTypes.length > 0 && !orgTypes.includes(row.orgType)) continue;
    if (dateFrom && (row.publishedDate === null || row.publishedDate < dateFrom)) continue;
    if (dateTo && (row.publishedDate === null || row.publishedDate > dateTo)) continue;
    if (tags.length > 0 && !anyOf(tags, row.tags)) continue;
    if (hasWarnings && row.warningCount === 0) continue;
    if (lowConfidence && row.minConfidence >= LOW_CONFIDENCE) continue;
    if (needsLook && !row.needsLook) continue;
    if (query && !matchesQuery(query, row.haystack, row.signature)) continue;
    out.push(row);
  }
  lastSearch = terms.length > 0 ? { rows, filter, terms, result: out } : null;
  return out;
}

/** Filters whole library records, e.g. for "export the current filter". Order is kept. */
export function filterRecords<T extends LibraryRecord>(records: readonly T[], filter: ReviewFilter): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return filterRows(records.map(toReviewRow), filter).map((row) => byId.get(row.id)!);
}

function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(a, b);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: number, b: number) => a - b;

/** Sorts rows (a new array); empty values go last whichever the direction. Ties keep case-id order. */
export function sortRows<R extends ReviewRow>(rows: readonly R[], sort: ReviewSort): R[] {
  const sign = sort.descending ? -1 : 1;
  const key = (r: R, other: R): number => {
    switch (sort.key) {
      case 'caseId':
        return compareNullable(r.caseId, other.caseId, (x, y) => sign * byText(x, y));
      case 'publishedDate':
        return compareNullable(r.publishedDate, other.publishedDate, (x, y) => sign * byText(x, y));
      case 'organization':
        return compareNullable(r.organization, other.organization, (x, y) => sign * x.localeCompare(y, 'ja'));
      case 'affectedCount':
        return compareNullable(r.affectedCount, other.affectedCount, (x, y) => sign * byNumber(x, y));
      case 'confidence':
        return sign * byNumber(r.minConfidence, other.minConfidence);
      case 'updatedAt':
        return sign * byNumber(r.updatedAt, other.updatedAt);
      default:
        return missingCase(sort.key);
    }
  };
  return [...rows].sort(
    (a, b) => key(a, b) || compareNullable(b.caseId, a.caseId, byText) || byText(a.id, b.id),
  );
}

function missingCase(value: never): never {
  throw new Error(`unhandled sort key ${String(value)}`);
}
