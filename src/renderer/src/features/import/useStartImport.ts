import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { chooseWithDialog, toDumpInputs } from './dump-inputs';
import { isImporting, runImport } from './run-import';
import { isReparsing } from './reparse-store';

/** An import waits for a running import or re-parse: both write the same records. */
const busy = () => isImporting() || isReparsing();

/** Starting an import from dropped or chosen files, with the busy check and the view switch. */
export function useStartImport() {
  const { t } = useTranslation();
  const setView = useAppStore((s) => s.setView);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      if (busy()) {
        notifications.show({ color: 'yellow', message: t('importer.busy') });
        return;
      }
      setView('import');
      await runImport(await toDumpInputs(files));
    },
    [setView, t],
  );

  /** Electron's dialog when there is one; otherwise `openInput` shows the page's file input. */
  const chooseFiles = useCallback(
    async (openInput: () => void) => {
      if (busy()) {
        notifications.show({ color: 'yellow', message: t('importer.busy') });
        return;
      }
      const chosen = await chooseWithDialog();
      if (chosen === null) openInput();
      else if (chosen.length > 0) await runImport(chosen);
    },
    [t],
  );

  return { importFiles, chooseFiles };
}
