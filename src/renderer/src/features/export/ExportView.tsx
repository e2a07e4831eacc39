import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BundleImportPanel } from './BundleImportPanel';
import { ExportPanel } from './ExportPanel';

/** Export the curated dataset, and import a colleague's bundle. */
export function ExportView() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100} mx="auto" gap="lg" data-testid="export-view">
      <div>
        <Title order={2}>{t('exporter.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('exporter.intro')}
        </Text>
      </div>
      <Tabs defaultValue="export" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="export" leftSection={<IconFileExport size={16} />} data-testid="export-tab">
            {t('exporter.tabExport')}
          </Tabs.Tab>
          <Tabs.Tab
            value="import"
            leftSection={<IconDatabaseImport size={16} />}
            data-testid="bundle-import-tab"
          >
            {t('exporter.tabImport')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <BundleImportPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
