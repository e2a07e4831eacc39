import {
  Alert,
  Anchor,
  Button,
  Chip,
  Group,
  MultiSelect,
  Paper,
  Progress,
  Radio,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '@shared/bundle/format';
import type { ExportFormat } from '@shared/bundle/format';
import { REVIEW_STATUSES } from '@shared/library';
import type { ReviewStatus } from '@shared/library';
import { useAppStore } from '../../app/store';
import { useLibraryRows } from '../library/useLibraryRows';
import { filterRows } from '../review/filter';
import { useReviewStore } from '../review/store';
import { useTagOptions } from '../tags/useTagOptions';
import { ExportSummary } from './ExportSummary';
import { useExportStore } from './export-store';
import { FORMAT_LABEL } from './messages';
import { runExport } from './run-export';
import { bundleSelection, SELECTION_MODES, selectionFilter } from './selection';
import type { SelectionChoice, SelectionMode } from './selection';

const MODE_LABEL = { reviewed: 'modeReviewed', tags: 'modeTags', filter: 'modeFilter' } as const;

export function ExportPanel() {
  const { t } = useTranslation();
  const { rows, status } = useLibraryRows();
  const tagOptions = useTagOptions(rows);
  const reviewFilter = useReviewStore((s) => s.filter);
  const setView = useAppStore((s) => s.setView);
  const { mode, statuses, tags, format, progress, outcome, error, set } = useExportStore();

  const choice: SelectionChoice = useMemo(
    () => ({ mode, statuses, tags, reviewFilter }),
    [mode, statuses, tags, reviewFilter],
  );
  const ids = useMemo(() => filterRows(rows, selectionFilter(choice)).map((row) => row.id), [rows, choice]);
  const loading = status !== 'ready';
  const running = progress !== null;

  const start = async () => {
    set({ outcome: null, error: null, progress: { phase: 'read', done: 0, total: ids.length } });
    try {
      const result = await runExport(ids, format, bundleSelection(choice), (p) => set({ progress: p }));
      set({ outcome: result });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      set({ progress: null });
    }
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Radio.Group
            label={t('exporter.selection')}
            value={mode}
            onChange={(value) => set({ mode: value as SelectionMode })}
          >
            <Group mt="xs">
              {SELECTION_MODES.map((m) => (
                <Radio
                  key={m}
                  value={m}
                  label={t(`exporter.${MODE_LABEL[m]}`)}
                  data-testid={`export-mode-${m}`}
                />
              ))}
            </Group>
          </Radio.Group>
          {mode === 'tags' && (
            <Stack gap="xs" pl="md">
              <Text size="sm" fw={500}>
                {t('exporter.statuses')}
              </Text>
              <Chip.Group
                multiple
                value={statuses}
                onChange={(value) => set({ statuses: value as ReviewStatus[] })}
              >
                <Group gap="xs" data-testid="export-statuses">
                  {REVIEW_STATUSES.map((s) => (
                    <Chip key={s} value={s} size="sm">
                      {t(`labels.status.${s}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              <MultiSelect
                label={t('exporter.tags')}
                placeholder={tags.length === 0 ? t('exporter.tagsNone') : t('exporter.tagsPlaceholder')}
                data={tagOptions}
                value={tags}
                onChange={(value) => set({ tags: value })}
                searchable
                clearable
                maw={520}
                data-testid="export-tags"
              />
            </Stack>
          )}
          {mode === 'filter' && (
            <Text size="sm" c="dimmed" pl="md">
              {t('exporter.filterSummary')}{' '}
              <Anchor component="button" size="sm" onClick={() => setView('review')}>
                {t('exporter.openReview')}
              </Anchor>
            </Text>
          )}
          <Text fw={600} data-testid="export-count">
            {loading
              ? t('exporter.loadingLibrary')
              : t('exporter.matching', { n: ids.length.toLocaleString() })}
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('exporter.format')}
          </Text>
          <SegmentedControl
            value={format}
            onChange={(value) => set({ format: value as ExportFormat })}
            data={EXPORT_FORMATS.map((f) => ({ value: f, label: t(FORMAT_LABEL[f]) }))}
            w="fit-content"
            data-testid="export-format"
          />
          <Text size="sm" c="dimmed">
            {t(`exporter.formatHelp.${format}`)}
          </Text>
        </Stack>
      </Paper>

      <Group>
        <Button
          leftSection={<IconDownload size={18} />}
          onClick={() => void start()}
          disabled={loading || running || ids.length === 0}
          loading={running}
          data-testid="export-run"
        >
          {t('exporter.run')}
        </Button>
        {!loading && ids.length === 0 && <Text c="dimmed">{t('exporter.nothing')}</Text>}
      </Group>

      {progress && (
        <Stack gap={4} data-testid="export-progress">
          <Text size="sm">
            {t('exporter.progress', {
              phase: t(`exporter.phase.${progress.phase}`),
              done: progress.done.toLocaleString(),
              total: progress.total.toLocaleString(),
            })}
          </Text>
          <Progress value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total} animated />
        </Stack>
      )}
      {error && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('exporter.failedTitle')}
          data-testid="export-error"
        >
          {error}
        </Alert>
      )}
      {outcome && <ExportSummary outcome={outcome} />}
    </Stack>
  );
}
