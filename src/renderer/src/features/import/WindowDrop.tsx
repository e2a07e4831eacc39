import { Overlay, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartImport } from './useStartImport';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Dump files dropped anywhere on the window are imported; an overlay says so while dragging. */
export function WindowDrop() {
  const { t } = useTranslation();
  const { importFiles } = useStartImport();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child element crossed
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault(); // allows the drop (and stops navigation)
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void importFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  if (!dragging) return null;
  return (
    <Overlay fixed zIndex={1000} backgroundOpacity={0.55} blur={2} center data-testid="window-drop-overlay">
      <Stack align="center" gap="xs" style={{ pointerEvents: 'none' }}>
        <IconFileImport size={64} color="white" stroke={1.5} />
        <Text c="white" size="xl" fw={600}>
          {t('importer.dropWindow')}
        </Text>
      </Stack>
    </Overlay>
  );
}
