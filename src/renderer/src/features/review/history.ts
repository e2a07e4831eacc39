/**
 * Every edit of the review workspace goes through `perform`, so it is logged (EditEntry) and
 * can be undone and redone, one user action (e.g. tagging a whole selection) at a time.
 */
import { create } from 'zustand';
import type { EditEntry } from '@shared/library';
import { db } from '../../db/database';
import { applyChanges, redoChanges, undoChanges } from '../../db/edits';
import type { FieldChange } from '../../db/edits';
import { emptyStack, pushAction, takeRedo, takeUndo } from '../../db/undo-stack';
import type { UndoStack } from '../../db/undo-stack';
import { useLibraryCache } from '../library/library-cache';

type Action = readonly EditEntry[];

interface HistoryState {
  stack: UndoStack<Action>;
  perform(changes: readonly FieldChange[]): Promise<Action>;
  /** Resolves to the undone action, or null when there was nothing to undo. */
  undo(): Promise<Action | null>;
  redo(): Promise<Action | null>;
}

// Edits run one after another: an undo pressed while a save is in flight must see that save.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function write(changes: readonly FieldChange[]): Promise<Action> {
  const entries = await applyChanges(db, changes);
  await useLibraryCache.getState().refresh([...new Set(changes.map((c) => c.recordId))]);
  return entries;
}

export const useHistoryStore = create<HistoryState>((set, get) => ({
  stack: emptyStack(),
  perform: (changes) =>
    serial(async () => {
      const entries = await write(changes);
      if (entries.length > 0) set({ stack: pushAction(get().stack, entries) });
      return entries;
    }),
  undo: () =>
    serial(async () => {
      const taken = takeUndo(get().stack);
      if (!taken) return null;
      await write(undoChanges(taken.action));
      set({ stack: taken.stack });
      return taken.action;
    }),
  redo: () =>
    serial(async () => {
      const taken = takeRedo(get().stack);
      if (!taken) return null;
      await write(redoChanges(taken.action));
      set({ stack: taken.stack });
      return taken.action;
    }),
}));
