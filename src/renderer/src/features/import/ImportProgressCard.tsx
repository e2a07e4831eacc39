import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';
import { cancelImport } from './run-import';
import { StopButton } from './StopButton';

const number = new Intl.NumberFormat();

export function ImportProgressCard() {
  const { t } = useTranslation();
  const progress = useImportStore((s) => s.progress);
  if (!progress) return null;
  const overall = ((progress.fileIndex + progress.fileFraction) / progress.fileCount) * 100;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="import-progress" aria-live="polite">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('importer.progressTitle')}</Text>
          <StopButton
            label={progress.cancelling ? t('importer.cancelling') : t('importer.cancel')}
            stopping={progress.cancelling}
            onClick={() => void cancelImport()}
            testId="import-cancel"
          />
        </Group>
        <Progress value={overall} animated size="lg" aria-label={t('importer.progressTitle')} />
        <Group justify="space-between">
          <Text size="sm">
            {t('importer.progressFiles', {
              index: progress.fileIndex + 1,
              total: progress.fileCount,
              file: progress.file,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('importer.progressStats', {
              posts: number.format(progress.posts),
              stored: number.format(progress.stored),
              rate: number.format(Math.round(progress.recordsPerSecond)),
            })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
