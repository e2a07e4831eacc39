/** Page object of the Export view (export and bundle import), and bundles made for tests. */
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { exportLibraryRecords, exportText } from '../../../src/shared/bundle/export';
import type { LibraryRecord } from '../../../src/shared/library';

export class ExportPage {
  constructor(readonly page: Page) {}

  view(): Locator {
    return this.page.getByTestId('export-view');
  }

  async open() {
    await this.page.getByTestId('nav-export').click();
    await expect(this.view()).toBeVisible();
  }

  /** "By status and tag", with these statuses ticked (Japanese labels). */
  async selectStatuses(labels: string[]) {
    await this.view().getByRole('radio', { name: 'ステータスとタグで選ぶ' }).check();
    for (const name of ['未確認', '確認済', '除外']) {
      const chip = this.view().getByRole('checkbox', { name, exact: true });
      if ((await chip.isChecked()) !== labels.includes(name))
        await this.page.getByTestId('export-statuses').getByText(name, { exact: true }).click();
    }
  }

  /** Waits for the selection count to read n: the lists follow the database a moment later. */
  async expectCount(n: number) {
    await expect(this.page.getByTestId('export-count')).toHaveText(`対象 ${n.toLocaleString('en-US')} 件`);
  }

  /** Exports in the given format and returns the downloaded file. */
  async download(
    format: 'バンドル (JSON)' | 'JSON Lines' | 'CSV (Excel)',
  ): Promise<{ name: string; text: string }> {
    await this.page.getByTestId('export-format').getByText(format, { exact: true }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('export-run').click(),
    ]);
    await expect(this.page.getByTestId('export-summary')).toBeVisible();
    return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  }

  async chooseBundle(name: string, text: string) {
    await this.page.getByTestId('bundle-import-tab').click();
    await this.page
      .getByTestId('bundle-file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async mergeCounts(): Promise<Record<'new' | 'identical' | 'update' | 'conflict', number>> {
    await expect(this.page.getByTestId('bundle-preview')).toBeVisible();
    const read = async (kind: string) =>
      Number((await this.page.getByTestId(`bundle-count-${kind}`).textContent())!.replace(/[^\d]/g, ''));
    return {
      new: await read('new'),
      identical: await read('identical'),
      update: await read('update'),
      conflict: await read('conflict'),
    };
  }

  async applyImport() {
    await this.page.getByTestId('bundle-apply').click();
    await expect(this.page.getByTestId('bundle-preview')).toHaveCount(0);
  }
}

/** A bundle file as the app writes it, made in Node from library records. */
export async function bundleOf(records: LibraryRecord[]): Promise<string> {
  const generator = { name: 'Incident Librarian', version: 'test', parserVersion: 'test' };
  const selection = { statuses: ['reviewed' as const], tags: [], filter: null };
  return exportText(await exportLibraryRecords(records, 'bundle', { generator, selection }));
}
