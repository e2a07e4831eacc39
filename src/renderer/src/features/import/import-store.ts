/**
 * The import job's state, global so it survives switching views: progress while it runs, the
 * summary when it ends.
 */
import { create } from 'zustand';
import type { BatchCounts } from '../../db/import-batch';

export interface FileOutcome {
  file: string;
  status: 'done' | 'error' | 'cancelled';
  sha256?: string;
  encoding?: string;
  posts?: number;
  counts?: BatchCounts;
  /** The error as the parser or the database said it (names the file). */
  message?: string;
  /** The error's code (empty, binary, too_large, …), for a message in the UI's language. */
  code?: string;
}

export interface ImportProgress {
  jobId: string;
  fileCount: number;
  fileIndex: number;
  file: string;
  /** 0..1 of the current file. */
  fileFraction: number;
  /** Posts found so far in the current job. */
  posts: number;
  stored: number;
  startedAt: number;
  recordsPerSecond: number;
  cancelling: boolean;
}

export interface ImportSummary {
  cancelled: boolean;
  files: FileOutcome[];
  /** A failure of the job as a whole (the service or the database), if any. */
  failure?: string;
  totals: BatchCounts;
}

interface ImportState {
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  update(patch: Partial<ImportProgress>): void;
}

export const useImportStore = create<ImportState>((set) => ({
  progress: null,
  summary: null,
  update: (patch) => set((s) => (s.progress ? { progress: { ...s.progress, ...patch } } : {})),
}));
