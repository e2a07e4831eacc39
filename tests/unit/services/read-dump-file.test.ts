import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileAccessError, openDumpInput } from '../../../src/main/services/read-dump-file';

const dir = mkdtempSync(join(tmpdir(), 'read-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Joins the chunks, copying each as it comes (a file source reuses its buffer). */
function concat(chunks: Iterable<Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  for (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

describe('openDumpInput', () => {
  it('serves bytes as they are and reads a path in chunks', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const fromBytes = await openDumpInput({ name: 'a.txt', bytes });
    expect(fromBytes.size).toBe(3);
    expect([...concat(fromBytes.chunks(2))]).toEqual([1, 2, 3]);
    const path = join(dir, 'dump.txt');
    writeFileSync(path, 'セキュリティ事件簿');
    const fromPath = await openDumpInput({ name: 'dump.txt', path });
    expect(fromPath.size).toBe(27);
    // Chunks of 4 bytes cut characters in two; joined they are the file again.
    expect(concat(fromPath.chunks(4)).toString('utf8')).toBe('セキュリティ事件簿');
  });

  it('names the file when it is missing or not a file', async () => {
    const missing = openDumpInput({ name: 'x', path: join(dir, 'gone.txt') });
    await expect(missing).rejects.toThrow(FileAccessError);
    await expect(missing).rejects.toThrow('gone.txt: file not found');
    await expect(openDumpInput({ name: 'd', path: dir })).rejects.toMatchObject({ code: 'not_a_file' });
  });
});
