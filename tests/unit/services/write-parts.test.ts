import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeParts } from '../../../src/main/services/write-parts';

const dir = mkdtempSync(join(tmpdir(), 'write-parts-'));
const encoder = new TextEncoder();

describe('writeParts (the main process saves an export given as parts)', () => {
  it('writes the parts, text and bytes, in order, across its batches', async () => {
    const line = `{"title":"${'個人情報の漏えい'.repeat(40)}"}`;
    const parts = Array.from({ length: 30_000 }, (_, i) => (i % 2 === 0 ? encoder.encode(line) : ',\n'));
    const file = join(dir, 'parts.json');
    await writeParts(file, ['{"records":[\n', ...parts, '\n]}\n']);
    const expected = `{"records":[\n${parts.map((p) => (typeof p === 'string' ? p : line)).join('')}\n]}\n`;
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(readFileSync(file).length).toBeGreaterThan(4 << 20); // more than one batch
  });

  it('writes a single text, a single byte array, and no parts at all', async () => {
    const file = join(dir, 'one.txt');
    await writeParts(file, '\uFEFFid,title\r\n');
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFid,title\r\n');
    await writeParts(file, encoder.encode('漏えい'));
    expect(readFileSync(file, 'utf8')).toBe('漏えい');
    await writeParts(file, []);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
