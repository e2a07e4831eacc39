/**
 * Export and bundle import through the browser harness: the real dumps imported through the
 * import UI, exported in each format (downloads checked in Node with the same reader the app
 * uses), moved to an empty library and back, and bad bundles refused with the library untouched.
 */
import Papa from 'papaparse';
import { readBundleText } from '../../src/shared/bundle/read';
import { makeLibraryRecord } from '../unit/export/fixtures';
import { bundleOf, ExportPage } from './support/export-page';
import { test, expect } from './support/fixtures';
import { countStoredRecords, ImportPage, sharedDumps } from './support/review-workspace';

const dumps = sharedDumps();

test('exports the imported dumps as a checked bundle, JSON Lines and an Excel-ready CSV', async ({ app }) => {
  test.skip(!dumps, 'the real dumps are not there: ../shared/dumps is absent');
  await new ImportPage(app).importFiles(dumps!);
  const stored = await countStoredRecords(app);
  // The lines are checked in Web Workers (line-checkers.ts), not on the page as a fallback.
  const workers: string[] = [];
  app.on('worker', (worker) => workers.push(worker.url()));
  const warnings: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });

  const exporter = new ExportPage(app);
  await exporter.open();
  await expect(app.getByTestId('export-count')).toHaveText('対象 0 件'); // nothing reviewed yet
  await exporter.selectStatuses(['未確認', '確認済']);
  await exporter.expectCount(stored);

  const bundleFile = await exporter.download('バンドル (JSON)');
  expect(bundleFile.name).toMatch(/^incidents-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);
  const bundle = readBundleText(bundleFile.name, bundleFile.text); // schema, counts and sha256
  expect(bundle.manifest.recordCount).toBe(stored);
  expect(bundle.manifest.sources.map((s) => s.name)).toEqual(dumps!.map((d) => d.split('/').pop()).sort());
  expect(bundle.manifest.selection.statuses).toEqual(['draft', 'reviewed']);
  await expect(app.getByTestId('export-summary')).toContainText(bundle.manifest.recordsSha256);
  const withEvidence = bundle.records.find((r) => r.values.kind === 'incident')!;
  expect(withEvidence.evidence.title[0]).toBe(withEvidence.values.title);

  const jsonl = await exporter.download('JSON Lines');
  expect(
    jsonl.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown),
  ).toEqual(bundle.records);

  const csv = await exporter.download('CSV (Excel)');
  expect(csv.name.endsWith('.csv')).toBe(true);
  expect(csv.text.startsWith('\uFEFFid,status,kind,caseId,title')).toBe(true);
  const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(rows.meta.linebreak).toBe('\r\n');
  expect(rows.data.map((r) => r['title'])).toEqual(bundle.records.map((r) => r.values.title));
  expect(workers.some((url) => url.includes('line-check.worker'))).toBe(true);
  expect(warnings.filter((w) => w.includes('export checks run on the page'))).toEqual([]);
});

test('a bundle imported into an empty library exports again with the same sha256', async ({
  app,
  browser,
  harness,
}) => {
  const records = Array.from({ length: 30 }, (_, i) =>
    makeLibraryRecord(
      i,
      i % 4 === 0 ? { corrections: { affectedCount: i }, tags: ['要確認'], note: `メモ ${i}` } : {},
    ),
  );
  const original = await bundleOf(records);
  const expected = readBundleText('original.json', original).manifest.recordsSha256;

  const exporter = new ExportPage(app);
  await exporter.open();
  await exporter.chooseBundle('colleague.json', original);
  expect(await exporter.mergeCounts()).toEqual({ new: 30, identical: 0, update: 0, conflict: 0 });
  await exporter.applyImport();
  expect(await countStoredRecords(app)).toBe(30);

  await app.getByTestId('export-tab').click();
  await exporter.expectCount(30);
  const again = await exporter.download('バンドル (JSON)');
  expect(readBundleText(again.name, again.text).manifest.recordsSha256).toBe(expected);

  // Imported once more into a second, empty library (another browser profile): same again.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(harness.url);
  await expect(other.locator('html[data-ready="true"]')).toBeAttached();
  const second = new ExportPage(other);
  await second.open();
  await second.chooseBundle(again.name, again.text);
  expect((await second.mergeCounts()).new).toBe(30);
  await second.applyImport();
  await other.getByTestId('export-tab').click();
  const third = await second.download('バンドル (JSON)');
  expect(readBundleText(third.name, third.text).manifest.recordsSha256).toBe(expected);
  await context.close();
});

