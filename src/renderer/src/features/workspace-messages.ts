/** The review workspace's UI text (import, review, tags, dashboard, enum labels), registered in i18n. */
import * as dashboard from './dashboard/messages';
import * as importer from './import/messages';
import * as labels from './labels/messages';
import * as review from './review/messages';
import * as tags from './tags/messages';

export const workspaceMessages = {
  ja: { ...labels.ja, ...importer.ja, ...review.ja, ...tags.ja, ...dashboard.ja },
  en: { ...labels.en, ...importer.en, ...review.en, ...tags.en, ...dashboard.en },
};
