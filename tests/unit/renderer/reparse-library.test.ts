import { describe, expect, it } from 'vitest';
import { openLibrary } from './test-db';
import { importParsedBatch } from '../../../src/renderer/src/db/import-batch';
import { applyChanges } from '../../../src/renderer/src/db/edits';
import { reparseLibrary } from '../../../src/renderer/src/features/import/reparse-library';
import type { ReparseProgress } from '../../../src/renderer/src/features/import/reparse-library';
import { parseDump, parsePost } from '../../../src/main/parser';
import type { ParsedRecord } from '@shared/record';
import type { ReparsePostsArgs } from '@shared/api';

const post = (n: number, count: number) =>
  `【セキュリティ事件簿#2024-${String(n).padStart(3, '0')}】株式会社テスト${n} 個人情報の漏えいについて 2024/9/12\n\n` +
  `当社サーバーに不正アクセスがあり、お客様${count}名の氏名が流出したおそれがあります。\n\nリリース文アーカイブ\n\n`;

/** The service as the main process runs it (inline here): the real parser on each post. */
const service = {
  calls: 0,
  async reparsePosts({ posts }: ReparsePostsArgs) {
    this.calls++;
    return posts.map(parsePost);
  },
};

/** What an older parser might have read: another count, from a version before this one. */
const olderReading = (r: ParsedRecord): ParsedRecord => ({
  ...r,
  parserVersion: '0.9.0',
  affectedCount: { ...r.affectedCount, value: 1 },
});

describe('reparseLibrary', () => {
  it('replaces older readings, keeps corrections and flags a record whose corrected value changed', async () => {
    const db = await openLibrary();
    const parsed = parseDump(new TextEncoder().encode(post(1, 30) + post(2, 40) + post(3, 50)), {
      file: 'dump.txt',
    }).records!;
    expect(parsed.map((r) => r.affectedCount.value)).toEqual([30, 40, 50]);
    await importParsedBatch(db, [olderReading(parsed[0]!), olderReading(parsed[1]!), parsed[2]!]);
    // The librarian corrected the first record's count and tagged it.
    const recordId = parsed[0]!.id;
    await applyChanges(db, [
      { recordId, field: 'affectedCount', value: 31 },
      { recordId, field: 'tags', value: ['要確認'] },
    ]);

    const seen: ReparseProgress[] = [];
    const outcome = await reparseLibrary(db, service, { onProgress: (p) => seen.push(p) });

    expect(outcome).toEqual({ done: 3, total: 3, updated: 2, flagged: 1, cancelled: false });
    expect(seen.at(0)).toMatchObject({ done: 0, total: 3 });
    const after = await db.records.bulkGet(parsed.map((r) => r.id));
    expect(after.map((r) => r!.extracted.affectedCount.value)).toEqual([30, 40, 50]);
    expect(after.map((r) => r!.extracted.parserVersion)).toEqual(parsed.map((r) => r.parserVersion));
    expect(after[0]!.corrections.affectedCount).toBe(31);
    expect(after[0]!.tags).toEqual(['要確認']);
    expect(after.map((r) => r!.needsLook)).toEqual([true, false, false]);
    // The review rows (what the list shows) follow the records.
    const rows = await db.rows.bulkGet(parsed.map((r) => r.id));
    expect(rows.map((r) => r!.affectedCount)).toEqual([31, 40, 50]);
    expect(await db.records.count()).toBe(3);

    // Reading the library again with the same parser changes nothing.
    expect(await reparseLibrary(db, service)).toMatchObject({ updated: 0, flagged: 0 });
  });

  it('stops between batches when cancelled', async () => {
    const db = await openLibrary();
    const text = Array.from({ length: 450 }, (_, i) => post(i + 1, i + 10)).join('');
    await importParsedBatch(db, parseDump(new TextEncoder().encode(text), { file: 'big.txt' }).records!);
    const stop = new AbortController();
    service.calls = 0;
    const outcome = await reparseLibrary(db, service, {
      signal: stop.signal,
      onProgress: (p) => {
        if (p.done > 0) stop.abort();
      },
    });
    expect(outcome).toMatchObject({ done: 200, total: 450, cancelled: true });
    expect(service.calls).toBe(1);
  });
});
