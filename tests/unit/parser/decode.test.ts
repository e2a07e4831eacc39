import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DumpReadError, parseDump } from '../../../src/main/parser';
import { LineReader, decodeDump, detectEncoding } from '../../../src/main/parser/decode';

// Real text from casebook-2024-09.txt (lines 1-9).
const SNIPPET = [
  '【セキュリティ事件簿#2024-403】岐阜県 物件調査再委託業者サーバーへの不正アクセスについて 2024/9/12',
  '',
  '\u00a0',
  '',
  '可茂土木事務所が令和4年度に発注した白川町内における河川改修工事の物件調査委託業務において、業務を受注した日本工営都市空間株式会社岐阜営業所(以下「受託者」という。)から業務の一部を受託した柴山コンサルタント株式会社(以下「再委託先事業者」という。)のサーバーに不正アクセスがあり、個人情報等の漏えいの可能性があることが判明しました。',
  '',
  '1 事案の概要',
  '',
  '6月30日(日)に再委託先事業者のサーバーが不正アクセスを受け、再委託先事業者が調査をした結果、本日、個人情報等の漏えいの可能性がある旨、受託者から県に報告がありました。',
].join('\n');
// Legacy encodings have no NBSP: the blank paragraph is an ideographic space there.
const LEGACY = SNIPPET.replace('\u00a0', '\u3000');

function expectReadError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DumpReadError);
    expect((error as DumpReadError).code).toBe(code);
    return;
  }
  throw new Error(`expected DumpReadError ${code}`);
}

describe('decode', () => {
  it('reads plain UTF-8', () => {
    const { text, encoding } = decodeDump(Buffer.from(SNIPPET, 'utf8'));
    expect(encoding).toBe('UTF-8');
    expect(text).toBe(SNIPPET);
  });

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SNIPPET)]), 'UTF-8'],
    ['UTF-16LE with BOM', iconv.encode(SNIPPET, 'utf16le', { addBOM: true }), 'UTF-16LE'],
    ['UTF-16BE with BOM', iconv.encode(SNIPPET, 'utf16be', { addBOM: true }), 'UTF-16BE'],
    ['UTF-16LE without BOM', iconv.encode(SNIPPET, 'utf16le'), 'UTF-16LE'],
    ['UTF-16BE without BOM', iconv.encode(SNIPPET, 'utf16be'), 'UTF-16BE'],
  ])('detects and decodes %s', (_name, bytes, encoding) => {
    const decoded = decodeDump(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(SNIPPET);
  });

  it.each([
    ['Shift_JIS', iconv.encode(LEGACY, 'shift_jis'), 'Shift_JIS'],
    ['EUC-JP', iconv.encode(LEGACY, 'euc-jp'), 'EUC-JP'],
  ])('detects and decodes %s', (_name, bytes, encoding) => {
    const decoded = decodeDump(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(LEGACY);
  });

  it('decodes CP932 extensions in Shift_JIS dumps (①, ㈱)', () => {
    const text = LEGACY + '\n①漏えい情報 ㈱柴山事務所';
    const decoded = decodeDump(iconv.encode(text, 'cp932'));
    expect(decoded.encoding).toBe('Shift_JIS');
    expect(decoded.text).toBe(text);
  });

  it('turns CRLF and CR into LF, also across chunk boundaries', () => {
    const crlf = Buffer.from(SNIPPET.replace(/\n/g, '\r\n'));
    expect(decodeDump(crlf).text).toBe(SNIPPET);
    expect(decodeDump(Buffer.from(SNIPPET.replace(/\n/g, '\r'))).text).toBe(SNIPPET);
    const reader = new LineReader();
    const lines = [
      ...reader.push('a\r'),
      ...reader.push('\nb\r'),
      ...reader.push('c\r\n'),
      ...reader.push('d'),
    ];
    expect([...lines, reader.end()]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the same records whatever the chunk size', () => {
    const bytes = iconv.encode(LEGACY.replace(/\n/g, '\r\n'), 'shift_jis');
    const whole = parseDump(bytes, { file: 'a.txt' }).records!;
    const tiny = parseDump(bytes, { file: 'a.txt', chunkBytes: 7 }).records!;
    expect(tiny).toEqual(whole);
    expect(whole[0]!.text).toBe(LEGACY);
  });

  it.each([
    ['UTF-8', Buffer.from(SNIPPET, 'utf8')],
    ['UTF-16LE', iconv.encode(SNIPPET, 'utf16le', { addBOM: true })],
    ['EUC-JP', iconv.encode(LEGACY, 'euc-jp')],
  ])('never splits a %s character across chunks', (_name, bytes) => {
    const whole = parseDump(bytes, { file: 'a.txt' }).records!;
    for (const chunkBytes of [1, 3, 7])
      expect(parseDump(bytes, { file: 'a.txt', chunkBytes }).records).toEqual(whole);
  });

  it('rejects an empty file, a BOM-only file and a blank file', () => {
    expectReadError(() => detectEncoding(new Uint8Array()), 'empty');
    expectReadError(() => detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf])), 'empty');
    expectReadError(() => parseDump(Buffer.from('\n \n\u3000\n'), { file: 'blank.txt' }), 'empty');
  });

  it('rejects binary files', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 0, 0,
    ]);
    expectReadError(() => detectEncoding(png), 'binary');
    const controls = Buffer.alloc(1000, 0x01);
    expectReadError(() => detectEncoding(controls), 'binary');
  });

  it('rejects files above the size limit, naming the size', () => {
    try {
      parseDump(Buffer.from(SNIPPET), { file: 'big.txt', maxBytes: 100 });
      throw new Error('no error');
    } catch (error) {
      expect((error as DumpReadError).code).toBe('too_large');
      expect((error as Error).message).toMatch(/^big\.txt: the file is .* KB/);
    }
  });

  it('rejects text in an encoding it cannot read', () => {
    // Latin-1 bytes that are neither UTF-8 nor a Japanese encoding chardet is sure of.
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => 0xa0 + (i % 0x5f)));
    try {
      const { encoding } = decodeDump(bytes);
      // chardet may still call this EUC-JP or Shift_JIS; then it must at least decode.
      expect(['EUC-JP', 'Shift_JIS']).toContain(encoding);
    } catch (error) {
      expect((error as DumpReadError).code).toBe('undecodable');
    }
  });

  it('flags a UTF-8 dump cut off in the middle of a character', () => {
    const bytes = Buffer.from(SNIPPET, 'utf8');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(detectEncoding(cut)).toMatchObject({ encoding: 'UTF-8', truncatedTail: true });
    const records = parseDump(cut, { file: 'cut.txt' }).records!;
    expect(records.at(-1)!.warnings.map((w) => w.code)).toContain('truncated_last_post');
  });
});
