import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBundleRecord } from '@shared/bundle/build';
import { CanonicalArrayHash, canonicalJson, recordsSha256 } from '@shared/bundle/canonical';
import { exportLibraryRecords, exportText } from '@shared/bundle/export';
import { makeLibrary } from './fixtures';
import { META } from './helpers';

describe('canonical JSON', () => {
  it('sorts keys by UTF-16 code units at every depth and drops whitespace (RFC 8785)', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }], a: '日本', A: true, '\u20ac': 1, '\r': 2 })).toBe(
      '{"\\r":2,"A":true,"a":"日本","b":[{"a":null,"z":1}],"€":1}',
    );
  });

  it('writes numbers and escapes as ECMAScript does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 1.5e-7, '\u2028"\\\u0001'])).toBe(
      '[1e+21,0.1,0,1.5e-7,"\u2028\\"\\\\\\u0001"]',
    );
  });

  it('hashes the records sorted by id, whatever the file order and key order', () => {
    const a = { id: 'a', x: 1, y: [2] };
    const b = { y: [3], x: 2, id: 'b' };
    const expected = createHash('sha256')
      .update('[{"id":"a","x":1,"y":[2]},{"id":"b","x":2,"y":[3]}]')
      .digest('hex');
    expect(recordsSha256([b, a])).toBe(expected);
    expect(recordsSha256([{ y: [2], id: 'a', x: 1 }, b])).toBe(expected);
    expect(recordsSha256([])).toBe(createHash('sha256').update('[]').digest('hex'));
  });

  it('hashes long inputs across the internal buffer the same as one piece', () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({
      id: String(i).padStart(5, '0'),
      text: '漏えい'.repeat(500),
    }));
    const whole = `[${records.map((r) => canonicalJson(r)).join(',')}]`;
    expect(recordsSha256(records)).toBe(createHash('sha256').update(whole).digest('hex'));
  });

  it('hashes the canonical array incrementally, through its buffer and past it', () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `{"id":"${i}","t":"${'漏えい'.repeat(i === 5 ? 500_000 : 300)}"}`,
    );
    const hash = new CanonicalArrayHash();
    for (const line of lines) hash.add(line);
    const expected = createHash('sha256')
      .update(`[${lines.join(',')}]`)
      .digest('hex');
    expect(hash.digestHex()).toBe(expected);
    expect(new CanonicalArrayHash().digestHex()).toBe(createHash('sha256').update('[]').digest('hex'));
  });
});

describe('export with another sha256', () => {
  it('node:crypto’s hash (as the CLI passes it) gives the bundle the default one gives', async () => {
    const records = makeLibrary(300);
    const plain = await exportLibraryRecords(records, 'bundle', META);
    const node = await exportLibraryRecords(records, 'bundle', META, { sha256: createHash('sha256') });
    expect(node.sha256).toBe(plain.sha256);
    expect(node.sha256).toBe(recordsSha256(records.map(toBundleRecord)));
    expect(exportText(node)).toBe(exportText(plain));
  });
});
