import { test, expect } from './support/fixtures';

test('opens with the Japanese UI and an empty state that says what to do', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'インシデント・ライブラリアン' })).toBeVisible();
  await expect(app.getByTestId('empty-state')).toContainText('まだ記録がありません');
  await expect(app.getByTestId('nav-import')).toContainText('取り込み');
  await expect(app.locator('html')).toHaveAttribute('lang', 'ja');
});

test('switches to English and keeps the choice in IndexedDB across a reload', async ({ app }) => {
  await app.getByTestId('locale-switch').getByText('English').click();
  await expect(app.getByRole('heading', { name: 'Incident Librarian' })).toBeVisible();
  await expect(app.getByTestId('nav-export')).toContainText('Export');

  const stored = await app.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('incident-librarian');
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('locale');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(stored).toEqual({ key: 'locale', value: 'en' });

  await app.reload();
  await expect(app.locator('html[data-ready="true"]')).toBeAttached();
  await expect(app.getByRole('heading', { name: 'Incident Librarian' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
});

test('the API refuses calls without the per-run token', async ({ app, harness }) => {
  const status = await app.evaluate(async (url) => {
    const response = await fetch(`${url}api/service/appInfo`, { method: 'POST', body: 'null' });
    return response.status;
  }, harness.url);
  expect(status).toBe(403);
});

test('reports app and parser versions through the API contract', async ({ app }) => {
  const info = await app.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="librarian-token"]')!.content;
    const response = await fetch('/api/service/appInfo', {
      method: 'POST',
      headers: { 'x-librarian-token': token },
      body: 'null',
    });
    return JSON.parse((await response.text()).trim()) as {
      result: { ok: boolean; value: { runtime: string } };
    };
  });
  expect(info.result.ok).toBe(true);
  expect(info.result.value.runtime).toBe('web');
});
