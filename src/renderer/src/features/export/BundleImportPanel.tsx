import { Alert, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDatabaseImport, IconFileUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bundle } from '@shared/bundle/format';
import type { MergeKind, MergePlan, Resolutions } from '@shared/bundle/merge';
import { api } from '../../api';
import { applyBundleImport, BundleError, planBundleImport, readBundleFile } from './bundle-import';
import { AutoChanges } from './AutoChanges';
import { ConflictTable } from './ConflictTable';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; file: string; reason: string | null; detail: string }
  | { step: 'preview'; file: string; bundle: Bundle; plan: MergePlan }
  | { step: 'applying'; file: string; bundle: Bundle; plan: MergePlan };

const KINDS: MergeKind[] = ['new', 'identical', 'update', 'conflict'];
const KIND_COLOR: Record<MergeKind, string> = {
  new: 'teal',
  identical: 'gray',
  update: 'blue',
  conflict: 'orange',
};

/** Choose a bundle, see what it would change, decide conflicts, import. */
export function BundleImportPanel() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [resolutions, setResolutions] = useState<Resolutions>({});

  const load = async (name: string, bytes: () => Promise<Uint8Array>) => {
    setState({ step: 'reading' });
    setResolutions({});
    try {
      const bundle = readBundleFile(name, await bytes());
      setState({ step: 'preview', file: name, bundle, plan: await planBundleImport(bundle) });
    } catch (error) {
      setState({
        step: 'invalid',
        file: name,
        reason: error instanceof BundleError ? error.reason : null,
        detail: error instanceof BundleError ? error.detail : String(error),
      });
    }
  };

  const choose = async () => {
    const chosen = await api.openFiles({ purpose: 'bundle', multiple: false });
    if (chosen === null) return inputRef.current?.click(); // a browser: its own file picker
    const [file] = chosen;
    if (file && 'bytes' in file) await load(file.name, async () => file.bytes);
  };

  const apply = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'applying' });
    try {
      const done = await applyBundleImport(state.plan, resolutions);
      notifications.show({
        color: 'teal',
        title: t('bundleImport.appliedTitle'),
        message: t('bundleImport.applied', { ...done, identical: state.plan.counts.identical }),
      });
      setState({ step: 'idle' });
    } catch (error) {
      notifications.show({ color: 'red', title: t('bundleImport.failedTitle'), message: String(error) });
      // Look again: the library may have changed since the preview.
      setState({ ...state, plan: await planBundleImport(state.bundle) });
    }
  };

  const busy = state.step === 'reading' || state.step === 'applying';
  return (
    <Stack gap="md" data-testid="bundle-import">
      <Text size="sm" c="dimmed">
        {t('bundleImport.intro')}
      </Text>
      <Group>
        <Button
          leftSection={<IconFileUpload size={18} />}
          onClick={() => void choose()}
          disabled={busy}
          loading={state.step === 'reading'}
          data-testid="bundle-choose"
        >
          {t('bundleImport.choose')}
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="bundle-file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void load(file.name, async () => new Uint8Array(await file.arrayBuffer()));
          }}
        />
      </Group>

      {state.step === 'invalid' && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('bundleImport.invalidTitle', { file: state.file })}
          data-testid="bundle-error"
        >
          <Stack gap={4}>
            {state.reason && <Text size="sm">{t(`bundleImport.reason.${state.reason}`)}</Text>}
            <Text size="sm" ff="monospace" style={{ wordBreak: 'break-word' }}>
              {state.detail}
            </Text>
            <Text size="sm" fw={500}>
              {t('bundleImport.unchanged')}
            </Text>
          </Stack>
        </Alert>
      )}

      {(state.step === 'preview' || state.step === 'applying') && (
        <Paper withBorder p="md" radius="md" data-testid="bundle-preview">
          <Stack gap="sm">
            <Text fw={500}>
              {t('bundleImport.manifest', {
                file: state.file,
                count: state.bundle.manifest.recordCount,
                createdAt: new Date(state.bundle.manifest.createdAt).toLocaleString(),
                generator: state.bundle.manifest.generator.name,
                version: state.bundle.manifest.generator.version,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('bundleImport.sources', {
                names: state.bundle.manifest.sources.map((s) => s.name).join('、') || '—',
              })}
            </Text>
            <Tooltip label={t('bundleImport.countsHelp')} multiline w={420}>
              <Group gap="xs" w="fit-content">
                {KINDS.map((kind) => (
                  <Badge
                    key={kind}
                    color={KIND_COLOR[kind]}
                    variant="light"
                    size="lg"
                    data-testid={`bundle-count-${kind}`}
                  >
                    {t(`bundleImport.counts.${kind}`)} {state.plan.counts[kind].toLocaleString()}
                  </Badge>
                ))}
              </Group>
            </Tooltip>
            <AutoChanges plan={state.plan} />
            {state.plan.counts.conflict > 0 && (
              <ConflictTable plan={state.plan} resolutions={resolutions} onChange={setResolutions} />
            )}
            <Group>
              <Button
                leftSection={<IconDatabaseImport size={18} />}
                onClick={() => void apply()}
                loading={state.step === 'applying'}
                data-testid="bundle-apply"
              >
                {t('bundleImport.apply')}
              </Button>
              <Button variant="default" disabled={busy} onClick={() => setState({ step: 'idle' })}>
                {t('bundleImport.discard')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
