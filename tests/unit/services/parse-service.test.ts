import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseEvent } from '@shared/api';
import { createParseService } from '../../../src/main/services/parse-service';
import { callService, createServiceTable } from '../../../src/main/services/registry';
import { parseDump } from '../../../src/main/parser';

const post = (n: number) =>
  `【セキュリティ事件簿#2024-${String(n).padStart(3, '0')}】株式会社テスト${n} 個人情報の漏えいについて 2024/9/12\n\n` +
  `当社サーバーに不正アクセスがあり、お客様${n}名の氏名が流出したおそれがあります。\n\nリリース文アーカイブ\n\n`;

describe('parse service (inline)', () => {
  it('streams file-start, record batches and file-done, and sums up the job', async () => {
    const events: ParseEvent[] = [];
    const bytes = new TextEncoder().encode(post(1) + post(2));
    const summary = await createParseService().start(
      { jobId: 'j1', files: [{ name: 'dir/dump.txt', bytes }] },
      (e) => events.push(e),
    );
    expect(events[0]).toMatchObject({ type: 'file-start', file: 'dump.txt', total: 1 });
    const records = events.flatMap((e) => (e.type === 'records' ? e.records : []));
    expect(records.map((r) => r.caseId.value)).toEqual(['2024-001', '2024-002']);
    expect(events.at(-1)).toMatchObject({ type: 'file-done', summary: { file: 'dump.txt', incidents: 2 } });
    expect(summary).toMatchObject({ jobId: 'j1', cancelled: false, errors: [] });
  });

  it('reads a path input from disk to the same records as its bytes, and names a file that is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-service-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const bytes = new TextEncoder().encode(post(1) + post(2));
    const path = join(dir, 'dump.txt');
    writeFileSync(path, bytes);
    const recordsOf = async (
      files: Parameters<ReturnType<typeof createParseService>['start']>[0]['files'],
    ) => {
      const events: ParseEvent[] = [];
      const summary = await createParseService().start({ jobId: 'jp', files }, (e) => events.push(e));
      return { summary, records: events.flatMap((e) => (e.type === 'records' ? e.records : [])) };
    };
    const fromPath = await recordsOf([{ name: 'dump.txt', path }]);
    expect(fromPath.records).toEqual((await recordsOf([{ name: 'dump.txt', bytes }])).records);
    expect(fromPath.summary.files[0]).toMatchObject({ bytes: bytes.byteLength, incidents: 2 });
    const gone = await recordsOf([{ name: 'gone.txt', path: join(dir, 'gone.txt') }]);
    expect(gone.summary.errors).toEqual([
      { file: 'gone.txt', code: 'not_found', message: 'gone.txt: file not found' },
    ]);
  });

  it('stops between files when cancelled', async () => {
    const service = createParseService();
    const bytes = new TextEncoder().encode(post(1));
    const files = [1, 2, 3].map((i) => ({ name: `d${i}.txt`, bytes }));
    const summary = await service.start({ jobId: 'j2', files }, (e) => {
      if (e.type === 'file-done') service.cancel('j2');
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.files).toHaveLength(1);
  });

  it('refuses a second job with the same id while the first runs', async () => {
    const service = createParseService();
    const bytes = new TextEncoder().encode(post(1));
    const first = service.start({ jobId: 'same', files: [{ name: 'a.txt', bytes }] }, () => {});
    await expect(
      service.start({ jobId: 'same', files: [{ name: 'b.txt', bytes }] }, () => {}),
    ).rejects.toThrow('already running');
    await first;
  });
});

describe('reparsePosts', () => {
  const table = createServiceTable('web', createParseService());
  const call = (args: unknown) => callService(table, 'reparsePosts', args, { emit: () => {} });

  it('gives each stored post the record a dump parse gives it, whatever else the dump held', async () => {
    const bytes = new TextEncoder().encode(post(1) + post(2) + post(3));
    const parsed = parseDump(bytes, { file: 'dump.txt' }).records!;
    const again = await call({
      posts: [parsed[2]!, parsed[0]!].map(({ text, source }) => ({ text, source })),
    });
    expect(again).toEqual([parsed[2], parsed[0]]);
  });

  it('refuses arguments outside the contract, by name', async () => {
    const source = { file: 'a.txt', sha256: 'x', startLine: 1, endLine: 2 };
    await expect(call({ posts: [] })).rejects.toThrow('reparsePosts');
    await expect(call({ posts: [{ text: 'x', source: { ...source, startLine: 0 } }] })).rejects.toThrow(
      'reparsePosts',
    );
    const tooMany = Array.from({ length: 201 }, () => ({ text: 'x', source }));
    await expect(call({ posts: tooMany })).rejects.toMatchObject({ code: 'invalid_arguments' });
  });
});
