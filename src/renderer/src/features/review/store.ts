/**
 * The review screen's state: the current filter and sort (also read by the Export feature to
 * export what the librarian is looking at), the focused record and field, the multi-selection.
 */
import { create } from 'zustand';
import type { EditableField } from '@shared/record';
import { DEFAULT_FILTER, DEFAULT_SORT } from './filter';
import type { ReviewFilter, ReviewSort } from './filter';

interface ReviewState {
  filter: ReviewFilter;
  sort: ReviewSort;
  /** The record shown in the record pane. */
  focusedId: string | null;
  /** The field whose evidence is highlighted and which `e` edits. */
  focusedField: EditableField;
  /** Records selected for bulk actions (tagging, status). */
  selection: ReadonlySet<string>;
  setFilter(patch: Partial<ReviewFilter>): void;
  resetFilter(): void;
  setSort(sort: ReviewSort): void;
  focus(id: string | null): void;
  focusField(field: EditableField): void;
  toggleSelected(id: string): void;
  setSelection(ids: Iterable<string>): void;
  clearSelection(): void;
}

export const useReviewStore = create<ReviewState>((set) => ({
  filter: DEFAULT_FILTER,
  sort: DEFAULT_SORT,
  focusedId: null,
  focusedField: 'title',
  selection: new Set(),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  resetFilter: () => set({ filter: DEFAULT_FILTER }),
  setSort: (sort) => set({ sort }),
  focus: (focusedId) => set({ focusedId }),
  focusField: (focusedField) => set({ focusedField }),
  toggleSelected: (id) =>
    set((s) => {
      const selection = new Set(s.selection);
      if (!selection.delete(id)) selection.add(id);
      return { selection };
    }),
  setSelection: (ids) => set({ selection: new Set(ids) }),
  clearSelection: () => set({ selection: new Set() }),
}));
