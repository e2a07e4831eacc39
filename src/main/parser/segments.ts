/**
 * Cutting a dump into segments that can be read apart and give, one after the other, the records
 * the whole dump gives (./parallel reads them in worker threads).
 *
 * A segment starts at a casebook header line: the splitter opens an incident post at every such
 * line whatever came before it, so a reading that starts there is in the state the whole dump's
 * reading is in at that line. The segment before it is closed with the next segment's first lines
 * as lookahead (readPosts), as a title before a header is judged by the header. Records number
 * their lines from their segment's start; the reader adds the lines of the segments before.
 *
 * Only UTF-8 dumps are cut (the bytes of a header are then known and a line break is one byte
 * that no character contains); other encodings are read in one piece.
 */
import type { ParsedRecord } from '@shared/record';
import { type ByteSource, type EncodingInfo, type ScannedSource, fileSource } from './decode';
import { type ParseDumpOptions, RecordReader } from './reader';
import { isCasebookHeaderLine } from './split';

/** One segment of a dump file to read: bytes `from`..`to` of a file of `size` bytes. */
export interface SegmentTask {
  path: string;
  from: number;
  to: number;
  size: number;
  scanned: ScannedSource;
  /** Lines of the dump before the segment (see {@link linesBefore}). */
  linesBefore: number;
}

/**
 * The records of one segment, lines numbered from the segment's first line (`reader.lines`, once
 * read, is how many it holds; {@link shiftLines} numbers them as in the dump). A BOM is skipped
 * only at the start of the file.
 */
export function segmentReader(task: SegmentTask, opts: Omit<ParseDumpOptions, 'onRecords'>): RecordReader {
  const { path, from, to, size, scanned } = task;
  const info = from === 0 ? scanned.info : { ...scanned.info, bomLength: 0 };
  return new RecordReader(fileSource(path, from, to), opts, {
    scanned: { ...scanned, info },
    lookahead: to < size ? fileSource(path, to, size) : undefined,
  });
}

/** Moves a segment's records to the dump's line numbers: `before` lines precede the segment. */
export function shiftLines(records: ParsedRecord[], before: number): void {
  if (before === 0) return;
  for (const r of records) {
    r.source.startLine += before;
    r.source.endLine += before;
  }
}

/** A line break followed by the usual casebook header, in UTF-8. */
const HEADER_AFTER_BREAK = Buffer.from('\n【セキュリティ事件簿', 'utf8');
/** How far past each target offset to look for a header at a time. */
const SEARCH_BYTES = 256 * 1024;
const LINE_BYTES = 512;

/**
 * Offsets where segments of at least `segmentBytes` may start (ascending, never 0): each the
 * first byte of a casebook header line. Empty when the dump is not UTF-8 or too small to cut.
 */
export function findCuts(source: ByteSource, info: EncodingInfo, segmentBytes: number): number[] {
  const file = source.file;
  if (!file || info.encoding !== 'UTF-8' || source.size < 2 * segmentBytes) return [];
  const cuts: number[] = [];
  let target = segmentBytes;
  while (target < source.size - segmentBytes / 4) {
    const found = headerAfter(file.path, file.from, target, source.size);
    if (found === null) break;
    cuts.push(found);
    target = found + segmentBytes;
  }
  return cuts;
}

/** The first header line starting at or after `target` (an offset into the source), or null. */
function headerAfter(path: string, base: number, target: number, size: number): number | null {
  for (let at = target - 1; at < size; at += SEARCH_BYTES) {
    const to = Math.min(size, at + SEARCH_BYTES + HEADER_AFTER_BREAK.length + LINE_BYTES);
    const window = readRange(path, base + at, base + to);
    for (let i = window.indexOf(HEADER_AFTER_BREAK); i >= 0; i = window.indexOf(HEADER_AFTER_BREAK, i + 1)) {
      if (i >= SEARCH_BYTES) break; // the next window finds it, with its whole line
      const line = window.subarray(i + 1, i + 1 + LINE_BYTES);
      const end = line.indexOf(0x0a);
      const text = (end >= 0 ? line.subarray(0, end) : line).toString('utf8').replace(/\r$/, '');
      if (isCasebookHeaderLine(text)) return at + i + 1;
    }
  }
  return null;
}

function readRange(path: string, from: number, to: number): Buffer {
  const parts: Uint8Array[] = [];
  for (const chunk of fileSource(path, from, to).chunks(to - from)) parts.push(chunk.slice());
  return Buffer.concat(parts);
}

/**
 * Lines of the dump before each cut, counted as LineReader splits them (CRLF, CR and LF alike):
 * every cut follows a LF, so the lines before it are its line breaks. One pass over the bytes
 * before the last cut, in native searches.
 */
export function linesBefore(
  source: ByteSource,
  cuts: readonly number[],
  chunkBytes = 4 * 1024 * 1024,
): number[] {
  const out: number[] = [];
  let breaks = 0;
  let pendingCr = false;
  let pos = 0;
  for (const chunk of source.chunks(chunkBytes)) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let from = 0; from < bytes.length && out.length < cuts.length;) {
      const to = Math.min(bytes.length, cuts[out.length]! - pos);
      const part = bytes.subarray(from, to);
      if (pendingCr && part.length > 0 && part[0] !== 0x0a) breaks++; // a CR on its own
      breaks += lineBreaks(part);
      pendingCr = part.length > 0 ? part[part.length - 1] === 0x0d : pendingCr;
      from = to;
      if (pos + from === cuts[out.length]) out.push(breaks);
    }
    if (out.length === cuts.length) break;
    pos += bytes.length;
  }
  return out;
}

/** LFs, and CRs not followed by a LF, in `part` (a CR at its very end is left to the caller). */
function lineBreaks(part: Buffer): number {
  let n = 0;
  for (let i = part.indexOf(0x0a); i >= 0; i = part.indexOf(0x0a, i + 1)) n++;
  for (let i = part.indexOf(0x0d); i >= 0 && i < part.length - 1; i = part.indexOf(0x0d, i + 1))
    if (part[i + 1] !== 0x0a) n++;
  return n;
}