test('bad bundles are refused with the file and the reason, and the library is not changed', async ({
  app,
}) => {
  const good = await bundleOf([makeLibraryRecord(1), makeLibraryRecord(2)]);
  const exporter = new ExportPage(app);
  await exporter.open();
  const error = app.getByTestId('bundle-error');

  await exporter.chooseBundle('truncated.json', good.slice(0, good.length / 2));
  await expect(error).toContainText('truncated.json は読み込めません');
  await expect(error).toContainText('途中で切れているか');
  await expect(error).toContainText(/truncated file\?\) at line \d+, column \d+/);

  await exporter.chooseBundle('edited.json', good.replace('テスト市1 個人情報', 'テスト市1 書き換え'));
  await expect(error).toContainText('edited.json は読み込めません');
  await expect(error).toContainText('書き出し後に記録が書き換えられています');

  const v2 = JSON.parse(good) as { manifest: { version: number } };
  v2.manifest.version = 2;
  await exporter.chooseBundle('future.json', JSON.stringify(v2));
  await expect(error).toContainText('bundle version 2 is not supported; this app reads version 1');

  const broken = JSON.parse(good) as { records: { status: string }[] };
  broken.records[1]!.status = 'done';
  await exporter.chooseBundle('schema.json', JSON.stringify(broken));
  await expect(error).toContainText('バンドルの形式(スキーマ)に合いません');
  await expect(error).toContainText('$.records[1].status must be equal to one of the allowed values');

  await expect(error).toContainText('ライブラリは変更されていません');
  expect(await countStoredRecords(app)).toBe(0);
});

test('conflicting corrections are listed and the librarian’s choice is stored', async ({ app }) => {
  const mine = [makeLibraryRecord(1, { corrections: { affectedCount: 10 } }), makeLibraryRecord(2)];
  const theirs = [
    makeLibraryRecord(1, { corrections: { affectedCount: 12 }, tags: ['同僚'] }),
    makeLibraryRecord(2, { corrections: { title: '同僚の訂正' } }),
    makeLibraryRecord(3),
  ];
  const exporter = new ExportPage(app);
  await exporter.open();
  await exporter.chooseBundle('mine.json', await bundleOf(mine));
  await exporter.applyImport();

  await exporter.chooseBundle('theirs.json', await bundleOf(theirs));
  expect(await exporter.mergeCounts()).toEqual({ new: 1, identical: 0, update: 1, conflict: 1 });
  const conflict = app.getByTestId('bundle-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('影響件数');
  await expect(conflict).toContainText('10');
  await expect(conflict).toContainText('12');
  const auto = app.getByTestId('bundle-auto-changes');
  await auto.getByRole('button').click();
  await expect(auto.getByRole('row', { name: /タイトル/ })).toContainText('同僚の訂正');
  await expect(auto.getByRole('row', { name: /タグ/ })).toContainText('同僚');
  await app.screenshot({ path: 'test-results/export-conflicts.png', fullPage: true });
  await conflict.getByRole('radiogroup', { name: '影響件数' }).getByText('相手の値').click();
  await exporter.applyImport();

  await app.getByTestId('export-tab').click();
  const file = await exporter.download('バンドル (JSON)');
  const records = readBundleText(file.name, file.text).records;
  expect(records.map((r) => [r.values.affectedCount, r.values.title.slice(0, 5), r.tags])).toEqual([
    [12, 'テスト市1', ['同僚']],
    [1002, '同僚の訂正', []],
    [1003, 'テスト市3', []],
  ]);
  await app.screenshot({ path: 'test-results/export-view.png', fullPage: true });
});
