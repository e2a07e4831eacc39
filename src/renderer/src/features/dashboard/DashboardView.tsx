import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_STATUSES } from '@shared/library';
import { CATEGORIES, ORG_TYPES } from '@shared/record';
import { useLibraryRows } from '../library/useLibraryRows';
import { dashboardCounts } from './dashboard-counts';

const STATUS_CHART_COLOR = { draft: 'gray.5', reviewed: 'teal.6', excluded: 'red.5' } as const;

function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId}>
      <Text fw={600} mb="md">
        {title}
      </Text>
      {children}
    </Card>
  );
}

export function DashboardView() {
  const { t } = useTranslation();
  const { rows, status } = useLibraryRows();
  const counts = useMemo(() => dashboardCounts(rows), [rows]);
  const series = [{ name: 'count', label: t('dashboard.records'), color: 'indigo.6' }];

  if (status !== 'ready' && rows.length === 0)
    return (
      <Center h={300}>
        <Loader />
      </Center>
    );

  const reviewed = counts.byStatus.reviewed;
  const statusTotal = REVIEW_STATUSES.reduce((sum, s) => sum + counts.byStatus[s], 0);
  const categoryData = CATEGORIES.map((c) => ({
    label: t(`labels.category.${c}`),
    count: counts.byCategory[c],
  }))
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count);
  const orgData = ORG_TYPES.map((o) => ({
    label: t(`labels.orgType.${o}`),
    count: counts.byOrgType[o],
  })).filter((d) => d.count > 0);

  return (
    <Stack gap="lg" maw={1400} mx="auto" data-testid="dashboard-view">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('dashboard.title')}</Title>
          <Text c="dimmed" size="sm" data-testid="dashboard-scope">
            {t('dashboard.scope', {
              incidents: counts.incidents.toLocaleString(),
              others: counts.others.toLocaleString(),
            })}
          </Text>
        </div>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartCard title={t('dashboard.byStatus')} testId="chart-status">
          <Group justify="center" gap="xl">
            <DonutChart
              size={180}
              thickness={28}
              withLabelsLine={false}
              chartLabel={t('dashboard.reviewedShare', {
                percent: statusTotal === 0 ? 0 : Math.round((reviewed / statusTotal) * 100),
              })}
              data={REVIEW_STATUSES.map((s) => ({
                name: t(`labels.status.${s}`),
                value: counts.byStatus[s],
                color: STATUS_CHART_COLOR[s],
              }))}
            />
            <Stack gap={6}>
              {REVIEW_STATUSES.map((s) => (
                <Group key={s} gap="xs">
                  <div
                    style={{
                      width: 12,
                      height: 12,
                      borderRadius: 3,
                      background: `var(--mantine-color-${STATUS_CHART_COLOR[s].replace('.', '-')})`,
                    }}
                  />
                  <Text size="sm" w={70}>
                    {t(`labels.status.${s}`)}
                  </Text>
                  <Text size="sm" fw={600} data-testid={`status-count-${s}`}>
                    {counts.byStatus[s].toLocaleString()}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Group>
        </ChartCard>
        <ChartCard title={t('dashboard.byOrgType')} testId="chart-orgtype">
          <BarChart h={220} data={orgData} dataKey="label" series={series} tickLine="y" />
        </ChartCard>
        <ChartCard title={t('dashboard.byCategory')} testId="chart-category">
          <BarChart
            h={Math.max(220, categoryData.length * 30)}
            data={categoryData}
            dataKey="label"
            series={series}
            orientation="vertical"
            yAxisProps={{ width: 130 }}
            tickLine="x"
          />
        </ChartCard>
        <ChartCard title={t('dashboard.byMonth')} testId="chart-month">
          <BarChart h={220} data={counts.byMonth} dataKey="month" series={series} tickLine="y" />
          {counts.undated > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('dashboard.noDate', { count: counts.undated })}
            </Text>
          )}
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
