import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useAppStore } from './app/store';
import { db, getSetting } from './db/database';
import { initI18n, LOCALES } from './i18n';
import type { Locale } from './i18n';

const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    'system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic UI", Meiryo, sans-serif',
});

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    await db.open();
    const saved = await getSetting<string>('locale', 'ja');
    const locale: Locale = (LOCALES as readonly string[]).includes(saved) ? (saved as Locale) : 'ja';
    await initI18n(locale);
    useAppStore.setState({ locale });
  } catch (error) {
    await initI18n('ja');
    root.render(
      <p role="alert">
        ローカルデータベースを開けませんでした / Could not open the local database: {String(error)}
      </p>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <Notifications position="bottom-right" />
        <App />
      </MantineProvider>
    </StrictMode>,
  );
  // Tests wait for this instead of sleeping.
  document.documentElement.dataset['ready'] = 'true';
}

void start();
