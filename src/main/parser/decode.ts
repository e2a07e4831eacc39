/**
 * Stage 1: bytes → text. Detects the encoding once, then decodes in chunks so a dump of any size
 * can be split incrementally without ever holding the whole file as one string.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
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

const CHARDET_MAP: Record<string, DumpEncoding> = {
  'UTF-8': 'UTF-8',
  Shift_JIS: 'Shift_JIS',
  'EUC-JP': 'EUC-JP',
  'UTF-16LE': 'UTF-16LE',
  'UTF-16BE': 'UTF-16BE',
};

/**
 * Where a dump's bytes come from: a buffer in memory, or a file read in chunks, so a 500 MB dump
 * on disk is never held whole. `chunks` may be walked more than once (the scan, then the decode);
 * each chunk it yields is valid only until the next one is asked for.
 */
export interface ByteSource {
  readonly size: number;
  chunks(chunkBytes: number): Iterable<Uint8Array>;
  /** Set for a file on disk: a reader in another thread can open the same bytes (./parallel). */
  readonly file?: { path: string; from: number };
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    *chunks(chunkBytes) {
      for (let pos = 0; pos < bytes.byteLength; pos += chunkBytes)
        yield bytes.subarray(pos, Math.min(bytes.byteLength, pos + chunkBytes));
    },
  };
}

/**
 * A file on disk (or its bytes `from`..`to`), read in chunks into one reused buffer per walk. Its
 * size is taken when the source is made; a file that gets shorter before a walk ends, or cannot
 * be read, throws DumpReadError 'unreadable'.
 */
