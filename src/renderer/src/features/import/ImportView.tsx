import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconFileText } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportHistory } from './ImportHistory';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportSummaryCard } from './ImportSummaryCard';
import { ReparseCard } from './ReparseCard';
import { useReparseStore } from './reparse-store';
import { useImportStore } from './import-store';
import { useStartImport } from './useStartImport';

export function ImportView() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const importing = useImportStore((s) => s.progress !== null);
  const reparsing = useReparseStore((s) => s.progress !== null);
  const running = importing || reparsing;
  const { importFiles, chooseFiles } = useStartImport();

  return (
    <Stack maw={1100} mx="auto" gap="lg" data-testid="import-view">
      <div>
        <Title order={2}>{t('importer.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('importer.intro')}
        </Text>
      </div>
      <Paper
        withBorder
        radius="md"
        p="xl"
        data-testid="import-dropzone"
        style={{ borderStyle: 'dashed', borderWidth: 2 }}
      >
        <Group justify="center" gap="xl" wrap="nowrap">
          <IconFileText size={48} stroke={1.3} color="var(--mantine-color-indigo-5)" />
          <Stack gap={4}>
            <Text size="lg" fw={500}>
              {t('importer.drop')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('importer.dropHint')}
            </Text>
          </Stack>
          <Button
            leftSection={<IconFileImport size={18} />}
            disabled={running}
            onClick={() => void chooseFiles(() => inputRef.current?.click())}
            data-testid="import-choose"
          >
            {t('importer.choose')}
          </Button>
        </Group>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = ''; // the same files can be chosen again
            void importFiles(files);
          }}
        />
      </Paper>
      <ImportProgressCard />
      <ImportSummaryCard />
      <ReparseCard />
      <ImportHistory />
    </Stack>
  );
}
