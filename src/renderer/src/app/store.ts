import { create } from 'zustand';
import { changeLocale } from '../i18n';
import type { Locale } from '../i18n';
import { putSetting } from '../db/database';

export const VIEWS = ['import', 'review', 'dashboard', 'export'] as const;
export type View = (typeof VIEWS)[number];

interface AppState {
  view: View;
  locale: Locale;
  setView(view: View): void;
  /** Switches the UI language and remembers it in the local database. */
  setLocale(locale: Locale): Promise<void>;
}

export const useAppStore = create<AppState>((set) => ({
  view: 'import',
  locale: 'ja',
  setView: (view) => set({ view }),
  setLocale: async (locale) => {
    await changeLocale(locale);
    set({ locale });
    await putSetting('locale', locale);
  },
}));
