import { Accordion, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldChange, MergePlan } from '@shared/bundle/merge';
import { formatValue } from '../review/format-value';

const SHOWN = 100;

function show(t: TFunction, change: FieldChange, value: unknown): string {
  return describe(t, change, value) || t('review.empty');
}

function describe(t: TFunction, { field }: FieldChange, value: unknown): string {
  switch (field) {
    case 'status':
      return t(`labels.status.${String(value)}`);
    case 'note':
      return String(value);
    case 'tags':
      return (value as string[]).join('、');
    case 'sources':
      return (value as { file: string }[]).map((s) => s.file).join('、');
    default:
      return formatValue(t, field, value);
  }
}

/** What the import takes without asking (nothing of the librarian's is replaced), to look over. */
export function AutoChanges({ plan }: { plan: MergePlan }) {
  const { t } = useTranslation();
  const changes = useMemo(
    () => plan.records.flatMap((r) => r.changes.map((change) => ({ record: r.incoming, change }))),
    [plan],
  );
  if (changes.length === 0) return null;
  return (
    <Accordion variant="contained" data-testid="bundle-auto-changes">
      <Accordion.Item value="changes">
        <Accordion.Control>{t('bundleImport.autoTitle', { count: changes.length })}</Accordion.Control>
        <Accordion.Panel>
          <Table fz="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bundleImport.colRecord')}</Table.Th>
                <Table.Th w={140}>{t('bundleImport.colField')}</Table.Th>
                <Table.Th>{t('bundleImport.colMine')}</Table.Th>
                <Table.Th>{t('bundleImport.colAfter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.slice(0, SHOWN).map(({ record, change }) => (
                <Table.Tr key={`${record.id}/${change.field}`}>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {record.values.caseId ? `#${record.values.caseId} ` : ''}
                      {record.values.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {change.field === 'sources'
                      ? t('bundleImport.fieldSources')
                      : t(`labels.field.${change.field}`)}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{show(t, change, change.mine)}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{show(t, change, change.theirs)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {changes.length > SHOWN && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('bundleImport.autoMore', { count: changes.length - SHOWN })}
            </Text>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
