import { useDeferredValue, useMemo } from 'react';
import { useLibraryRows } from '../library/useLibraryRows';
import { filterRows, sortRows } from './filter';
import { useReviewStore } from './store';

/**
 * The rows the review list shows: sorted once per change of rows or sort, then filtered
 * (filtering keeps order, so typing in the search box never re-sorts 100 000 rows).
 */
export function useVisibleRows() {
  const { rows, status, total } = useLibraryRows();
  const filter = useReviewStore((s) => s.filter);
  const sort = useReviewStore((s) => s.sort);
  const deferredFilter = useDeferredValue(filter);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const visible = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  return { visible, all: rows, status, total };
}