export function fileSource(path: string, from = 0, to?: number): ByteSource {
  const end = to ?? statSync(path).size;
  const size = Math.max(0, end - from);
  return {
    size,
    file: { path, from },
    *chunks(chunkBytes) {
      const fd = unreadable(() => openSync(path, 'r'));
      try {
        const buf = new Uint8Array(Math.min(chunkBytes, Math.max(1, size)));
        for (let pos = 0; pos < size;) {
          const n = unreadable(() => readSync(fd, buf, 0, Math.min(buf.length, size - pos), from + pos));
          if (n === 0) throw new DumpReadError('unreadable', 'the file got shorter while it was read');
          pos += n;
          yield buf.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

function unreadable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new DumpReadError('unreadable', (error as Error).message);
  }
}

/** The length of the UTF-8 sequence a lead byte opens (0: not a lead byte). */
function utf8SequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

/**
 * Checks that a stream of chunks is UTF-8, a character cut by a chunk boundary included: the
 * unfinished sequence at a chunk's end is carried into the next. `end()` tells a stream whose only
 * defect is a character cut off by its end (a truncated dump) from one that is not UTF-8.
 */
export class Utf8Validator {
  private carry = new Uint8Array(0);
  private valid = true;

  push(chunk: Uint8Array): void {
    if (!this.valid || chunk.length === 0) return;
    let from = 0;
    if (this.carry.length > 0) {
      const need = utf8SequenceLength(this.carry[0]!) - this.carry.length;
      const head = new Uint8Array(this.carry.length + Math.min(need, chunk.length));
      head.set(this.carry);
      head.set(chunk.subarray(0, need), this.carry.length);
      if (need > chunk.length) {
        this.carry = head;
        return;
      }
      if (!isUtf8(head)) return void (this.valid = false);
      from = need;
      this.carry = new Uint8Array(0);
    }
    const cut = unfinishedTail(chunk, from);
    if (!isUtf8(chunk.subarray(from, cut))) return void (this.valid = false);
    this.carry = chunk.slice(cut);
  }

  end(): 'valid' | 'cut' | 'invalid' {
    if (!this.valid) return 'invalid';
    return this.carry.length === 0 ? 'valid' : 'cut';
  }
}

/** Where the sequence a chunk ends inside starts (the chunk's length when it ends between characters). */
function unfinishedTail(chunk: Uint8Array, from: number): number {
  const end = chunk.length;
  for (let i = end - 1; i >= Math.max(from, end - 3); i--) {
    const b = chunk[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = utf8SequenceLength(b);
    return length > end - i ? i : end;
  }
  return end;
}

export interface ScannedSource {
  info: EncodingInfo;
  /** Hex SHA-256 of the whole source. */
  sha256: string;
}

/**
 * One pass over a dump's bytes: its SHA-256 and how to decode it, or DumpReadError (empty /
 * binary / too_large / undecodable). The size is checked before reading and binary bytes in the first
 * megabyte stop the pass there, so neither is read whole.
 */
export function scanSource(
  source: ByteSource,
  maxBytes = DEFAULT_MAX_BYTES,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): ScannedSource {
  const { size } = source;
  if (size === 0) throw new DumpReadError('empty', 'the file is empty');
  if (size > maxBytes)
    throw new DumpReadError(
      'too_large',
      `the file is ${formatSize(size)}, larger than the ${formatSize(maxBytes)} limit`,
    );
  const hash = createHash('sha256');
  const validator = new Utf8Validator();
  // The first DETECT_BYTES, kept for detection: a BOM, UTF-16 parity, binary, chardet's sample.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let sample: Uint8Array | null = null;
  let decided: EncodingInfo | null = null;
  for (const chunk of source.chunks(chunkBytes)) {
    hash.update(chunk);
    if (sample === null) {
      const part = chunk.slice(0, DETECT_BYTES - headBytes);
      head.push(part);
      headBytes += part.length;
      if (headBytes >= DETECT_BYTES) {
        sample = Buffer.concat(head);
        decided = fromFirstBytes(sample, size);
      }
    }
    if (decided === null) validator.push(chunk);
  }
  if (sample === null) {
    if (headBytes === 0) throw new DumpReadError('empty', 'the file is empty');
    sample = Buffer.concat(head);
    decided = fromFirstBytes(sample, size);
  }
  const sha256 = hash.digest('hex');
  if (decided) return { info: decided, sha256 };
  const base = { bomLength: 0, fromBom: false, truncatedTail: false };
  const utf8 = validator.end();
  if (utf8 === 'valid') return { info: { ...base, encoding: 'UTF-8' }, sha256 };
  if (utf8 === 'cut' && size > 1)
    return { info: { ...base, encoding: 'UTF-8', truncatedTail: true }, sha256 };
  // Not valid UTF-8: let chardet choose among the Japanese legacy encodings.
  const guesses = chardet.analyse(sample);
  for (const g of guesses) {
    const enc = CHARDET_MAP[g.name];
    if (enc && g.confidence >= 10) return { info: { ...base, encoding: enc }, sha256 };
  }
  const names = guesses.slice(0, 3).map((g) => `${g.name} ${g.confidence}%`);
  throw new DumpReadError(
    'undecodable',
    `the text encoding is not one of UTF-8, UTF-16, Shift_JIS or EUC-JP (detected: ${names.join(', ') || 'nothing'})`,
  );
}

/** What the first bytes settle: a BOM, UTF-16 by NUL parity, or binary (thrown); else null. */
function fromFirstBytes(first: Uint8Array, size: number): EncodingInfo | null {
  const bom = bomOf(first);
  if (bom) {
    if (size === bom.bomLength) throw new DumpReadError('empty', 'the file holds only a byte-order mark');
    return bom;
  }
  const sample = first.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16ByParity(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, fromBom: false, truncatedTail: false };
  if (looksBinary(sample))
    throw new DumpReadError('binary', 'the file looks binary (NUL or control bytes), not a text dump');
  return null;
}

/** Decides how to decode a dump held in memory (see {@link scanSource}). */
export function detectEncoding(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): EncodingInfo {
  return scanSource(bytesSource(bytes), maxBytes).info;
}

/**
 * Decodes a source chunk by chunk (never splitting a character: both decoders keep partial
 * sequences between writes), after its BOM. Yields raw decoded text; line endings are not touched.
 */
export function* decodeChunks(
  source: ByteSource | Uint8Array,
  info: EncodingInfo,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Generator<{ text: string; bytesDone: number }> {
  const src = source instanceof Uint8Array ? bytesSource(source) : source;
  // The platform's UTF-8 decoder is several times faster than iconv-lite's for the common case.
  const decode: { write(b: Uint8Array): string; end(): string } =
    info.encoding === 'UTF-8' ? utf8Decoder() : iconvDecoder(info.encoding);
  let bytesDone = 0;
  for (const chunk of src.chunks(chunkBytes)) {
    const skip = Math.max(0, Math.min(chunk.length, info.bomLength - bytesDone));
    bytesDone += chunk.length;
    yield { text: decode.write(chunk.subarray(skip)), bytesDone };
  }
  const tail = decode.end();
  if (tail) yield { text: tail, bytesDone };
}

function utf8Decoder() {
  const d = new TextDecoder('utf-8', { ignoreBOM: true });
  return { write: (b: Uint8Array) => d.decode(b, { stream: true }), end: () => d.decode() };
}

function iconvDecoder(encoding: DumpEncoding) {
  const d = iconv.getDecoder(ICONV_NAME[encoding], { stripBOM: false });
  return {
    write: (b: Uint8Array) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)),
    end: () => d.end() ?? '',
  };
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
