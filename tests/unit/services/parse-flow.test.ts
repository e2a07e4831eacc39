/**
 * Flow control of a parse job on a real worker thread: the worker entry is bundled with esbuild
 * first (as electron-vite bundles it for the app), since a worker cannot load TypeScript.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParseEvent } from '@shared/api';
import { toWire } from '@shared/wire';
import { startHarness } from '../../../src/main/harness/server';
import { createParseService, type FlowControl } from '../../../src/main/services/parse-service';
import { parseDump } from '../../../src/main/parser';

const root = resolve(__dirname, '../../..');
const HELDOUT = readFileSync(join(root, 'tests/fixtures/heldout/heldout-1.txt'), 'utf8');
/** 30 posts a copy; the parse job sends them in batches of 200. */
const BYTES = Buffer.from(Array.from({ length: 30 }, () => HELDOUT).join('\n\n'));
const POSTS = 30 * 30;
let dir: string;
let workerUrl: URL;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parse-flow-'));
  buildSync({
    entryPoints: [join(root, 'src/main/services/parse-worker.ts')],
    outfile: join(dir, 'parse-worker.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.node.json'),
    logLevel: 'warning',
  });
  workerUrl = pathToFileURL(join(dir, 'parse-worker.cjs'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const service = (flow: FlowControl) => createParseService(workerUrl, flow);
const recordsIn = (events: ParseEvent[]) =>
  events.reduce((n, e) => n + (e.type === 'records' ? e.records.length : 0), 0);

describe('parse flow control', () => {
  it('parses no further than the window ahead of the acks, and on as they come', async () => {
    expect(POSTS).toBeGreaterThan(600);
    const parse = service({ window: 300, stallMs: 60_000 });
    const events: ParseEvent[] = [];
    const job = parse.start({ jobId: 'flow', files: [{ name: 'big.txt', bytes: BYTES }] }, (e) =>
      events.push(e),
    );
    // Two batches of 200 are out (400 - 0 > 300 stops it), and nothing more without an ack.
    await vi.waitFor(() => expect(recordsIn(events)).toBe(400), { timeout: 20_000 });
    await sleep(500);
    expect(recordsIn(events)).toBe(400);
    parse.ack('flow', 200);
    await vi.waitFor(() => expect(recordsIn(events)).toBe(600), { timeout: 20_000 });
    await sleep(500);
    expect(recordsIn(events)).toBe(600);
    // A consumer that acks what it gets lets the job run to its end.
    const acking = setInterval(() => parse.ack('flow', recordsIn(events)), 20);
    const summary = await job.finally(() => clearInterval(acking));
    expect(summary.cancelled).toBe(false);
    expect(summary.files[0]!.posts).toBe(POSTS);
    expect(recordsIn(events)).toBe(POSTS);
  });

  it('a cancel wakes a waiting parser', async () => {
    const parse = service({ window: 100, stallMs: 60_000 });
    const events: ParseEvent[] = [];
    const job = parse.start({ jobId: 'stop', files: [{ name: 'big.txt', bytes: BYTES }] }, (e) =>
      events.push(e),
    );
    await vi.waitFor(() => expect(recordsIn(events)).toBe(200), { timeout: 20_000 });
    parse.cancel('stop');
    const summary = await job;
    expect(summary.cancelled).toBe(true);
    expect(recordsIn(events)).toBe(200);
  });

  it('stops the job, naming the file, when the consumer takes nothing for too long', async () => {
    const parse = service({ window: 100, stallMs: 300 });
    const events: ParseEvent[] = [];
    const files = [
      { name: 'big.txt', bytes: BYTES },
      { name: 'next.txt', bytes: BYTES },
    ];
    const summary = await parse.start({ jobId: 'stall', files }, (e) => events.push(e));
    expect(summary.cancelled).toBe(true);
    expect(summary.errors).toEqual([
      expect.objectContaining({
        file: 'big.txt',
        code: 'consumer_stalled',
        message: expect.stringMatching(/^big\.txt: /),
      }),
    ]);
    expect(events.some((e) => e.type === 'file-start' && e.file === 'next.txt')).toBe(false);
  });
});

describe('browser harness with the parse worker', () => {
  it('survives a page that goes away mid-parse, and cancels its job', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const harness = await startHarness({ port: 0, rendererDir: dir, workerUrl, token: 't' });
    const call = (name: string, args: unknown, signal?: AbortSignal) =>
      fetch(`${harness.url}api/service/${name}`, {
        method: 'POST',
        headers: { 'x-librarian-token': 't' },
        body: toWire(args),
        signal,
      });
    try {
      const files = [{ name: 'big.txt', bytes: new Uint8Array(BYTES) }];
      const leaving = new AbortController();
      const response = await call('parseDumps', { jobId: 'gone', files }, leaving.signal);
      const reader = response.body!.getReader();
      await reader.read(); // the job has started streaming
      leaving.abort();
      // The same job id is free again once the harness has cancelled the job, and it still answers.
      await vi.waitFor(
        async () => {
          const again = await (await call('parseDumps', { jobId: 'gone', files: files.slice(0, 1) })).text();
          expect(again).not.toContain('already running');
          expect(again).toContain('"ok":true');
        },
        { timeout: 20_000, interval: 200 },
      );
    } finally {
      await harness.close();
    }
  });
});

describe('reparse on a worker thread', () => {
  it('reads stored posts again: the same records as the dump parse gave, in order', async () => {
    const parsed = parseDump(new TextEncoder().encode(HELDOUT), { file: 'heldout-1.txt' }).records!;
    const posts = parsed.map(({ text, source }) => ({ text, source }));
    const parse = service({ window: 300, stallMs: 60_000 });
    // Batches in flight together on the one re-parser thread each get their own answer.
    const [first, second] = await Promise.all([
      parse.reparse(posts.slice(0, 12)),
      parse.reparse(posts.slice(12)),
    ]);
    expect(first).toEqual(parsed.slice(0, 12));
    expect(second).toEqual(parsed.slice(12));
    // And after a pause, from the same (or a restarted) thread.
    expect(await parse.reparse(posts.slice(3, 4))).toEqual([parsed[3]]);
    parse.cancelAll();
  });
});
