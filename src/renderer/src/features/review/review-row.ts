/**
 * The compact, effective view of a LibraryRecord that lists, filters, sorts and charts need:
 * corrections applied, confidences folded into one number, and the search haystack prepared.
 * Keeping rows instead of whole records keeps 100 000 records light in memory.
 */
import { effectiveValue } from '@shared/library';
import type { LibraryRecord, ReviewStatus } from '@shared/library';
import { EDITABLE_FIELDS } from '@shared/record';
import type { Category, DataType, LeakStatus, OrgType, PostKind } from '@shared/record';
import { bigramSignature, normaliseForSearch } from './search-text';

export interface ReviewRow {
  id: string;
  kind: PostKind;
  status: ReviewStatus;
  caseId: string | null;
  title: string;
  organization: string | null;
  orgType: OrgType;
  publishedDate: string | null;
  categories: Category[];
  dataTypes: DataType[];
  leakStatus: LeakStatus;
  affectedCount: number | null;
  tags: string[];
  warningCount: number;
  /** Lowest confidence among fields the librarian has not corrected (corrected = 1). */
  minConfidence: number;
  needsLook: boolean;
  corrected: boolean;
  updatedAt: number;
  /** Normalised title + organization + post text, for search. */
  haystack: string;
  signature: Uint32Array;
}

export function minConfidence(record: LibraryRecord): number {
  let lowest = 1;
  for (const field of EDITABLE_FIELDS) {
    if (field === 'kind' || record.corrections[field] !== undefined) continue;
    lowest = Math.min(lowest, record.extracted[field].confidence);
  }
  return lowest;
}

export function toReviewRow(record: LibraryRecord): ReviewRow {
  const title = effectiveValue(record, 'title');
  const organization = effectiveValue(record, 'organization');
  const haystack = normaliseForSearch(`${title}\n${organization ?? ''}\n${record.extracted.text}`);
  return {
    id: record.id,
    kind: effectiveValue(record, 'kind'),
    status: record.status,
    caseId: effectiveValue(record, 'caseId'),
    title,
    organization,
    orgType: effectiveValue(record, 'orgType'),
    publishedDate: effectiveValue(record, 'publishedDate'),
    categories: effectiveValue(record, 'categories'),
    dataTypes: effectiveValue(record, 'dataTypes'),
    leakStatus: effectiveValue(record, 'leakStatus'),
    affectedCount: effectiveValue(record, 'affectedCount'),
    tags: record.tags,
    warningCount: record.extracted.warnings.length,
    minConfidence: minConfidence(record),
    needsLook: record.needsLook,
    corrected: Object.keys(record.corrections).length > 0,
    updatedAt: record.updatedAt,
    haystack,
    signature: bigramSignature(haystack),
  };
}
