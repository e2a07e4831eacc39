/** Page objects for the review workspace: import, review list and record pane, dashboard. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The real dumps beside the repository (`../shared/dumps`), or null when they are absent. */
export function sharedDumps(): string[] | null {
  const dir = resolve(process.cwd(), '..', 'shared', 'dumps');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
  return files.length > 0 ? files : null;
}

export class ImportPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-import').click();
    await expect(this.page.getByTestId('import-view')).toBeVisible();
  }

  /** Imports files through the page's file input and waits for the summary. */
  async importFiles(files: string[] | { name: string; mimeType: string; buffer: Buffer }[]) {
    await this.open();
    await this.page.getByTestId('import-file-input').setInputFiles(files);
    await expect(this.page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
    await expect(this.page.getByTestId('import-progress')).toHaveCount(0);
  }

  totals(): Locator {
    return this.page.getByTestId('import-totals');
  }
}

export class ReviewPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-review').click();
    await expect(this.page.getByTestId('review-view')).toBeVisible();
    await expect(this.rows().first()).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('record-row');
  }

  focusedRow(): Locator {
    return this.page.locator('[data-testid="record-row"][aria-selected="true"]');
  }

  pane(): Locator {
    return this.page.getByTestId('record-pane');
  }

  async focusedRecordId(): Promise<string> {
    return (await this.pane().getAttribute('data-record-id'))!;
  }

  async search(text: string) {
    const input = this.page.getByTestId('review-search');
    await input.fill(text);
    await input.press('Enter');
  }

  async selectKind(kind: 'インシデント' | 'その他の投稿' | 'すべて') {
    await this.page.getByTestId('kind-filter').getByText(kind, { exact: true }).click();
  }

  /** The shown/total counter, e.g. "12 / 80 件". */
  async counts(): Promise<{ shown: number; total: number }> {
    const text = (await this.page.getByTestId('review-count').textContent()) ?? '';
    const [shown, total] = text.replace(/,/g, '').match(/\d+/g)!.map(Number) as [number, number];
    return { shown, total };
  }

  field(name: string): Locator {
    return this.pane().getByTestId(`field-${name}`);
  }

  /** Leaves any input, so the next keys go to the shortcuts. */
  async leaveInputs() {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
}

/** Counts the records in the app's IndexedDB directly, independent of the UI. */
export function countStoredRecords(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('incident-librarian');
        open.onsuccess = () => {
          const count = open.result.transaction('records').objectStore('records').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
