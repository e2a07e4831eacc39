import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useImportStore } from './import-store';
import { cancelReparse, runReparse, useReparseStore } from './reparse-store';
import { StopButton } from './StopButton';

const number = new Intl.NumberFormat();
const formatted = (p: { done: number; total: number; updated: number; flagged: number }) => ({
  done: number.format(p.done),
  total: number.format(p.total),
  updated: number.format(p.updated),
  flagged: number.format(p.flagged),
});

/** Reads the stored posts again with the current parser (see reparse-library.ts). */
export function ReparseCard() {
  const { t } = useTranslation();
  const { progress, outcome, failure } = useReparseStore();
  const importing = useImportStore((s) => s.progress !== null);
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void api.appInfo().then(
      (info) => setVersion(info.parserVersion),
      () => setVersion(null),
    );
  }, []);

  return (
    <Card withBorder radius="md" padding="lg" data-testid="reparse-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={600}>{t('reparse.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('reparse.body', { version: version ?? '?' })}
            </Text>
          </div>
          {progress ? (
            <StopButton
              label={t('reparse.cancel')}
              stopping={progress.cancelling}
              onClick={cancelReparse}
              testId="reparse-cancel"
            />
          ) : (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconRefresh size={14} />}
              disabled={importing}
              onClick={() => void runReparse()}
              data-testid="reparse-start"
            >
              {t('reparse.start')}
            </Button>
          )}
        </Group>
        {progress && (
          <Stack gap={4} aria-live="polite">
            <Progress
              value={progress.total > 0 ? (progress.done / progress.total) * 100 : 0}
              animated
              aria-label={t('reparse.title')}
            />
            <Text size="sm" c="dimmed" data-testid="reparse-progress">
              {t('reparse.progress', formatted(progress))}
            </Text>
          </Stack>
        )}
        {outcome && (
          <Alert color={outcome.cancelled ? 'gray' : 'teal'} data-testid="reparse-outcome">
            {outcome.total === 0
              ? t('reparse.nothing')
              : t(outcome.cancelled ? 'reparse.cancelled' : 'reparse.done', formatted(outcome))}
          </Alert>
        )}
        {failure && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="reparse-failure">
            {t('reparse.failed', { message: failure })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
