import { describe, expect, it, vi } from 'vitest';
import { freshName, openLibrary } from './test-db';
import { LibrarianDatabase } from '../../../src/renderer/src/db/database';
import { hostRecordWriter } from '../../../src/renderer/src/features/import/import-writer-host';
import type { HostScope } from '../../../src/renderer/src/features/import/import-writer-host';
import { RecordWriter } from '../../../src/renderer/src/features/import/record-writer';
import type { WriterTuning } from '../../../src/renderer/src/features/import/record-writer';
import {
  startRecordSink,
  WorkerRecordWriter,
} from '../../../src/renderer/src/features/import/worker-record-writer';
import { makeParsed } from './make-record';
import type { ParsedRecord } from '@shared/record';
import type { ImportWorker } from '../../../src/renderer/src/features/import/worker-record-writer';

/** `count` distinct incident posts. */
const posts = (count: number, from = 0, file = 'a.txt'): ParsedRecord[] =>
  Array.from({ length: count }, (_, k) =>
    makeParsed({ id: `r_${from + k}`, caseId: `2024-${from + k}`, title: `組織${from + k} 誤送信`, file }),
  );

const TUNING: WriterTuning = { maxBatch: 500, writeSlice: 500, yieldBetween: false };

/**
 * A Worker whose other end is hostRecordWriter in this process, on its own connection to the
 * same (fake) IndexedDB: messages are structured-cloned and delivered later, as a worker's are.
 */
class LoopbackWorker {
  onmessage: ImportWorker['onmessage'] = null;
  onerror: ImportWorker['onerror'] = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly opened: LibrarianDatabase[] = [];
  private readonly scope: HostScope;

  constructor(tuning = TUNING, open?: (name: string) => LibrarianDatabase) {
    this.scope = {
      onmessage: null,
      postMessage: (message) =>
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: structuredClone(message) });
        }),
    };
    hostRecordWriter(
      this.scope,
      open ??
        ((name) => {
          const db = new LibrarianDatabase(name);
          this.opened.push(db);
          return db;
        }),
      tuning,
    );
  }

  postMessage(message: unknown) {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.scope.onmessage?.({ data });
    });
  }

  /** As a worker's uncaught error reaches the page. */
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} });
  }

  terminate() {
    this.terminated = true;
    for (const db of this.opened) db.close();
  }
}

const asWorker = (worker: LoopbackWorker): ImportWorker => worker;

describe('RecordWriter', () => {
  it('coalesces pushes of one file up to maxBatch records a transaction, never across files', async () => {
    const db = await openLibrary();
    const written: [number, string][] = [];
    const writer = new RecordWriter(db, (stored, file) => written.push([stored, file]), undefined, TUNING);
    for (let i = 0; i < 4; i++) writer.push('a.txt', posts(200, i * 200));
    writer.push('b.txt', posts(100, 800, 'b.txt'));
    await writer.flush();
    // The first push starts a write at once; the next three wait and are taken together up to 500.
    expect(written).toEqual([
      [200, 'a.txt'],
      [600, 'a.txt'],
      [800, 'a.txt'],
      [900, 'b.txt'],
    ]);
    expect(writer.counts.get('a.txt')).toMatchObject({ new: 800 });
    expect(writer.counts.get('b.txt')).toMatchObject({ new: 100 });
    expect(await db.records.count()).toBe(900);
    expect(await db.rows.count()).toBe(900);
  });
});

