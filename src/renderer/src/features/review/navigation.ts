import type { ReviewRow } from './review-row';

/** The next draft after `index` (then from the top), or null: where Enter and x go next. */
export function nextUnreviewed(rows: readonly ReviewRow[], index: number): ReviewRow | null {
  for (let i = index + 1; i < rows.length; i++) if (rows[i]!.status === 'draft') return rows[i]!;
  for (let i = 0; i < index; i++) if (rows[i]!.status === 'draft') return rows[i]!;
  return null;
}
