import { Alert, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { useImportStore } from './import-store';
import type { FileOutcome } from './import-store';

const STATUS_COLOR: Record<FileOutcome['status'], string> = { done: 'teal', error: 'red', cancelled: 'gray' };

export function ImportSummaryCard() {
  const { t, i18n } = useTranslation();
  const summary = useImportStore((s) => s.summary);
  const setView = useAppStore((s) => s.setView);
  if (!summary) return null;
  const errors = summary.files.filter((f) => f.status === 'error');
  return (
    <Card withBorder radius="md" padding="lg" data-testid="import-summary">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" />
            <Text fw={600}>{t('importer.summaryTitle')}</Text>
          </Group>
          <Button
            variant="light"
            size="xs"
            rightSection={<IconArrowRight size={14} />}
            onClick={() => setView('review')}
          >
            {t('importer.goReview')}
          </Button>
        </Group>
        <Text data-testid="import-totals">{t('importer.summaryTotals', { ...summary.totals })}</Text>
        {summary.cancelled && (
          <Alert color="gray" icon={<IconInfoCircle size={18} />}>
            {t('importer.summaryCancelled')}
          </Alert>
        )}
        {summary.failure && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            {t('importer.summaryFailure', { message: summary.failure })}
          </Alert>
        )}
        {errors.map((error) => (
          <Alert
            key={error.file}
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title={t('importer.fileError', { file: error.file })}
            data-testid="import-file-error"
            data-code={error.code}
          >
            {error.code && i18n.exists(`importer.errorCode.${error.code}`) ? (
              <Stack gap={2}>
                <Text size="sm">{t(`importer.errorCode.${error.code}`)}</Text>
                <Text size="xs" c="dimmed">
                  {error.message}
                </Text>
              </Stack>
            ) : (
              error.message
            )}
          </Alert>
        ))}
        <Table striped withTableBorder fz="sm" data-testid="import-summary-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('importer.col.file')}</Table.Th>
              <Table.Th>{t('importer.col.status')}</Table.Th>
              <Table.Th ta="right">{t('importer.col.new')}</Table.Th>
              <Table.Th ta="right">{t('importer.col.unchanged')}</Table.Th>
              <Table.Th ta="right">{t('importer.col.updated')}</Table.Th>
              <Table.Th ta="right">{t('importer.col.others')}</Table.Th>
              <Table.Th ta="right">{t('importer.col.warnings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.files.map((file) => (
              <Table.Tr key={file.file}>
                <Table.Td>{file.file}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[file.status]} variant="light">
                    {t(`importer.status.${file.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{file.counts?.new ?? '–'}</Table.Td>
                <Table.Td ta="right">{file.counts?.unchanged ?? '–'}</Table.Td>
                <Table.Td ta="right">{file.counts?.updated ?? '–'}</Table.Td>
                <Table.Td ta="right">{file.counts?.others ?? '–'}</Table.Td>
                <Table.Td ta="right">{file.counts?.warnings ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
