/**
 * What to export, as the librarian chooses it, turned into the Review view's filter (so the
 * count shown and the records exported come from the same function) and into the manifest's
 * description of the selection.
 */
import type { BundleSelection } from '@shared/bundle/format';
import { REVIEW_STATUSES } from '@shared/library';
import type { ReviewStatus } from '@shared/library';
import { DEFAULT_FILTER } from '../review/filter';
import type { ReviewFilter } from '../review/filter';

export const SELECTION_MODES = ['reviewed', 'tags', 'filter'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

export interface SelectionChoice {
  mode: SelectionMode;
  /** Used by 'tags' mode. */
  statuses: ReviewStatus[];
  /** Used by 'tags' mode; empty = any tag. */
  tags: string[];
  /** The Review view's filter, used by 'filter' mode. */
  reviewFilter: ReviewFilter;
}

export function selectionFilter(choice: SelectionChoice): ReviewFilter {
  switch (choice.mode) {
    case 'reviewed':
      return { ...DEFAULT_FILTER, kind: 'all', statuses: ['reviewed'] };
    case 'tags':
      return { ...DEFAULT_FILTER, kind: 'all', statuses: choice.statuses, tags: choice.tags };
    case 'filter':
      return choice.reviewFilter;
  }
}

export function bundleSelection(choice: SelectionChoice): BundleSelection {
  const filter = selectionFilter(choice);
  return {
    // In a fixed order whatever the click order; an empty list in a filter means "any status",
    // which the manifest says explicitly.
    statuses: REVIEW_STATUSES.filter((s) => filter.statuses.length === 0 || filter.statuses.includes(s)),
    tags: [...filter.tags],
    filter: choice.mode === 'filter' ? (JSON.parse(JSON.stringify(filter)) as Record<string, unknown>) : null,
  };
}