describe('the import worker (WorkerRecordWriter + hostRecordWriter)', () => {
  it('stores what the page pushes, with the same counts and records as the page writer', async () => {
    const viaWorker = await openLibrary();
    const onPage = await openLibrary();
    const worker = new LoopbackWorker();
    const stored: number[] = [];
    const sink = await startRecordSink(viaWorker, () => asWorker(worker), {
      onWritten: (n) => stored.push(n),
    });
    expect(sink).toBeInstanceOf(WorkerRecordWriter);
    const page = new RecordWriter(onPage);
    for (const writer of [sink, page]) {
      writer.push('a.txt', posts(300));
      writer.push('a.txt', posts(300, 300));
      writer.push('b.txt', posts(10, 600, 'b.txt'));
      await writer.flush();
    }
    expect(sink.stored).toBe(610);
    expect(stored.at(-1)).toBe(610);
    expect(sink.counts).toEqual(page.counts);
    const strip = (db: LibrarianDatabase) =>
      db.records.toArray().then((rs) => rs.map(({ importedAt: _, updatedAt: __, ...rest }) => rest));
    expect(await strip(viaWorker)).toEqual(await strip(onPage));
    expect(await viaWorker.versions.count()).toBe(610);
    sink.close();
    expect(worker.terminated).toBe(true);
  });

  it('changes nothing when the same records come again', async () => {
    const db = await openLibrary();
    for (const expected of [
      { new: 50, unchanged: 0 },
      { new: 0, unchanged: 50 },
    ]) {
      const sink = await startRecordSink(db, () => asWorker(new LoopbackWorker()));
      sink.push('a.txt', posts(50));
      await sink.flush();
      expect(sink.counts.get('a.txt')).toMatchObject(expected);
      sink.close();
    }
    expect(await db.records.count()).toBe(50);
  });

  it('reports the first failed write once, rejects flush with it and drops the rest', async () => {
    const db = await openLibrary();
    const onFailed = vi.fn();
    const sink = await startRecordSink(db, () => asWorker(new LoopbackWorker()), { onFailed });
    sink.push('a.txt', posts(5));
    // A record whose id is not a valid key: IndexedDB refuses the put (DataError).
    sink.push('a.txt', [{ ...posts(1, 99)[0]!, id: undefined as unknown as string }]);
    // The worker's error reaches the page with its name and message.
    await expect(sink.flush()).rejects.toMatchObject({ name: 'DataError' });
    sink.push('a.txt', posts(5, 10));
    await expect(sink.flush()).rejects.toThrow();
    expect(onFailed).toHaveBeenCalledTimes(1);
    expect(await db.records.count()).toBe(5);
    sink.close();
  });

  it('fails the import when the worker dies mid-way', async () => {
    const db = await openLibrary();
    const worker = new LoopbackWorker();
    const onFailed = vi.fn();
    const sink = await startRecordSink(db, () => asWorker(worker), { onFailed });
    sink.push('a.txt', posts(20));
    const flushed = sink.flush();
    worker.crash('out of memory');
    await expect(flushed).rejects.toThrow('import worker: out of memory');
    expect(onFailed).toHaveBeenCalledTimes(1);
    sink.close();
  });

  it('writes on the page when the worker cannot start or its database cannot open', async () => {
    const db = await openLibrary();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = await startRecordSink(db, () => {
      throw new Error('workers are not allowed here');
    });
    expect(refused).toBeInstanceOf(RecordWriter);
    const unopenable = new LoopbackWorker(TUNING, () => {
      const broken = new LibrarianDatabase(freshName('broken'));
      broken.open = (() => Promise.reject(new Error('the disk is gone'))) as typeof broken.open;
      return broken;
    });
    const fallback = await startRecordSink(db, () => asWorker(unopenable));
    expect(fallback).toBeInstanceOf(RecordWriter);
    expect(unopenable.terminated).toBe(true);
    fallback.push('a.txt', posts(3));
    await fallback.flush();
    expect(await db.records.count()).toBe(3);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('answers a message it does not understand with a failure instead of throwing', async () => {
    const sent: unknown[] = [];
    const scope: HostScope = { onmessage: null, postMessage: (m) => sent.push(m) };
    hostRecordWriter(scope);
    scope.onmessage!({ data: { type: 'push', file: 1 } });
    scope.onmessage!({ data: { type: 'push', file: 'a.txt', records: [] } });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]).toMatchObject({ type: 'failed', message: expect.stringContaining('unexpected message') });
    // Records before the database was opened: refused, by name.
    expect(sent[1]).toMatchObject({
      type: 'failed',
      message: expect.stringContaining('before the database'),
    });
  });
});
