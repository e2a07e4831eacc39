import { Button, CloseButton, Group, Paper, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconTagMinus, IconTagPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { perform, setStatus } from '../review/actions';
import type { ReviewRow } from '../review/review-row';
import { useReviewStore } from '../review/store';
import { addTagsChanges, removeTagsChanges } from './bulk-tags';

/** Actions on the multi-selection: add or remove tags, accept or exclude, all undoable at once. */
export function BulkBar({ rows, tagOptions }: { rows: readonly ReviewRow[]; tagOptions: string[] }) {
  const { t } = useTranslation();
  const selection = useReviewStore((s) => s.selection);
  const setSelection = useReviewStore((s) => s.setSelection);
  const clearSelection = useReviewStore((s) => s.clearSelection);
  const [tags, setTags] = useState<string[]>([]);
  const selected = rows.filter((row) => selection.has(row.id));

  if (selection.size === 0)
    return (
      <Group justify="flex-end">
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => setSelection(rows.map((r) => r.id))}
          disabled={rows.length === 0}
        >
          {t('review.selectAllShown')}
        </Button>
      </Group>
    );

  const apply = async (mode: 'add' | 'remove') => {
    if (tags.length === 0) return;
    const changes = mode === 'add' ? addTagsChanges(selected, tags) : removeTagsChanges(selected, tags);
    await perform(changes);
    notifications.show({
      color: 'teal',
      message: t(mode === 'add' ? 'tags.added' : 'tags.removed', {
        count: changes.length,
        tags: tags.join('、'),
      }),
    });
    setTags([]);
  };

  return (
    <Paper withBorder p={6} radius="md" data-testid="bulk-bar" bg="var(--mantine-color-indigo-light)">
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="bulk-count">
          {t('review.selected', { count: selection.size })}
        </Text>
        <TagsInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('tags.bulkTitle')}
          placeholder={t('tags.bulkPlaceholder')}
          data={tagOptions}
          value={tags}
          onChange={setTags}
          wrapperProps={{ 'data-testid': 'bulk-tags-input' }}
        />
        <Button
          size="xs"
          leftSection={<IconTagPlus size={14} />}
          onClick={() => void apply('add')}
          disabled={tags.length === 0}
          data-testid="bulk-tags-add"
        >
          {t('tags.add')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconTagMinus size={14} />}
          onClick={() => void apply('remove')}
          disabled={tags.length === 0}
        >
          {t('tags.remove')}
        </Button>
        <Button
          size="xs"
          color="teal"
          variant="light"
          leftSection={<IconCheck size={14} />}
          onClick={() => void setStatus([...selection], 'reviewed')}
        >
          {t('review.bulkAccept')}
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconBan size={14} />}
          onClick={() => void setStatus([...selection], 'excluded')}
        >
          {t('review.bulkExclude')}
        </Button>
        <CloseButton aria-label={t('review.clearSelection')} onClick={clearSelection} />
      </Group>
    </Paper>
  );
}
