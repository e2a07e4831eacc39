/**
 * The parser's public API, used by the app's parse worker, the CLI and the tests.
 *
 *   bytes ─scan→ SHA-256, encoding ─decode→ lines ─split→ posts (./posts) ─record→ ParsedRecord batches
 *
 * Reading and decoding are chunked and splitting incremental, so memory follows the chunk, the
 * largest post and the pending batch, not the dump (a caller's byte buffer aside).
 */
import type { ParsedRecord, Source } from '@shared/record';
import { type ByteSource, DEFAULT_MAX_BYTES, bytesSource, fileSource, scanSource } from './decode';
import { DumpReadError } from './errors';
import type { ExtractedFields } from './field-extractors';
import { PARSER_VERSION, buildRecord } from './record';
import { readPosts } from './posts';
import type { PostContext } from './types';

export { DumpReadError, PARSER_VERSION };
export type { DumpReadErrorCode } from './errors';

export interface ParseDumpOptions {
  /** Dump name for `source.file` (its basename is used). */
  file: string;
  /** Receives records in batches; when absent, the summary carries all records. */
  onRecords?: (batch: ParsedRecord[]) => void;
  onProgress?: (p: { bytesDone: number; bytesTotal: number; posts: number }) => void;
  /** Polled between chunks and batches; true stops the parse (summary.cancelled). */
  shouldCancel?: () => boolean;
  batchSize?: number;
  /** Refuse larger dumps with DumpReadError 'too_large'. Default 2 GiB. */
  maxBytes?: number;
  /** Decode chunk size (tests use a tiny one to exercise chunk boundaries). */
  chunkBytes?: number;
  /** @internal Replaces the field extractors (the bench uses it to time the pipeline alone). */
  extractFields?: (ctx: PostContext) => ExtractedFields;
}

export interface DumpParseSummary {
  file: string;
  sha256: string;
  encoding: string;
  bytes: number;
  posts: number;
  incidents: number;
  others: number;
  warnings: number;
  cancelled: boolean;
  /** Only when onRecords is not given. */
  records?: ParsedRecord[];
}

const DEFAULT_BATCH = 200;

class Cancelled extends Error {}

function basenameOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}

/** A DumpReadError's message, prefixed with the file's name. */
function named(file: string, error: unknown): unknown {
  if (!(error instanceof DumpReadError) || error.message.startsWith(`${file}: `)) return error;
  return new DumpReadError(error.code, `${file}: ${error.message}`);
}

/** Parses a whole dump held in memory. Throws DumpReadError when the bytes are not a readable text dump. */
export function parseDump(bytes: Uint8Array, opts: ParseDumpOptions): DumpParseSummary {
  return parseSource(bytesSource(bytes), opts);
}

/**
 * Parses a dump file read in chunks: memory follows the chunk and the largest post, not the file
 * (a 500 MB dump is never held whole). The file is read twice: once for its SHA-256 and encoding,
 * which every record carries, then to decode it.
 */
export function parseDumpFile(path: string, opts: ParseDumpOptions): DumpParseSummary {
  return parseSource(fileSource(path), opts);
}

/** Parses a dump from any byte source (see {@link parseDump}, {@link parseDumpFile}). */
export function parseSource(source: ByteSource, opts: ParseDumpOptions): DumpParseSummary {
  const all: ParsedRecord[] | undefined = opts.onRecords ? undefined : [];
  const batches = parseBatches(source, opts);
  for (;;) {
    const next = batches.next();
    if (next.done) {
      if (all) next.value.records = all;
      return next.value;
    }
    if (opts.onRecords) opts.onRecords(next.value);
    else for (const r of next.value) all!.push(r);
  }
}

/**
 * The parse as a generator of record batches (`onRecords` is not called; the summary is the
 * return value), for a consumer that must wait between batches: the CLI waits for stdout to
 * drain, so a 500 MB dump piped into a slow reader does not pile its output up in memory.
 */
export function* parseBatches(
  source: ByteSource,
  opts: Omit<ParseDumpOptions, 'onRecords'>,
): Generator<ParsedRecord[], DumpParseSummary, void> {
  const file = basenameOf(opts.file);
  let scanned;
  try {
    scanned = scanSource(source, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.chunkBytes);
  } catch (error) {
    throw named(file, error);
  }
  const { info, sha256 } = scanned;
  const bytesTotal = source.size;
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const summary: DumpParseSummary = {
    file,
    sha256,
    encoding: info.encoding,
    bytes: bytesTotal,
    posts: 0,
    incidents: 0,
    others: 0,
    warnings: 0,
    cancelled: false,
  };
  let batch: ParsedRecord[] = [];
  try {
    for (const { posts, bytesDone } of readPosts(source, info, { file, sha256 }, opts.chunkBytes)) {
      for (const post of posts) {
        const record = buildRecord(post, opts.extractFields);
        summary.posts++;
        if (record.kind === 'incident') summary.incidents++;
        else summary.others++;
        summary.warnings += record.warnings.length;
        batch.push(record);
        if (batch.length < batchSize) continue;
        yield batch;
        batch = [];
        if (opts.shouldCancel?.()) throw new Cancelled();
      }
      opts.onProgress?.({ bytesDone, bytesTotal, posts: summary.posts });
      if (opts.shouldCancel?.()) throw new Cancelled();
    }
    if (batch.length) {
      yield batch;
      if (opts.shouldCancel?.()) throw new Cancelled();
    }
  } catch (error) {
    // A file that could not be read to its end (DumpReadError 'unreadable') is named too.
    if (!(error instanceof Cancelled)) throw named(file, error);
    summary.cancelled = true;
  }
  if (!summary.cancelled) opts.onProgress?.({ bytesDone: bytesTotal, bytesTotal, posts: summary.posts });
  return summary;
}

export interface ParsePostInput {
  /** The post's original text (its lines joined by "\n"), as stored in a record. */
  text: string;
  source: Source;
}

/** Re-parses one stored post, e.g. with a newer parser version. */
export function parsePost(input: ParsePostInput): ParsedRecord {
  return buildRecord({ text: input.text, source: input.source });
}

export { decodeDump } from './decode';
export type { DumpEncoding } from './decode';
