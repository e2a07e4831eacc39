/**
 * The librarian's daily work through the browser harness: import the real dumps, correct,
 * tag, reload, re-import; keyboard review; undo; bad files; non-incident posts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PARSE_WINDOW } from '../../src/shared/api';
import { test, expect } from './support/fixtures';
import { countStoredRecords, ImportPage, ReviewPage, sharedDumps } from './support/review-workspace';

const dumps = sharedDumps();
test.skip(!dumps, 'the real dumps are not there: ../shared/dumps (beside the repository) is absent');

test('a correction and tags survive a reload and a re-import, and nothing is duplicated', async ({ app }) => {
  const importer = new ImportPage(app);
  await importer.importFiles(dumps!);
  await expect(app.getByTestId('import-file-error')).toHaveCount(0);
  await expect(app.getByTestId('import-history-row')).toHaveCount(dumps!.length);
  const stored = await countStoredRecords(app);
  expect(stored).toBeGreaterThan(0);

  const review = new ReviewPage(app);
  await review.open();
  const recordId = await review.focusedRecordId();

  // Correct the affected count.
  const count = review.field('affectedCount').getByRole('textbox');
  await count.fill('12345');
  await count.press('Enter');
  await expect(review.field('affectedCount')).toHaveAttribute('data-corrected', 'true');

  // Tag it.
  const tags = app.getByTestId('record-tags').locator('input');
  await tags.fill('要確認');
  await tags.press('Enter');
  await review.leaveInputs();
  await expect(app.getByTestId('record-tags')).toContainText('要確認');

  await app.reload();
  await expect(app.locator('html[data-ready="true"]')).toBeAttached();

  await importer.importFiles(dumps!);
  await expect(importer.totals()).toContainText(`新規 0 · 変更なし ${stored}`);
  expect(await countStoredRecords(app)).toBe(stored);
  await expect(app.getByTestId('import-history-row')).toHaveCount(dumps!.length * 2);

  await review.open();
  await app.locator(`[data-testid="record-row"][data-record-id="${recordId}"]`).click();
  await expect(review.pane()).toHaveAttribute('data-record-id', recordId);
  await expect(review.field('affectedCount').getByRole('textbox')).toHaveValue('12,345');
  await expect(review.field('affectedCount')).toHaveAttribute('data-corrected', 'true');
  await expect(app.getByTestId('record-tags')).toContainText('要確認');
  expect((await review.counts()).total).toBe(stored);
  // The record's edit history survived too, newest first.
  const history = app.getByTestId('edit-history-entry');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('タグ');
  await expect(history.first()).toContainText('要確認');
  await expect(history.nth(1)).toContainText('影響件数');
  await expect(history.nth(1)).toContainText('12,345');
});

test('keyboard review: j/k move, Enter accepts and goes to the next unreviewed, x excludes', async ({
  app,
}) => {
  await new ImportPage(app).importFiles(dumps!);
  const review = new ReviewPage(app);
  await review.open();
  const rows = review.rows();
  const first = await rows.nth(0).getAttribute('data-record-id');
  const second = await rows.nth(1).getAttribute('data-record-id');
  const third = await rows.nth(2).getAttribute('data-record-id');
  await review.leaveInputs();

  await expect(review.pane()).toHaveAttribute('data-record-id', first!);
  await app.keyboard.press('j');
  await expect(review.pane()).toHaveAttribute('data-record-id', second!);
  await app.keyboard.press('k');
  await expect(review.pane()).toHaveAttribute('data-record-id', first!);
  await app.keyboard.press('ArrowDown');
  await expect(review.pane()).toHaveAttribute('data-record-id', second!);
  await app.keyboard.press('k');
  await expect(review.pane()).toHaveAttribute('data-record-id', first!);

  await app.keyboard.press('Enter');
  await expect(app.locator(`[data-record-id="${first}"][data-testid="record-row"]`)).toHaveAttribute(
    'data-status',
    'reviewed',
  );
  await expect(review.pane()).toHaveAttribute('data-record-id', second!);

  await app.keyboard.press('x');
  await expect(app.locator(`[data-record-id="${second}"][data-testid="record-row"]`)).toHaveAttribute(
    'data-status',
    'excluded',
  );
  await expect(review.pane()).toHaveAttribute('data-record-id', third!);

  // Shortcuts stay quiet while typing: "j" goes into the search box.
  await app.keyboard.press('/');
  await app.keyboard.type('jx');
  await expect(app.getByTestId('review-search')).toHaveValue('jx');
  await expect(review.pane()).toHaveAttribute('data-record-id', third!);
  await app.keyboard.press('Escape');

  await app.keyboard.press('?');
  await expect(app.getByRole('dialog', { name: 'キーボードショートカット' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
});

test('Ctrl+Z undoes an edit and Ctrl+Shift+Z redoes it', async ({ app }) => {
  await new ImportPage(app).importFiles(dumps!);
  const review = new ReviewPage(app);
  await review.open();
  const organization = review.field('organization').getByRole('textbox');
  const original = await organization.inputValue();

  await organization.fill('訂正後の組織名');
  await organization.press('Enter');
  await expect(review.field('organization')).toHaveAttribute('data-corrected', 'true');
  await review.leaveInputs();

  await app.keyboard.press('Control+z');
  await expect(review.field('organization').getByRole('textbox')).toHaveValue(original);
  await expect(review.field('organization')).not.toHaveAttribute('data-corrected', 'true');

  await app.keyboard.press('Control+Shift+z');
  await expect(review.field('organization').getByRole('textbox')).toHaveValue('訂正後の組織名');
  // Undo and redo are in the record's history like any edit: edit, undo, redo.
  await expect(app.getByTestId('edit-history-entry')).toHaveCount(3);
  await expect(app.getByTestId('edit-history-entry').first()).toContainText(`${original} → 訂正後の組織名`);

  // Status changes are undoable too.
  await app.keyboard.press('x');
  await app.keyboard.press('Control+z');
  await expect(review.rows().first()).toHaveAttribute('data-status', 'draft');
});

test('search finds Japanese words inside unspaced text, and bulk tagging tags the selection', async ({
  app,
}) => {
  await new ImportPage(app).importFiles(dumps!);
  const review = new ReviewPage(app);
  await review.open();
  const before = await review.counts();

  await review.search('ランサムウェア');
  await expect.poll(async () => (await review.counts()).shown).toBeLessThan(before.shown);
  const hits = (await review.counts()).shown;
  expect(hits).toBeGreaterThan(0);
  await expect(review.rows()).toHaveCount(Math.min(hits, await review.rows().count()));

  await app.getByText('表示中をすべて選択').click();
  await expect(app.getByTestId('bulk-count')).toContainText(`${hits} 件選択中`);
  const bulkInput = app.getByTestId('bulk-tags-input').locator('input');
  await bulkInput.fill('ランサム');
  await bulkInput.press('Enter');
  await app.getByTestId('bulk-tags-add').click();
  await expect(app.getByTestId('record-tags')).toContainText('ランサム');

  await review.search('');
  await app.getByTestId('filters-button').click();
  await app.getByRole('dialog').getByRole('combobox', { name: 'タグ' }).click();
  await app.getByRole('option', { name: 'ランサム' }).click();
  await expect.poll(async () => (await review.counts()).shown).toBe(hits);
});

test('non-incident posts are kept in their own list and can be promoted', async ({ app }) => {
  await new ImportPage(app).importFiles(dumps!);
  const review = new ReviewPage(app);
  await review.open();
  const incidents = (await review.counts()).shown;
  const { total } = await review.counts();
  await review.selectKind('その他の投稿');
  // Every post is in one list or the other: nothing in a dump is dropped.
  await expect.poll(async () => (await review.counts()).shown).toBe(total - incidents);
  const others = total - incidents;
  expect(others).toBeGreaterThan(0);

  await app.getByRole('button', { name: 'インシデントにする' }).click();
  await expect.poll(async () => (await review.counts()).shown).toBe(others - 1);
  await review.selectKind('インシデント');
  await expect.poll(async () => (await review.counts()).shown).toBe(incidents + 1);
});

test('an empty and a binary file are refused by name, and stored records are kept', async ({ app }) => {
  const importer = new ImportPage(app);
  await importer.importFiles([dumps![0]!]);
  const stored = await countStoredRecords(app);

  await importer.importFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'photo.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0]),
    },
  ]);
  const errors = app.getByTestId('import-file-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText('empty.txt');
  await expect(errors.nth(1)).toContainText('photo.bin');
  // Said in the UI's language, with the parser's own words as the detail.
  await expect(errors.nth(0)).toHaveAttribute('data-code', 'empty');
  await expect(errors.nth(0)).toContainText('ファイルが空です');
  await expect(errors.nth(1)).toHaveAttribute('data-code', 'binary');
  await expect(errors.nth(1)).toContainText('バイナリファイルのようです');
  await expect(errors.nth(1)).toContainText('looks binary');
  expect(await countStoredRecords(app)).toBe(stored);
});

test('the dashboard counts records by status, category, organization type and month', async ({ app }) => {
  await new ImportPage(app).importFiles(dumps!);
  await app.getByTestId('nav-dashboard').click();
  await expect(app.getByTestId('dashboard-view')).toBeVisible();
  for (const chart of ['chart-status', 'chart-category', 'chart-orgtype', 'chart-month'])
    await expect(app.getByTestId(chart).locator('svg.recharts-surface').first()).toBeVisible();
  await expect(app.getByTestId('status-count-draft')).not.toHaveText('0');
});

test('a dump dropped anywhere on the window is imported', async ({ app }) => {
  const dump = dumps![dumps!.length - 1]!;
  const content = readFileSync(dump, 'utf8');
  const dataTransfer = await app.evaluateHandle(
    ([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/plain' }));
      return transfer;
    },
    [basename(dump), content] as const,
  );
  await app.getByTestId('nav-review').click();
  await app.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(app.getByTestId('window-drop-overlay')).toBeVisible();
  await app.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(app.getByTestId('window-drop-overlay')).toHaveCount(0);
  await expect(app.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByTestId('import-history-row')).toHaveCount(1);
  await expect(app.getByTestId('import-history-row')).toContainText(basename(dump));
});

test('a dump larger than the parse window is stored in full: the parser waits for the writes', async ({
  app,
}) => {
  // heldout-1 has 27 incidents and 3 other posts; renumbered copies make every incident new.
  const heldout = readFileSync('tests/fixtures/heldout/heldout-1.txt', 'utf8');
  const copies = 80;
  let serial = 0;
  const text = Array.from({ length: copies }, () =>
    heldout.replace(/^【セキュリティ事件簿[^】]*】/gm, () => `【セキュリティ事件簿#2099-${++serial}】`),
  ).join('\n\n');
  expect(serial).toBe(27 * copies);
  expect(serial).toBeGreaterThan(PARSE_WINDOW);
  // The records are written by the import worker (worker-record-writer.ts), not on the page.
  const workers: string[] = [];
  app.on('worker', (worker) => workers.push(worker.url()));
  const warnings: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await new ImportPage(app).importFiles([
    { name: 'large.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
  ]);
  await expect(app.getByTestId('import-file-error')).toHaveCount(0);
  // Every incident is new; the three other posts are the same post in every copy.
  expect(await countStoredRecords(app)).toBe(serial + 3);
  expect(workers.some((url) => url.includes('import-writer.worker'))).toBe(true);
  expect(warnings.filter((w) => w.includes('import worker'))).toEqual([]);
});

test('re-parsing the library replaces older readings and keeps corrections, flagging where they now differ', async ({
  app,
}) => {
  await new ImportPage(app).importFiles(dumps!);
  const stored = await countStoredRecords(app);
  const review = new ReviewPage(app);
  await review.open();
  const ids = await review
    .rows()
    .evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute('data-record-id')!));
  // Make the first two records look as an older parser read them: another title, another version.
  const originals = await app.evaluate(
    (targets) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('incident-librarian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          const store = tx.objectStore('records');
          const titles: string[] = [];
          for (const id of targets) {
            const get = store.get(id);
            get.onsuccess = () => {
              const record = get.result;
              titles.push(record.extracted.title.value);
              record.extracted.title = { ...record.extracted.title, value: '旧パーサーの読み' };
              record.extracted.parserVersion = '0.0.1';
              store.put(record);
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(titles);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ids,
  );
  await app.reload();
  await expect(app.locator('html[data-ready="true"]')).toBeAttached();

  // The librarian corrected the first record's title.
  await review.open();
  await app.locator(`[data-testid="record-row"][data-record-id="${ids[0]}"]`).click();
  const title = review.field('title').getByRole('textbox');
  await title.fill('司書の修正');
  await title.press('Enter');
  await expect(review.field('title')).toHaveAttribute('data-corrected', 'true');

  const importer = new ImportPage(app);
  await importer.open();
  await app.getByTestId('reparse-start').click();
  await expect(app.getByTestId('reparse-outcome')).toContainText(
    `${stored.toLocaleString('en')} 件中 2 件を更新し、1 件に要再確認`,
    { timeout: 60_000 },
  );
  expect(await countStoredRecords(app)).toBe(stored);

  await review.open();
  await app.locator(`[data-testid="record-row"][data-record-id="${ids[1]}"]`).click();
  await expect(review.field('title').getByRole('textbox')).toHaveValue(originals[1]!);
  await app.locator(`[data-testid="record-row"][data-record-id="${ids[0]}"]`).click();
  await expect(review.field('title').getByRole('textbox')).toHaveValue('司書の修正');
  await expect(review.pane()).toContainText('取り込み直しか再解析で');
});
