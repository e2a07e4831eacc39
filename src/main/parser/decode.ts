/**
 * Stage 1: bytes → text. Detects the encoding once, then decodes in chunks so a dump of any size
 * can be split incrementally without ever holding the whole file as one string.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DumpReadError } from './errors';

/** Encodings the parser reports; Shift_JIS is decoded as CP932 (its Windows superset). */
export type DumpEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP';

export interface EncodingInfo {
  encoding: DumpEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** True when a BOM told us, rather than detection. */
  fromBom: boolean;
  /** UTF-8 that ends in the middle of a character: the dump was cut off. */
  truncatedTail: boolean;
}

/** Default ceiling; the caller can pass another. Streaming means it is a sanity limit, not a V8 one. */
export const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const SAMPLE_BYTES = 64 * 1024;
const DETECT_BYTES = 1024 * 1024;
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

const ICONV_NAME: Record<DumpEncoding, string> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  Shift_JIS: 'cp932',
  'EUC-JP': 'eucjp',
};

export function formatSize(n: number): string {
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function bomOf(bytes: Uint8Array): EncodingInfo | null {
  const base = { fromBom: true, truncatedTail: false };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ...base, encoding: 'UTF-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ...base, encoding: 'UTF-16LE', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ...base, encoding: 'UTF-16BE', bomLength: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows NUL bytes at one parity only (the high byte of ASCII, newlines,
 * digits). Binary data has them at both.
 */
function utf16ByParity(sample: Uint8Array): DumpEncoding | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const nul = even + odd;
  if (nul === 0 || sample.length < 4) return null;
  if (odd >= nul * 0.95) return looksLikeText(iconv.decode(sample, 'utf16le')) ? 'UTF-16LE' : null;
  if (even >= nul * 0.95) return looksLikeText(iconv.decode(sample, 'utf16be')) ? 'UTF-16BE' : null;
  return null;
}

/** Decoded text with almost no controls, private-use or unpaired surrogates. */
function looksLikeText(s: string): boolean {
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff))
      bad++;
  }
  return bad <= s.length * 0.02;
}

/** NUL bytes or many C0 controls (ESC allowed: ISO-2022 escapes) in the first 64 KB. */
function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) && b !== 0x0c) controls++;
  }
  return controls > sample.length * 0.05;
}

/** UTF-8 whose only defect is a character cut off by the end of the file. */
function isUtf8CutShort(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const b = bytes[bytes.length - cut]!;
    if ((b & 0xc0) === 0xc0) return isUtf8(bytes.subarray(0, bytes.length - cut));
    if ((b & 0xc0) !== 0x80) return false;
  }
  return false;
}

const CHARDET_MAP: Record<string, DumpEncoding> = {
  'UTF-8': 'UTF-8',
  Shift_JIS: 'Shift_JIS',
  'EUC-JP': 'EUC-JP',
  'UTF-16LE': 'UTF-16LE',
  'UTF-16BE': 'UTF-16BE',
};

/** Decides how to decode a dump, or throws DumpReadError (empty / binary / too_large / undecodable). */
export function detectEncoding(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): EncodingInfo {
  if (bytes.length === 0) throw new DumpReadError('empty', 'the file is empty');
  if (bytes.length > maxBytes)
    throw new DumpReadError(
      'too_large',
      `the file is ${formatSize(bytes.length)}, larger than the ${formatSize(maxBytes)} limit`,
    );
  const bom = bomOf(bytes);
  if (bom) {
    if (bytes.length === bom.bomLength)
      throw new DumpReadError('empty', 'the file holds only a byte-order mark');
    return bom;
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16ByParity(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, fromBom: false, truncatedTail: false };
  if (looksBinary(sample))
    throw new DumpReadError('binary', 'the file looks binary (NUL or control bytes), not a text dump');
  const base = { bomLength: 0, fromBom: false, truncatedTail: false };
  if (isUtf8(bytes)) return { ...base, encoding: 'UTF-8' };
  if (isUtf8CutShort(bytes)) return { ...base, encoding: 'UTF-8', truncatedTail: true };
  // Not valid UTF-8: let chardet choose among the Japanese legacy encodings.
  const guesses = chardet.analyse(bytes.subarray(0, DETECT_BYTES));
  for (const g of guesses) {
    const enc = CHARDET_MAP[g.name];
    if (enc && g.confidence >= 10) return { ...base, encoding: enc };
  }
  const names = guesses.slice(0, 3).map((g) => `${g.name} ${g.confidence}%`);
  throw new DumpReadError(
    'undecodable',
    `the text encoding is not one of UTF-8, UTF-16, Shift_JIS or EUC-JP (detected: ${names.join(', ') || 'nothing'})`,
  );
}

/**
 * Decodes `bytes` chunk by chunk (never splitting a character: the iconv-lite decoder keeps
 * partial sequences between writes). Yields raw decoded text; line endings are not touched.
 */
export function* decodeChunks(
  bytes: Uint8Array,
  info: EncodingInfo,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Generator<{ text: string; bytesDone: number }> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (info.encoding === 'UTF-8') {
    // The platform's UTF-8 decoder is several times faster than iconv-lite's for the common case.
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let pos = info.bomLength; pos < buf.length; pos += chunkBytes) {
      const end = Math.min(buf.length, pos + chunkBytes);
      yield { text: utf8.decode(buf.subarray(pos, end), { stream: true }), bytesDone: end };
    }
    const tail = utf8.decode();
    if (tail) yield { text: tail, bytesDone: buf.length };
    return;
  }
  const decoder = iconv.getDecoder(ICONV_NAME[info.encoding], { stripBOM: false });
  for (let pos = info.bomLength; pos < buf.length; pos += chunkBytes) {
    const end = Math.min(buf.length, pos + chunkBytes);
    const text = decoder.write(buf.subarray(pos, end));
    yield { text, bytesDone: end };
  }
  const tail = decoder.end();
  if (tail) yield { text: tail, bytesDone: buf.length };
}

/**
 * Splits decoded chunks into lines, treating CRLF, CR and LF alike, including a CRLF cut in two
 * by a chunk boundary. `push` returns complete lines; `end` returns the last (unterminated) one.
 */
export class LineReader {
  private carry = '';
  private pendingCr = false;

  push(chunk: string): string[] {
    let s = chunk;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (s.startsWith('\n')) s = s.slice(1);
    }
    if (s.endsWith('\r')) {
      this.pendingCr = true;
      s = s.slice(0, -1) + '\n';
    }
    if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
    const parts = s.split('\n');
    // Prepend the carried partial line to the first piece only (not to the whole chunk: no copy).
    if (this.carry) parts[0] = this.carry + parts[0];
    this.carry = parts.pop() ?? '';
    return parts;
  }

  /** The final line, or null when the text ended with a line break (or was empty). */
  end(): string | null {
    const last = this.carry;
    this.carry = '';
    return last === '' ? null : last;
  }
}

/** Whole-text decode for small inputs and tests: {text, encoding}, line endings normalised to LF. */
export function decodeDump(
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
): { text: string; encoding: DumpEncoding } {
  const info = detectEncoding(bytes, maxBytes);
  const reader = new LineReader();
  const lines: string[] = [];
  for (const { text } of decodeChunks(bytes, info)) for (const line of reader.push(text)) lines.push(line);
  const last = reader.end();
  if (last !== null) lines.push(last);
  else if (lines.length) lines.push(''); // keep the final line break
  return { text: lines.join('\n'), encoding: info.encoding };
}
