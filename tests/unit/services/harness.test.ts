import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWire, toWire } from '@shared/wire';
import { startHarness } from '../../../src/main/harness/server';

const DUMP = [
  '【セキュリティ事件簿#2024-403】岐阜県 物件調査再委託業者サーバーへの不正アクセスについて 2024/9/12',
  '',
  '可茂土木事務所が発注した業務において、サーバーに不正アクセスがあり、個人情報等の漏えいの可能性があることが判明しました。',
  '',
].join('\n');

describe('browser harness', () => {
  let dir: string;
  let harness: Awaited<ReturnType<typeof startHarness>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'harness-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body></body></html>',
    );
    harness = await startHarness({ port: 0, rendererDir: dir, token: 'test-token' });
  });
  afterAll(async () => {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (
    name: string,
    args: unknown,
    headers: Record<string, string> = { 'x-librarian-token': 'test-token' },
  ) => fetch(`${harness.url}api/service/${name}`, { method: 'POST', headers, body: toWire(args) });

  const lines = async (response: Response) =>
    (await response.text())
      .trim()
      .split('\n')
      .map((line) => fromWire(line) as Record<string, unknown>);

  it('listens on 127.0.0.1 only and injects the token into the page', async () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await (await fetch(harness.url)).text();
    expect(page).toContain('<meta name="librarian-token" content="test-token" />');
  });

  it('sends a strict Content-Security-Policy', async () => {
    const response = await fetch(harness.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses calls without the token or from another Host', async () => {
    expect((await call('appInfo', null, {})).status).toBe(403);
    expect((await call('appInfo', null, { 'x-librarian-token': 'wrong' })).status).toBe(403);
    // fetch() will not forge a Host header; a raw request can, as a DNS-rebinding page's would.
    const port = Number(new URL(harness.url).port);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/service/appInfo',
          headers: { host: 'evil.example', 'x-librarian-token': 'test-token' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end('null');
    });
    expect(status).toBe(403);
  });

  it('validates arguments at the boundary', async () => {
    const [line] = await lines(await call('parseDumps', { jobId: 'bad id!', files: [] }));
    expect(line).toMatchObject({ result: { ok: false, error: { code: 'invalid_arguments' } } });
    const [unknown] = await lines(await call('constructor', null));
    expect(unknown).toMatchObject({ result: { ok: false, error: { code: 'invalid_arguments' } } });
  });

  it('parses an uploaded dump, streaming events before the result', async () => {
    const bytes = new TextEncoder().encode(DUMP);
    const all = await lines(await call('parseDumps', { jobId: 'job1', files: [{ name: 'd.txt', bytes }] }));
    const events = all.filter((l) => 'event' in l).map((l) => (l['event'] as { type: string }).type);
    expect(events).toContain('file-start');
    expect(events).toContain('records');
    expect(events.at(-1)).toBe('file-done');
    const last = all.at(-1) as { result: { ok: boolean; value: { files: { incidents: number }[] } } };
    expect(last.result.ok).toBe(true);
    expect(last.result.value.files[0]!.incidents).toBe(1);
  });

  it('reports an empty file by name and goes on with the others', async () => {
    const good = new TextEncoder().encode(DUMP);
    const all = await lines(
      await call('parseDumps', {
        jobId: 'job2',
        files: [
          { name: 'empty.txt', bytes: new Uint8Array() },
          { name: 'good.txt', bytes: good },
        ],
      }),
    );
    const last = all.at(-1) as {
      result: { value: { errors: { file: string; message: string }[]; files: unknown[] } };
    };
    expect(last.result.value.errors).toHaveLength(1);
    expect(last.result.value.errors[0]!.file).toBe('empty.txt');
    expect(last.result.value.errors[0]!.message).toContain('empty.txt');
    expect(last.result.value.files).toHaveLength(1);
  });
});
