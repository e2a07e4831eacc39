/**
 * A record's edit history (the `edits` log: field, old, new, when), newest first, live: an
 * edit, an undo or a redo shows up as it is stored. Undo and redo are edits too, so the log
 * is the whole story of the record, across sessions.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EditEntry } from '@shared/library';
import { db } from '../../db/database';
import { isEditableField } from '../../db/edits';
import { formatValue } from './format-value';

/** Entries shown before "show all". */
const FIRST = 5;
const NOTE_CHARS = 40;

export function EditHistory({ recordId }: { recordId: string }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const entries = useLiveQuery(
    async () => (await db.edits.where('recordId').equals(recordId).sortBy('at')).reverse(),
    [recordId],
  );
  if (!entries || entries.length === 0) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const shown = all ? entries : entries.slice(0, FIRST);
  return (
    <Stack gap={4} data-testid="edit-history">
      <Text size="xs" fw={700} c="dimmed">
        {t('review.history')}
      </Text>
      {shown.map((entry) => (
        <Text key={entry.id} size="xs" data-testid="edit-history-entry">
          <Text span size="xs" c="dimmed">
            {when.format(entry.at)}
          </Text>{' '}
          {t(`labels.field.${entry.field}`)}: {describe(t, entry, entry.old)} →{' '}
          {describe(t, entry, entry.new)}
        </Text>
      ))}
      {entries.length > FIRST && (
        <Group>
          <Button size="compact-xs" variant="subtle" onClick={() => setAll(!all)}>
            {all ? t('review.historyFewer') : t('review.historyAll', { count: entries.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function describe(t: TFunction, entry: EditEntry, value: unknown): string {
  if (isEditableField(entry.field)) return formatValue(t, entry.field, value);
  if (entry.field === 'status') return t(`labels.status.${String(value)}`);
  if (entry.field === 'tags') {
    const tags = value as string[];
    return tags.length === 0 ? t('review.empty') : tags.join('、');
  }
  const note = String(value ?? '');
  if (note === '') return t('review.empty');
  return note.length > NOTE_CHARS ? `${note.slice(0, NOTE_CHARS)}…` : note;
}
