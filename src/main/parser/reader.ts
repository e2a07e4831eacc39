/**
 * Stage 4 driver: a byte source's records, pulled a batch at a time, with the summary the
 * callers report (see ./index for the whole pipeline).
 */
import type { ParsedRecord } from '@shared/record';
import { type ByteSource, DEFAULT_MAX_BYTES, type ScannedSource, scanSource } from './decode';
import { DumpReadError } from './errors';
import type { ExtractedFields } from './field-extractors';
import { buildRecord } from './record';
import { type PostInput, type PostsOfChunk, readPosts } from './posts';
import type { PostContext } from './types';

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

export class Cancelled extends Error {}

export function basenameOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}

/** A DumpReadError's message, prefixed with the file's name. */
export function named(file: string, error: unknown): unknown {
  if (!(error instanceof DumpReadError) || error.message.startsWith(`${file}: `)) return error;
  return new DumpReadError(error.code, `${file}: ${error.message}`);
}

/**
 * A dump's records, pulled a batch at a time (`onRecords` is not called), for a consumer that
 * must wait between batches: the CLI waits for stdout to drain, so a 500 MB dump piped into a
 * slow reader does not pile its output up in memory. A class rather than a generator: records
 * built inside a generator's body kept a quarter more heap alive in the parser bench.
 */
export class RecordReader {
  readonly summary: DumpParseSummary;
  private readonly chunks: Iterator<PostsOfChunk>;
  /** The current chunk's posts; each slot is let go once its record is built. */
  private posts: (PostInput | undefined)[] = [];
  private nextPost = 0;
  private done = false;
  private readonly file: string;
  private readonly batchSize: number;
  private linesRead = 0;

  /**
   * Scans the source first (SHA-256, encoding): throws DumpReadError, naming the file. A segment of
   * a dump (./segments) is not scanned: it comes with the whole dump's scan, and the rest of the
   * dump after it as lookahead.
   */
  constructor(
    private readonly source: ByteSource,
    private readonly opts: Omit<ParseDumpOptions, 'onRecords'>,
    segment?: { scanned: ScannedSource; lookahead?: ByteSource },
  ) {
    this.file = basenameOf(opts.file);
    let scanned = segment?.scanned;
    try {
      scanned ??= scanSource(source, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.chunkBytes);
    } catch (error) {
      throw named(this.file, error);
    }
    const { info, sha256 } = scanned;
    this.batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
    this.summary = {
      file: this.file,
      sha256,
      encoding: info.encoding,
      bytes: source.size,
      posts: 0,
      incidents: 0,
      others: 0,
      warnings: 0,
      cancelled: false,
    };
    this.chunks = readPosts(source, info, { file: this.file, sha256 }, opts.chunkBytes, segment?.lookahead);
  }

  /** Lines of the source read so far (all of them once `next()` has returned null). */
  get lines(): number {
    return this.linesRead;
  }

  /** The next batch of records, or null once the dump is done or cancelled (see `summary`). */
  next(): ParsedRecord[] | null {
    if (this.done) return null;
    const { summary, opts } = this;
    const batch: ParsedRecord[] = [];
    try {
      // Polled between batches too: the consumer of the last one may have asked for a stop.
      if (summary.posts > 0 && opts.shouldCancel?.()) throw new Cancelled();
      while (batch.length < this.batchSize) {
        if (this.nextPost === this.posts.length && !this.pullChunk()) break;
        const post = this.posts[this.nextPost]!;
        this.posts[this.nextPost++] = undefined;
        const record = buildRecord(post, opts.extractFields);
        summary.posts++;
        if (record.kind === 'incident') summary.incidents++;
        else summary.others++;
        summary.warnings += record.warnings.length;
        batch.push(record);
      }
    } catch (error) {
      // A file that could not be read to its end (DumpReadError 'unreadable') is named too.
      this.done = true;
      if (!(error instanceof Cancelled)) throw named(this.file, error);
      summary.cancelled = true;
      return null;
    }
    if (batch.length > 0) return batch;
    this.done = true;
    opts.onProgress?.({ bytesDone: this.source.size, bytesTotal: this.source.size, posts: summary.posts });
    return null;
  }

  /** Reads the next chunk's posts and reports the bytes read; false at the end. */
  private pullChunk(): boolean {
    for (;;) {
      if (this.opts.shouldCancel?.()) throw new Cancelled();
      const chunk = this.chunks.next();
      if (chunk.done) return false;
      this.linesRead = chunk.value.lines;
      this.opts.onProgress?.({
        bytesDone: chunk.value.bytesDone,
        bytesTotal: this.source.size,
        posts: this.summary.posts,
      });
      this.posts = chunk.value.posts;
      this.nextPost = 0;
      if (this.posts.length > 0) return true;
    }
  }
}
