import { AppShell, Center, Loader, NavLink } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconFileExport, IconFileImport, IconListCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { db } from '../db/database';
import { ImportView } from '../features/import/ImportView';
import { WindowDrop } from '../features/import/WindowDrop';
import { ReviewView } from '../features/review/ReviewView';
import { EmptyState } from './EmptyState';
import { useAppStore } from './store';
import type { View } from './store';

// Charts and the export pipeline are loaded when first opened: the app starts on a smaller bundle.
const DashboardView = lazy(() =>
  import('../features/dashboard/DashboardView').then((m) => ({ default: m.DashboardView })),
);
const ExportView = lazy(() =>
  import('../features/export/ExportView').then((m) => ({ default: m.ExportView })),
);

const NAV: { view: View; icon: ReactNode }[] = [
  { view: 'import', icon: <IconFileImport size={18} /> },
  { view: 'review', icon: <IconListCheck size={18} /> },
  { view: 'dashboard', icon: <IconChartBar size={18} /> },
  { view: 'export', icon: <IconFileExport size={18} /> },
];

export function App() {
  const { t } = useTranslation();
  const [navOpened, { toggle }] = useDisclosure();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader navOpened={navOpened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="main">
        {NAV.map(({ view: target, icon }) => (
          <NavLink
            key={target}
            label={t(`nav.${target}`)}
            leftSection={icon}
            active={view === target}
            onClick={() => setView(target)}
            data-testid={`nav-${target}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <WindowDrop />
        <Suspense
          fallback={
            <Center mt="xl">
              <Loader />
            </Center>
          }
        >
          <MainView view={view} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** The current view; an empty library shows what to do first (beside the import view's drop zone). */
function MainView({ view }: { view: View }) {
  const empty = useLiveQuery(async () => (await db.records.count()) === 0, []);
  if (empty === undefined) return null;
  switch (view) {
    case 'import':
      return (
        <>
          {empty && <EmptyState />}
          <ImportView />
        </>
      );
    case 'review':
      return empty ? <EmptyState /> : <ReviewView />;
    case 'dashboard':
      return empty ? <EmptyState /> : <DashboardView />;
    case 'export':
      return <ExportView />;
  }
}
