/**
 * What the librarian does to records, shared by the buttons and the keyboard: each call is
 * one undoable action through the history store.
 */
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { ReviewStatus } from '@shared/library';
import type { FieldChange } from '../../db/edits';
import { useHistoryStore } from './history';
import { nextUnreviewed } from './navigation';
import type { ReviewRow } from './review-row';
import { useReviewStore } from './store';

function reportFailure(error: unknown) {
  notifications.show({
    color: 'red',
    message: i18next.t('review.saveFailed', {
      message: error instanceof Error ? error.message : String(error),
    }),
  });
}

export async function perform(changes: readonly FieldChange[]): Promise<void> {
  try {
    await useHistoryStore.getState().perform(changes);
  } catch (error) {
    reportFailure(error);
  }
}

export async function setStatus(ids: readonly string[], status: ReviewStatus): Promise<void> {
  await perform(ids.map((recordId) => ({ recordId, field: 'status', value: status })));
}

/** Sets the focused record's status and moves on to the next unreviewed one. */
export async function decideAndAdvance(rows: readonly ReviewRow[], status: ReviewStatus): Promise<void> {
  const { focusedId, focus } = useReviewStore.getState();
  const index = rows.findIndex((r) => r.id === focusedId);
  if (index < 0) return;
  const next = nextUnreviewed(rows, index);
  await setStatus([focusedId!], status);
  if (next) focus(next.id);
}

export async function undo(): Promise<void> {
  try {
    const action = await useHistoryStore.getState().undo();
    notifications.show({
      message: i18next.t(action ? 'review.undone' : 'review.nothingToUndo'),
      autoClose: 1500,
    });
    if (action?.[0]) useReviewStore.getState().focus(action[0].recordId);
  } catch (error) {
    reportFailure(error);
  }
}

export async function redo(): Promise<void> {
  try {
    const action = await useHistoryStore.getState().redo();
    if (action) notifications.show({ message: i18next.t('review.redone'), autoClose: 1500 });
    if (action?.[0]) useReviewStore.getState().focus(action[0].recordId);
  } catch (error) {
    reportFailure(error);
  }
}
