import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileAccessError, readDumpInput } from '../../../src/main/services/read-dump-file';

const dir = mkdtempSync(join(tmpdir(), 'read-dump-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDumpInput', () => {
  it('passes bytes through and reads a path whole', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await readDumpInput({ name: 'a.txt', bytes })).toBe(bytes);
    const path = join(dir, 'dump.txt');
    writeFileSync(path, 'セキュリティ事件簿');
    const read = await readDumpInput({ name: 'dump.txt', path });
    expect(new TextDecoder().decode(read)).toBe('セキュリティ事件簿');
  });

  it('names the file when it is missing or not a file', async () => {
    const missing = readDumpInput({ name: 'x', path: join(dir, 'gone.txt') });
    await expect(missing).rejects.toThrow(FileAccessError);
    await expect(missing).rejects.toThrow('gone.txt: file not found');
    await expect(readDumpInput({ name: 'd', path: dir })).rejects.toMatchObject({ code: 'not_a_file' });
  });
});
