import { Badge, Box, Checkbox, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconPencil } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '@shared/library';
import { LOW_CONFIDENCE } from './filter';
import type { ReviewRow } from './review-row';
import { useReviewStore } from './store';
import classes from './review.module.css';

const ROW_HEIGHT = 68;
export const STATUS_COLOR: Record<ReviewStatus, string> = {
  draft: 'gray',
  reviewed: 'teal',
  excluded: 'red',
};

/** The virtualised record list: only the rows in view are in the DOM, at 100 000 records too. */
export function RecordList({ rows }: { rows: readonly ReviewRow[] }) {
  const parentRef = useRef<HTMLDivElement>(null);
  const focusedId = useReviewStore((s) => s.focusedId);
  const selection = useReviewStore((s) => s.selection);
  // We use no React Compiler memoisation here; the virtualizer re-renders the list on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]!.id,
  });

  const focusedIndex = rows.findIndex((r) => r.id === focusedId);
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' });
  }, [focusedIndex, virtualizer]);

  return (
    <div
      ref={parentRef}
      className={classes.listScroller}
      role="listbox"
      aria-label="records"
      data-testid="record-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <RecordListRow
              key={item.key}
              row={row}
              top={item.start}
              focused={row.id === focusedId}
              selected={selection.has(row.id)}
            />
          );
        })}
      </div>
    </div>
  );
}

const RecordListRow = memo(function RecordListRow({
  row,
  top,
  focused,
  selected,
}: {
  row: ReviewRow;
  top: number;
  focused: boolean;
  selected: boolean;
}) {
  const { t } = useTranslation();
  const focus = useReviewStore((s) => s.focus);
  const toggleSelected = useReviewStore((s) => s.toggleSelected);
  return (
    <Box
      role="option"
      aria-selected={focused}
      data-testid="record-row"
      data-record-id={row.id}
      data-status={row.status}
      className={classes.row}
      data-focused={focused || undefined}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onMouseDown={(event) => {
        // Keep keyboard shortcuts working: a click on a row must not leave focus in an input.
        if (!(event.target instanceof HTMLInputElement))
          (document.activeElement as HTMLElement | null)?.blur();
      }}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey) toggleSelected(row.id);
        else focus(row.id);
      }}
    >
      <Checkbox
        size="xs"
        checked={selected}
        aria-label={t('review.select')}
        onChange={() => toggleSelected(row.id)}
        onClick={(event) => event.stopPropagation()}
        mt={3}
      />
      <Box style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {row.caseId ?? t('review.noCaseId')}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {row.organization ?? ''}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            {row.needsLook && (
              <Tooltip label={t('review.needsLook')}>
                <IconEye size={14} color="var(--mantine-color-orange-6)" aria-label={t('review.needsLook')} />
              </Tooltip>
            )}
            {row.corrected && (
              <IconPencil
                size={14}
                color="var(--mantine-color-indigo-5)"
                aria-label={t('review.corrected')}
              />
            )}
            {(row.warningCount > 0 || row.minConfidence < LOW_CONFIDENCE) && (
              <IconAlertTriangle
                size={14}
                color="var(--mantine-color-yellow-7)"
                aria-label={t('review.warnings')}
              />
            )}
            <Badge size="xs" variant="light" color={STATUS_COLOR[row.status]} data-testid="record-row-status">
              {t(`labels.status.${row.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" lineClamp={1} fw={focused ? 600 : 400}>
          {row.title || t('review.untitled')}
        </Text>
        <Text size="xs" c="dimmed">
          {row.publishedDate ?? ''}
        </Text>
      </Box>
    </Box>
  );
});
