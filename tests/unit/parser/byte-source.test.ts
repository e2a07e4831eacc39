import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { DumpReadError, parseDump, parseDumpFile, parseSource } from '../../../src/main/parser';
import { Utf8Validator, bytesSource, fileSource, scanSource } from '../../../src/main/parser/decode';
import { sha256Hex } from '../../../src/main/parser/hash';

const dir = mkdtempSync(join(tmpdir(), 'byte-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DUMPS = resolve(__dirname, '../../../../shared/dumps');

/** Validates `bytes` pushed in pieces of `n` bytes. */
function validate(bytes: Uint8Array, n: number): string {
  const v = new Utf8Validator();
  for (let i = 0; i < bytes.length; i += n) v.push(bytes.subarray(i, i + n));
  return v.end();
}

describe('Utf8Validator', () => {
  // 1-, 2-, 3- and 4-byte characters, so every piece size cuts some character in two.
  const text = Buffer.from('a é 事件簿 😀 漏えい\n'.repeat(3), 'utf8');

  it('accepts UTF-8 cut anywhere by chunk boundaries', () => {
    for (let n = 1; n <= 9; n++) expect(validate(text, n)).toBe('valid');
  });

  it('tells a character cut off by the end from bytes that are not UTF-8', () => {
    const cut = text.subarray(0, text.indexOf(Buffer.from('😀')) + 2);
    for (const n of [1, 2, 5, 64]) expect(validate(cut, n)).toBe('cut');
    const bad = Buffer.from(text);
    bad[text.indexOf(Buffer.from('事')) + 1] = 0x41; // a lead byte followed by ASCII
    for (const n of [1, 2, 5, 64]) expect(validate(bad, n)).toBe('invalid');
    expect(validate(iconv.encode('個人情報の漏えい', 'cp932'), 3)).toBe('invalid');
  });
});

describe('scanSource', () => {
  it('gives the same encoding and SHA-256 whatever the chunk size', () => {
    const utf8 = readFileSync(join(DUMPS, 'casebook-2023-01.txt'));
    const sjis = iconv.encode(utf8.toString('utf8').replace(/\u00a0/g, '\u3000'), 'cp932');
    for (const [bytes, encoding] of [
      [utf8, 'UTF-8'],
      [sjis, 'Shift_JIS'],
    ] as const)
      for (const chunk of [7, 4096, 1 << 22]) {
        const scanned = scanSource(bytesSource(bytes), undefined, chunk);
        expect(scanned.info.encoding).toBe(encoding);
        expect(scanned.sha256).toBe(sha256Hex(bytes));
      }
  });

  it('stops at binary bytes in the first megabyte without reading the rest', () => {
    let chunksRead = 0;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      Buffer.alloc(3 << 20, 1),
    ]);
    const source = bytesSource(png);
    const counting = {
      size: source.size,
      *chunks(n: number) {
        for (const c of source.chunks(n)) {
          chunksRead++;
          yield c;
        }
      },
    };
    expect(() => scanSource(counting, undefined, 1 << 20)).toThrow(DumpReadError);
    expect(chunksRead).toBe(1);
  });
});

describe('parseDumpFile', () => {
  it('reads every real dump in chunks into the same records as the bytes in memory', () => {
    for (const name of readdirSync(DUMPS).filter((f) => f.endsWith('.txt'))) {
      const path = join(DUMPS, name);
      const whole = parseDump(readFileSync(path), { file: name }).records;
      expect(parseDumpFile(path, { file: name, chunkBytes: 4093 }).records).toEqual(whole);
    }
  });

  it('names a file that got shorter while it was read', () => {
    const path = join(dir, 'shrinking.txt');
    writeFileSync(path, readFileSync(join(DUMPS, 'casebook-2024-09.txt')));
    const source = fileSource(path); // takes the size now
    truncateSync(path, 1000);
    try {
      parseSource(source, { file: 'shrinking.txt' });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(DumpReadError);
      expect((error as DumpReadError).code).toBe('unreadable');
      expect((error as Error).message).toBe('shrinking.txt: the file got shorter while it was read');
    }
  });
});
