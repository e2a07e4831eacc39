import { Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';
import { cancelImport } from './run-import';

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
          <Button
            variant="light"
            color="red"
            size="xs"
            leftSection={<IconPlayerStop size={14} />}
            loading={progress.cancelling}
            onClick={() => void cancelImport()}
            data-testid="import-cancel"
          >
            {progress.cancelling ? t('importer.cancelling') : t('importer.cancel')}
          </Button>
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
