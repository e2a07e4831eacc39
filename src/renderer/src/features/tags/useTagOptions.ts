import { useMemo } from 'react';
import type { ReviewRow } from '../review/review-row';

/** Every tag in the library, most used first: the autocomplete of tag inputs. */
export function useTagOptions(rows: readonly ReviewRow[]): string[] {
  return useMemo(() => {
    const uses = new Map<string, number>();
    for (const row of rows) for (const tag of row.tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
    return [...uses.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ja'))
      .map(([tag]) => tag);
  }, [rows]);
}
