import type { Messages } from './ja';

export const en: Messages = {
  app: {
    title: 'Incident Librarian',
    tagline: 'Curating the security casebook',
    loading: 'Loading…',
    dbError: 'Could not open the local database: {{message}}',
  },
  nav: { import: 'Import', review: 'Review', dashboard: 'Dashboard', export: 'Export' },
  header: { language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', help: 'Keyboard shortcuts' },
  empty: {
    title: 'No records yet',
    body: 'Import text dumps of the security casebook and the app extracts case ids, organisations, dates, affected counts, exposed data and more from every post. Review the values beside the source text, correct them, and export a curated dataset.',
    step1: 'In Import, drop dump files (.txt) or choose them',
    step2: 'In Review, check each value against the source; mark reviewed, exclude, tag',
    step3: 'In Export, save the reviewed records as JSON, JSON Lines or CSV',
    action: 'Import dumps',
  },
  common: { cancel: 'Cancel', close: 'Close', save: 'Save', undo: 'Undo', redo: 'Redo' },
};
