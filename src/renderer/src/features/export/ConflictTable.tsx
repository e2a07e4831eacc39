import { Button, Group, Pagination, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Choice, ConflictField, MergePlan, Resolutions } from '@shared/bundle/merge';
import { formatValue } from '../review/format-value';

const PAGE = 20;

function show(t: TFunction, field: ConflictField, value: unknown): string {
  if (field === 'status') return t(`labels.status.${String(value)}`);
  if (field === 'note') return String(value);
  return formatValue(t, field, value);
}

/** Every conflicting field of every record, with a mine/theirs choice per field and per record. */
export function ConflictTable({
  plan,
  resolutions,
  onChange,
}: {
  plan: MergePlan;
  resolutions: Resolutions;
  onChange(next: Resolutions): void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const conflicted = useMemo(() => plan.records.filter((r) => r.kind === 'conflict'), [plan]);
  const pages = Math.ceil(conflicted.length / PAGE);
  const visible = conflicted.slice((page - 1) * PAGE, page * PAGE);

  const chooseAll = (choice: Choice, records = conflicted) => {
    const next = { ...resolutions };
    for (const r of records) next[r.id] = Object.fromEntries(r.conflicts.map((c) => [c.field, choice]));
    onChange(next);
  };
  const chooseOne = (id: string, field: ConflictField, choice: Choice) =>
    onChange({ ...resolutions, [id]: { ...resolutions[id], [field]: choice } });

  return (
    <Stack gap="sm" data-testid="bundle-conflicts">
      <Group justify="space-between">
        <Title order={4}>{t('bundleImport.conflictsTitle', { count: conflicted.length })}</Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => chooseAll('mine')}>
            {t('bundleImport.allMine')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => chooseAll('theirs')}
            data-testid="bundle-all-theirs"
          >
            {t('bundleImport.allTheirs')}
          </Button>
        </Group>
      </Group>
      {visible.map((record) => {
        return (
          <Stack key={record.id} gap={4} data-testid="bundle-conflict">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={500} size="sm" lineClamp={1}>
                {record.incoming.values.caseId ? `#${record.incoming.values.caseId} ` : ''}
                {record.incoming.values.title}
              </Text>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="subtle" onClick={() => chooseAll('mine', [record])}>
                  {t('bundleImport.recordMine')}
                </Button>
                <Button size="compact-xs" variant="subtle" onClick={() => chooseAll('theirs', [record])}>
                  {t('bundleImport.recordTheirs')}
                </Button>
              </Group>
            </Group>
            <Table withTableBorder fz="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={140}>{t('bundleImport.colField')}</Table.Th>
                  <Table.Th>{t('bundleImport.colMine')}</Table.Th>
                  <Table.Th>{t('bundleImport.colTheirs')}</Table.Th>
                  <Table.Th w={170}>{t('bundleImport.colChoice')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {record.conflicts.map((c) => (
                  <Table.Tr key={c.field}>
                    <Table.Td>{t(`labels.field.${c.field}`)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{show(t, c.field, c.mine)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{show(t, c.field, c.theirs)}</Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        value={resolutions[record.id]?.[c.field] ?? 'mine'}
                        onChange={(value) => chooseOne(record.id, c.field, value as Choice)}
                        data={[
                          { value: 'mine', label: t('bundleImport.keepMine') },
                          { value: 'theirs', label: t('bundleImport.takeTheirs') },
                        ]}
                        aria-label={t(`labels.field.${c.field}`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
      {pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('bundleImport.page', {
              from: (page - 1) * PAGE + 1,
              to: Math.min(page * PAGE, conflicted.length),
              total: conflicted.length,
            })}
          </Text>
          <Pagination value={page} onChange={setPage} total={pages} size="sm" />
        </Group>
      )}
    </Stack>
  );
}
