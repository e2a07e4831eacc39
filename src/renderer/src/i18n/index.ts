import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';
import { workspaceMessages } from '../features/workspace-messages';
import * as exportMessages from '../features/export/messages';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Japanese first: the app's users are Japanese librarians. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      ja: { translation: { ...ja, ...workspaceMessages.ja, ...exportMessages.ja } },
      en: { translation: { ...en, ...workspaceMessages.en, ...exportMessages.en } },
    },
    lng: locale,
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = locale;
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
