import { Alert, Code, Table } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FORMAT_LABEL } from './messages';
import type { ExportOutcome } from './run-export';

/** What was written, where, and the hash that identifies its content. */
export function ExportSummary({ outcome }: { outcome: ExportOutcome }) {
  const { t } = useTranslation();
  const { result, saved, seconds, format } = outcome;
  if (!saved.saved)
    return (
      <Alert
        color="gray"
        icon={<IconInfoCircle />}
        title={t('exporter.cancelledTitle')}
        data-testid="export-summary"
      />
    );
  const rows: [string, ReactNode][] = [
    [t('exporter.summary.file'), result.fileName],
    [t('exporter.summary.location'), saved.location ?? '—'],
    [t('exporter.summary.count'), result.count.toLocaleString()],
    [t('exporter.summary.format'), t(FORMAT_LABEL[format])],
    [t('exporter.summary.sha256'), <Code key="sha">{result.sha256}</Code>],
    [t('exporter.summary.seconds'), t('exporter.seconds', { value: seconds.toFixed(1) })],
  ];
  return (
    <Alert
      color="teal"
      icon={<IconCircleCheck />}
      title={t('exporter.doneTitle')}
      data-testid="export-summary"
    >
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220} fw={500}>
                {label}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
