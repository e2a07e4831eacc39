import { useEffect, useEffectEvent } from 'react';
import { EDITABLE_FIELDS } from '@shared/record';
import { decideAndAdvance, redo, undo } from './actions';
import { fieldEditorId, SEARCH_INPUT_ID, TAGS_INPUT_ID } from './field-kinds';
import type { ReviewRow } from './review-row';
import { shortcutFor } from './shortcuts';
import { isTypingTarget } from './typing-target';
import { useReviewStore } from './store';

function focusElement(id: string) {
  const element = document.getElementById(id);
  element?.focus();
  if (element instanceof HTMLInputElement) element.select();
}

/** The review screen's shortcuts; quiet while the user types in a field, Esc leaves it. */
export function useReviewKeyboard(rows: readonly ReviewRow[], openHelp: () => void, helpOpen: boolean) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (isTypingTarget(event.target)) {
      if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
      return;
    }
    if (helpOpen) return;
    const action = shortcutFor(event);
    if (!action) return;
    // Enter and Space on a focused button or link keep their usual meaning.
    const onControl =
      event.target instanceof HTMLElement && event.target.closest('button, a, [role="option"]');
    if (onControl && (action === 'accept' || action === 'toggleSelect')) return;
    event.preventDefault();
    const store = useReviewStore.getState();
    const index = rows.findIndex((r) => r.id === store.focusedId);
    const fieldIndex = EDITABLE_FIELDS.indexOf(store.focusedField);
    switch (action) {
      case 'next':
        if (rows.length > 0) store.focus(rows[Math.min(index + 1, rows.length - 1)]!.id);
        break;
      case 'previous':
        if (rows.length > 0) store.focus(rows[Math.max(index - 1, 0)]!.id);
        break;
      case 'accept':
        void decideAndAdvance(rows, 'reviewed');
        break;
      case 'exclude':
        void decideAndAdvance(rows, 'excluded');
        break;
      case 'edit':
        focusElement(fieldEditorId(store.focusedField));
        break;
      case 'nextField':
        store.focusField(EDITABLE_FIELDS[Math.min(fieldIndex + 1, EDITABLE_FIELDS.length - 1)]!);
        break;
      case 'previousField':
        store.focusField(EDITABLE_FIELDS[Math.max(fieldIndex - 1, 0)]!);
        break;
      case 'tag':
        focusElement(TAGS_INPUT_ID);
        break;
      case 'toggleSelect':
        if (store.focusedId) store.toggleSelected(store.focusedId);
        break;
      case 'search':
        focusElement(SEARCH_INPUT_ID);
        break;
      case 'undo':
        void undo();
        break;
      case 'redo':
        void redo();
        break;
      case 'help':
        openHelp();
        break;
      default:
        missingAction(action);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

function missingAction(action: never): never {
  throw new Error(`unhandled shortcut ${String(action)}`);
}
