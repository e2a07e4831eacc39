/**
 * Test fixtures: every test worker starts its own browser harness (the built app served on
 * 127.0.0.1 with a random port), and every test gets a fresh browser context, so a fresh
 * IndexedDB.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export interface Harness {
  url: string;
}

async function startHarness(): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync('out/main/harness.js')) throw new Error('Build first: out/main/harness.js is missing');
  const child = spawn(process.execPath, ['out/main/harness.js', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

export const test = base.extend<{ app: Page }, { harness: Harness }>({
  harness: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { url, child } = await startHarness();
      await use({ url });
      child.kill('SIGTERM');
    },
    { scope: 'worker' },
  ],
  /** The app opened and started (waits for the renderer's ready signal, never sleeps). */
  app: async ({ page, harness }, use) => {
    await page.goto(harness.url);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await use(page);
  },
});

export { expect };
