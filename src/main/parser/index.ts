/**
 * The parser's public API, used by the app's parse worker, the CLI and the tests.
 *
 *   bytes ─scan→ SHA-256, encoding ─decode→ lines ─split→ posts (./posts) ─record→ ParsedRecord batches
 *
 * Reading and decoding are chunked and splitting incremental, so memory follows the chunk, the
 * largest post and the pending batch, not the dump (a caller's byte buffer aside).
 */
import type { ParsedRecord, Source } from '@shared/record';
import { type ByteSource, bytesSource, fileSource } from './decode';
import { DumpReadError } from './errors';
import { PARSER_VERSION, buildRecord } from './record';
import { type DumpParseSummary, type ParseDumpOptions, RecordReader } from './reader';

export { DumpReadError, PARSER_VERSION, RecordReader };
export type { DumpParseSummary, ParseDumpOptions };
export type { DumpReadErrorCode } from './errors';

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
  const reader = new RecordReader(source, opts);
  for (let batch = reader.next(); batch !== null; batch = reader.next()) {
    if (opts.onRecords) opts.onRecords(batch);
    else for (const r of batch) all!.push(r);
  }
  if (all) reader.summary.records = all;
  return reader.summary;
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
