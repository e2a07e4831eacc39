/** The dashboard's numbers, from review rows (pure). Excluded incidents count only by status. */
import { REVIEW_STATUSES } from '@shared/library';
import type { ReviewStatus } from '@shared/library';
import { CATEGORIES, ORG_TYPES } from '@shared/record';
import type { Category, OrgType } from '@shared/record';
import type { ReviewRow } from '../review/review-row';

export interface DashboardCounts {
  incidents: number;
  others: number;
  byStatus: Record<ReviewStatus, number>;
  byCategory: Record<Category, number>;
  byOrgType: Record<OrgType, number>;
  /** `YYYY-MM` → count, months in order, gaps filled with 0. */
  byMonth: { month: string; count: number }[];
  undated: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

export function dashboardCounts(rows: readonly ReviewRow[]): DashboardCounts {
  const counts: DashboardCounts = {
    incidents: 0,
    others: 0,
    byStatus: zeros(REVIEW_STATUSES),
    byCategory: zeros(CATEGORIES),
    byOrgType: zeros(ORG_TYPES),
    byMonth: [],
    undated: 0,
  };
  const months = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== 'incident') {
      counts.others++;
      continue;
    }
    counts.byStatus[row.status]++;
    if (row.status === 'excluded') continue;
    counts.incidents++;
    for (const category of row.categories) counts.byCategory[category]++;
    counts.byOrgType[row.orgType]++;
    const month = row.publishedDate?.slice(0, 7);
    if (month) months.set(month, (months.get(month) ?? 0) + 1);
    else counts.undated++;
  }
  const known = [...months.keys()].sort();
  if (known.length > 0)
    counts.byMonth = monthsBetween(known[0]!, known.at(-1)!).map((month) => ({
      month,
      count: months.get(month) ?? 0,
    }));
  return counts;
}
