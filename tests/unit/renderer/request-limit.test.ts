/** The browser harness bridge refuses, by name, dumps too large to send in one request. */
import { describe, expect, it } from 'vitest';
import { MAX_HTTP_DUMP_BYTES, fitRequestLimit } from '../../../src/renderer/src/api/request-limit';

const MB = 1024 ** 2;
const dump = (name: string, size: number) => ({ name, bytes: new Uint8Array(size) });

describe('fitRequestLimit', () => {
  it('keeps dumps in order while they fit and refuses the others by name', () => {
    const inputs = [
      dump('a.txt', 3 * MB),
      dump('dir/b.txt', 5 * MB),
      { name: 'c.txt', path: '/x/c.txt' },
      dump('d.txt', 5 * MB),
    ];
    const { files, refused } = fitRequestLimit(inputs, 8 * MB);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'dir/b.txt', 'c.txt']);
    expect(refused).toEqual([
      {
        file: 'd.txt',
        code: 'too_large',
        message:
          'd.txt: 5 MB is more than the browser version can send (8 MB a job); import it on its own or in the desktop app',
      },
    ]);
  });

  it('refuses a single dump past the default limit and takes one right at it', () => {
    expect(fitRequestLimit([dump('huge.txt', MAX_HTTP_DUMP_BYTES + 1)]).refused.map((e) => e.file)).toEqual([
      'huge.txt',
    ]);
    expect(fitRequestLimit([dump('big.txt', MAX_HTTP_DUMP_BYTES)]).refused).toEqual([]);
  });
});
