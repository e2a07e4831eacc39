import { AppShell, NavLink } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconFileExport, IconFileImport, IconListCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { EmptyState } from './EmptyState';
import { useAppStore } from './store';
import type { View } from './store';

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
        <EmptyState />
      </AppShell.Main>
    </AppShell>
  );
}
