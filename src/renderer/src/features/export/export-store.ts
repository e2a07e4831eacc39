/**
 * The Export view's state, kept outside the components so a running export keeps its progress
 * and its summary when the librarian looks at another view meanwhile.
 */
import { create } from 'zustand';
import type { ExportFormat } from '@shared/bundle/format';
import type { ReviewStatus } from '@shared/library';
import type { ExportOutcome, RunProgress } from './run-export';
import type { SelectionMode } from './selection';

interface ExportState {
  mode: SelectionMode;
  statuses: ReviewStatus[];
  tags: string[];
  format: ExportFormat;
  progress: RunProgress | null;
  outcome: ExportOutcome | null;
  error: string | null;
  set(patch: Partial<Omit<ExportState, 'set'>>): void;
}

export const useExportStore = create<ExportState>((set) => ({
  mode: 'reviewed',
  statuses: ['reviewed'],
  tags: [],
  format: 'bundle',
  progress: null,
  outcome: null,
  error: null,
  set: (patch) => set(patch),
}));
