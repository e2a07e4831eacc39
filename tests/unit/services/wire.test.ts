import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from '@shared/wire';

describe('wire encoding', () => {
  it('round-trips bytes of every length through base64 like Buffer does', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
  });

  it('carries Uint8Array values inside JSON', () => {
    const value = { name: 'a.txt', bytes: new Uint8Array([0, 1, 254, 255]), nested: [{ n: 1 }] };
    const back = fromWire(toWire(value)) as typeof value;
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect(back).toEqual(value);
  });

  it('rejects corrupt base64', () => {
    expect(() => base64ToBytes('ab$c')).toThrow('invalid base64');
  });
});
