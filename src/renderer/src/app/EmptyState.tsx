import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store';

/** What a new user sees first: what the app does and the three steps to a dataset. */
export function EmptyState() {
  const { t } = useTranslation();
  const setView = useAppStore((s) => s.setView);
  return (
    <Card withBorder padding="xl" maw={720} mx="auto" mt="xl" data-testid="empty-state">
      <Stack>
        <Title order={2}>{t('empty.title')}</Title>
        <Text c="dimmed">{t('empty.body')}</Text>
        <List type="ordered" spacing="xs">
          <List.Item>{t('empty.step1')}</List.Item>
          <List.Item>{t('empty.step2')}</List.Item>
          <List.Item>{t('empty.step3')}</List.Item>
        </List>
        <Button leftSection={<IconFileImport size={18} />} onClick={() => setView('import')} w="fit-content">
          {t('empty.action')}
        </Button>
      </Stack>
    </Card>
  );
}
