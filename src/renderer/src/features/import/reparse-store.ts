/**
 * The library re-parse's state, global so it survives switching views, and its one runner:
 * progress while it runs, the outcome when it ends. It never runs beside an import (both write
 * the same records), and an import never starts beside it.
 */
import { create } from 'zustand';
import { api } from '../../api';
import { db } from '../../db/database';
import { isImporting } from './run-import';
import { reparseLibrary } from './reparse-library';
import type { ReparseOutcome, ReparseProgress } from './reparse-library';

interface ReparseState {
  progress: (ReparseProgress & { cancelling: boolean }) | null;
  outcome: ReparseOutcome | null;
  /** Why the last run failed (the service or the database said so). */
  failure: string | null;
}

export const useReparseStore = create<ReparseState>(() => ({ progress: null, outcome: null, failure: null }));

let running: AbortController | null = null;

export const isReparsing = () => running !== null;

export async function runReparse(): Promise<void> {
  if (running || isImporting()) return;
  const stop = new AbortController();
  running = stop;
  const set = useReparseStore.setState;
  set({
    outcome: null,
    failure: null,
    progress: { done: 0, total: 0, updated: 0, flagged: 0, cancelling: false },
  });
  try {
    const outcome = await reparseLibrary(db, api, {
      signal: stop.signal,
      onProgress: (p) => set((s) => ({ progress: { ...p, cancelling: s.progress?.cancelling ?? false } })),
    });
    set({ outcome, progress: null });
  } catch (error) {
    set({ failure: error instanceof Error ? error.message : String(error), progress: null });
  } finally {
    running = null;
  }
}

export function cancelReparse(): void {
  running?.abort();
  useReparseStore.setState((s) => (s.progress ? { progress: { ...s.progress, cancelling: true } } : {}));
}
