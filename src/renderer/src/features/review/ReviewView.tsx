import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '@shared/record';
import { db } from '../../db/database';
import { BulkBar } from '../tags/BulkBar';
import { useTagOptions } from '../tags/useTagOptions';
import { FilterBar } from './FilterBar';
import { HelpOverlay } from './HelpOverlay';
import { RecordList } from './RecordList';
import { RecordPane } from './RecordPane';
import { SourcePane } from './SourcePane';
import { useReviewStore } from './store';
import { useReviewKeyboard } from './useReviewKeyboard';
import { useVisibleRows } from './useVisibleRows';
import classes from './review.module.css';

const NO_SPANS: Span[] = [];

/** The librarian's daily work: list, record, source side by side, driven from the keyboard. */
export function ReviewView() {
  const { t } = useTranslation();
  const { visible, all, status, total } = useVisibleRows();
  const tagOptions = useTagOptions(all);
  const focusedId = useReviewStore((s) => s.focusedId);
  const focusedField = useReviewStore((s) => s.focusedField);
  const focus = useReviewStore((s) => s.focus);
  const resetFilter = useReviewStore((s) => s.resetFilter);
  const [helpOpen, help] = useDisclosure(false);
  // Spans shown on request (a warning clicked), for the record and field they were asked for.
  const [shown, setShown] = useState<{ key: string; spans: Span[] }>({ key: '', spans: NO_SPANS });
  const spansKey = `${focusedId}|${focusedField}`;
  const extraSpans = shown.key === spansKey ? shown.spans : NO_SPANS;
  const record = useLiveQuery(() => (focusedId ? db.records.get(focusedId) : undefined), [focusedId]);

  useReviewKeyboard(visible, help.open, helpOpen);

  // Keep a record in the pane: the first shown one when nothing (or something filtered out) is focused.
  useEffect(() => {
    if (visible.length === 0) return;
    if (!focusedId || !visible.some((r) => r.id === focusedId)) focus(visible[0]!.id);
  }, [visible, focusedId, focus]);

  return (
    <Stack
      gap="xs"
      h="calc(100dvh - var(--app-shell-header-height) - 2 * var(--mantine-spacing-md))"
      data-testid="review-view"
    >
      <FilterBar shown={visible.length} total={all.length} tagOptions={tagOptions} />
      <BulkBar rows={visible} tagOptions={tagOptions} />
      <div className={classes.workspace}>
        <div className={classes.panel}>
          {status === 'loading' && all.length === 0 ? (
            <Center h="100%">
              <Loader size="sm" />
            </Center>
          ) : visible.length === 0 ? (
            <Center h="100%" p="md">
              <Stack align="center" gap="xs">
                <Text c="dimmed" size="sm">
                  {t('review.noMatch')}
                </Text>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconFilterOff size={14} />}
                  onClick={resetFilter}
                >
                  {t('review.clearFilters')}
                </Button>
              </Stack>
            </Center>
          ) : (
            <RecordList rows={visible} />
          )}
          {status === 'loading' && (
            <Text size="xs" c="dimmed" p={6} ta="center">
              {t('review.loading', { loaded: all.length.toLocaleString(), total: total.toLocaleString() })}
            </Text>
          )}
        </div>
        {record ? (
          <>
            <RecordPane
              record={record}
              tagOptions={tagOptions}
              onShowSpans={(spans) => setShown({ key: spansKey, spans })}
            />
            <SourcePane record={record} field={focusedField} extraSpans={extraSpans} />
          </>
        ) : (
          <Center className={classes.panel} style={{ gridColumn: 'span 2' }}>
            <Text c="dimmed">{t('review.selectRecord')}</Text>
          </Center>
        )}
      </div>
      <HelpOverlay opened={helpOpen} onClose={help.close} />
    </Stack>
  );
}
