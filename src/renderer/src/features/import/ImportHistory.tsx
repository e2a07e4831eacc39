import { ActionIcon, Card, CopyButton, Group, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';

const HISTORY_LIMIT = 200;

export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const entries = useLiveQuery(() => db.imports.orderBy('at').reverse().limit(HISTORY_LIMIT).toArray(), []);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card withBorder radius="md" padding="lg" data-testid="import-history">
      <Stack gap="sm">
        <Text fw={600}>{t('importer.historyTitle')}</Text>
        {entries && entries.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('importer.historyEmpty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Table striped highlightOnHover fz="sm" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('importer.col.file')}</Table.Th>
                  <Table.Th>{t('importer.col.sha256')}</Table.Th>
                  <Table.Th>{t('importer.col.date')}</Table.Th>
                  <Table.Th>{t('importer.col.parser')}</Table.Th>
                  <Table.Th ta="right">{t('importer.col.new')}</Table.Th>
                  <Table.Th ta="right">{t('importer.col.unchanged')}</Table.Th>
                  <Table.Th ta="right">{t('importer.col.updated')}</Table.Th>
                  <Table.Th ta="right">{t('importer.col.others')}</Table.Th>
                  <Table.Th ta="right">{t('importer.col.warnings')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries?.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="import-history-row">
                    <Table.Td>{entry.file}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={entry.sha256}>
                          <Text ff="monospace" size="xs">
                            {entry.sha256.slice(0, 12)}…
                          </Text>
                        </Tooltip>
                        <CopyButton value={entry.sha256}>
                          {({ copied, copy }) => (
                            <ActionIcon
                              variant="subtle"
                              size="sm"
                              color={copied ? 'teal' : 'gray'}
                              onClick={copy}
                              aria-label={t('importer.col.sha256')}
                            >
                              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                            </ActionIcon>
                          )}
                        </CopyButton>
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateFormat.format(entry.at)}</Table.Td>
                    <Table.Td>{entry.parserVersion}</Table.Td>
                    <Table.Td ta="right">{entry.counts.new}</Table.Td>
                    <Table.Td ta="right">{entry.counts.unchanged}</Table.Td>
                    <Table.Td ta="right">{entry.counts.updated}</Table.Td>
                    <Table.Td ta="right">{entry.counts.others}</Table.Td>
                    <Table.Td ta="right">{entry.counts.warnings}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Card>
  );
}
