import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Indicator,
  Kbd,
  MultiSelect,
  Popover,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilter, IconSearch, IconSortAscending, IconSortDescending, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_STATUSES } from '@shared/library';
import { CATEGORIES, ORG_TYPES } from '@shared/record';
import { DEFAULT_FILTER, SORT_KEYS } from './filter';
import type { ReviewFilter, SortKey } from './filter';
import { SEARCH_INPUT_ID } from './field-kinds';
import { useReviewStore } from './store';

function activeFilterCount(filter: ReviewFilter): number {
  return [
    filter.statuses.length > 0,
    filter.categories.length > 0,
    filter.orgTypes.length > 0,
    filter.dateFrom !== null,
    filter.dateTo !== null,
    filter.tags.length > 0,
    filter.hasWarnings,
    filter.lowConfidence,
    filter.needsLook,
  ].filter(Boolean).length;
}

export function FilterBar({
  shown,
  total,
  tagOptions,
}: {
  shown: number;
  total: number;
  tagOptions: string[];
}) {
  const { t } = useTranslation();
  const filter = useReviewStore((s) => s.filter);
  const sort = useReviewStore((s) => s.sort);
  const setFilter = useReviewStore((s) => s.setFilter);
  const setSort = useReviewStore((s) => s.setSort);
  const [text, setText] = useState(filter.text);
  const applyText = useDebouncedCallback((value: string) => setFilter({ text: value }), 150);
  const active = activeFilterCount(filter);

  return (
    <Group gap="sm" wrap="nowrap" data-testid="filter-bar">
      <TextInput
        id={SEARCH_INPUT_ID}
        style={{ flex: 1, maxWidth: 420 }}
        size="sm"
        leftSection={<IconSearch size={16} />}
        rightSection={
          text ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('review.clearFilters')}
              onClick={() => {
                setText('');
                setFilter({ text: '' });
              }}
            >
              <IconX size={14} />
            </ActionIcon>
          ) : (
            <Kbd size="xs">/</Kbd>
          )
        }
        placeholder={t('review.search')}
        aria-label={t('review.search')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          applyText(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            setFilter({ text: event.currentTarget.value });
            event.currentTarget.blur();
          }
        }}
        data-testid="review-search"
      />
      <SegmentedControl
        size="xs"
        value={filter.kind}
        onChange={(kind) => setFilter({ kind: kind as ReviewFilter['kind'] })}
        data={(['incident', 'other', 'all'] as const).map((k) => ({
          value: k,
          label: t(`review.kindFilter.${k}`),
        }))}
        data-testid="kind-filter"
      />
      <Popover width={360} position="bottom-start" shadow="md" withinPortal>
        <Popover.Target>
          <Indicator label={active} size={16} disabled={active === 0}>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconFilter size={14} />}
              data-testid="filters-button"
            >
              {t('review.filters')}
            </Button>
          </Indicator>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <MultiSelect
              size="xs"
              label={t('review.status')}
              data={REVIEW_STATUSES.map((s) => ({ value: s, label: t(`labels.status.${s}`) }))}
              value={filter.statuses}
              onChange={(v) => setFilter({ statuses: v as ReviewFilter['statuses'] })}
              comboboxProps={{ withinPortal: false }}
              data-testid="filter-status"
            />
            <MultiSelect
              size="xs"
              label={t('review.category')}
              data={CATEGORIES.map((c) => ({ value: c, label: t(`labels.category.${c}`) }))}
              value={filter.categories}
              onChange={(v) => setFilter({ categories: v as ReviewFilter['categories'] })}
              searchable
              comboboxProps={{ withinPortal: false }}
            />
            <MultiSelect
              size="xs"
              label={t('review.orgType')}
              data={ORG_TYPES.map((o) => ({ value: o, label: t(`labels.orgType.${o}`) }))}
              value={filter.orgTypes}
              onChange={(v) => setFilter({ orgTypes: v as ReviewFilter['orgTypes'] })}
              comboboxProps={{ withinPortal: false }}
            />
            <Group grow gap="xs">
              <DateInput
                size="xs"
                label={t('review.dateFrom')}
                valueFormat="YYYY-MM-DD"
                clearable
                value={filter.dateFrom}
                onChange={(v) => setFilter({ dateFrom: v ?? null })}
                popoverProps={{ withinPortal: false }}
              />
              <DateInput
                size="xs"
                label={t('review.dateTo')}
                valueFormat="YYYY-MM-DD"
                clearable
                value={filter.dateTo}
                onChange={(v) => setFilter({ dateTo: v ?? null })}
                popoverProps={{ withinPortal: false }}
              />
            </Group>
            <MultiSelect
              size="xs"
              label={t('review.tags')}
              data={tagOptions}
              value={filter.tags}
              onChange={(tags) => setFilter({ tags })}
              searchable
              comboboxProps={{ withinPortal: false }}
            />
            <Checkbox
              size="xs"
              label={t('review.hasWarnings')}
              checked={filter.hasWarnings}
              onChange={(e) => setFilter({ hasWarnings: e.currentTarget.checked })}
            />
            <Checkbox
              size="xs"
              label={t('review.lowConfidence')}
              checked={filter.lowConfidence}
              onChange={(e) => setFilter({ lowConfidence: e.currentTarget.checked })}
            />
            <Checkbox
              size="xs"
              label={t('review.needsLook')}
              checked={filter.needsLook}
              onChange={(e) => setFilter({ needsLook: e.currentTarget.checked })}
            />
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                setText('');
                setFilter({ ...DEFAULT_FILTER, kind: filter.kind });
              }}
            >
              {t('review.clearFilters')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Group gap={4} wrap="nowrap">
        <Select
          size="xs"
          w={140}
          aria-label={t('review.sort')}
          value={sort.key}
          allowDeselect={false}
          data={SORT_KEYS.map((k) => ({ value: k, label: t(`review.sortKey.${k}`) }))}
          onChange={(key) => key && setSort({ ...sort, key: key as SortKey })}
        />
        <Tooltip label={sort.descending ? t('review.descending') : t('review.ascending')}>
          <ActionIcon
            variant="default"
            size="md"
            aria-label={t('review.sort')}
            onClick={() => setSort({ ...sort, descending: !sort.descending })}
          >
            {sort.descending ? <IconSortDescending size={16} /> : <IconSortAscending size={16} />}
          </ActionIcon>
        </Tooltip>
      </Group>
      <Text size="sm" c="dimmed" ml="auto" style={{ whiteSpace: 'nowrap' }} data-testid="review-count">
        {t('review.count', { shown: shown.toLocaleString(), total: total.toLocaleString() })}
      </Text>
    </Group>
  );
}
