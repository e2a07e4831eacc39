import {
  ActionIcon,
  Burger,
  Group,
  SegmentedControl,
  Text,
  Title,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n';
import { useAppStore } from './store';

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav(): void }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" />
        <Title order={1} size="h4">
          {t('app.title')}
        </Title>
        <Text c="dimmed" size="sm" visibleFrom="md">
          {t('app.tagline')}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('header.language')}
          data-testid="locale-switch"
          value={locale}
          onChange={(value) => void setLocale(value as Locale)}
          data={[
            { value: 'ja', label: '日本語' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Tooltip
          label={`${t('header.theme')}: ${colorScheme === 'dark' ? t('header.dark') : t('header.light')}`}
        >
          <ActionIcon variant="default" size="lg" aria-label={t('header.theme')} onClick={toggleColorScheme}>
            {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
