/**
 * Undo/redo as a pure stack of edit groups: one group is one user action (a field edit, a
 * status change, tagging 200 selected records at once).
 */
export interface UndoStack<T> {
  past: readonly T[];
  future: readonly T[];
}

export const UNDO_LIMIT = 200;

export const emptyStack = <T>(): UndoStack<T> => ({ past: [], future: [] });

/** A new action: it can be undone, and whatever had been undone can no longer be redone. */
export function pushAction<T>(stack: UndoStack<T>, action: T, limit = UNDO_LIMIT): UndoStack<T> {
  return { past: [...stack.past, action].slice(-limit), future: [] };
}

/** The action to undo, and the stack after it; null when there is nothing to undo. */
export function takeUndo<T>(stack: UndoStack<T>): { action: T; stack: UndoStack<T> } | null {
  const action = stack.past.at(-1);
  if (action === undefined) return null;
  return { action, stack: { past: stack.past.slice(0, -1), future: [...stack.future, action] } };
}

export function takeRedo<T>(stack: UndoStack<T>): { action: T; stack: UndoStack<T> } | null {
  const action = stack.future.at(-1);
  if (action === undefined) return null;
  return { action, stack: { past: [...stack.past, action], future: stack.future.slice(0, -1) } };
}
