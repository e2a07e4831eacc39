/**
 * The export from stored canonical lines (the renderer keeps every record's bundle line as
 * UTF-8 in segments of a few hundred: db/bundle-lines.ts). Same file, same checks as
 * exportRecords, laid out for two cores and for a machine where fresh memory is dear:
 *
 *   shard 1: hash its lines ─▶ hand its segments to a checker ─▶ checkShard (worker)
 *   shard 2:                   hash its lines ─▶ hand over ─▶ checkShard (worker)   …
 *                                                 ─▶ manifest (hash, dumps) → file parts
 *
 * The caller's thread never decodes a line nor copies one into a new buffer: it hashes the
 * lines where they lie (through one reused buffer: CanonicalArrayHash), in slices that let
 * the UI paint, and hands each shard's segments over as they are (transferred to a Web Worker
 * in the renderer). Fresh memory is what costs here: in Chromium on this machine a copy into a
 * new 128 MB buffer takes 0.6-1 s and the same copy into a used one 10 ms, so gathering the
 * ~130 MB of 100 000 records for WebCrypto (which copies again) and copying shards for the
 * workers measured ~2.7 s of page faults.
 */
import { makeManifest, SourceDumps } from './build';
import type { BundleMeta } from './build';
import { CanonicalArrayHash } from './canonical';
import type { Sha256 } from './canonical';
import type { ShardTask, ShardVerdict } from './check-shard';
import { schemaError } from './export';
import type { ExportProgress, ExportResult, FilePart } from './export';
import type { ExportFormat } from './format';
import { checkBundleSchema } from './schema-check';
import { BUNDLE_TAIL, bundleHead, csvHead, EXPORT_MIME, exportFileName, missingCase } from './serialise';

/**
 * Checks one shard, in a worker or inline. `handOver`: buffers of the task that the caller no
 * longer needs (a worker may take them without a copy). `onProgress`: records done so far.
 */
export type ShardRunner = (
  task: ShardTask,
  handOver: ArrayBuffer[],
  onProgress: (done: number) => void,
) => Promise<ShardVerdict>;

export interface LinesExportOptions {
  format: ExportFormat;
  meta: BundleMeta;
  /** How many shards to cut the export into (a few per worker, so the first starts early). */
  shards: number;
  runShard: ShardRunner;
  /** The records hash's sha256 (default: noble's; the renderer passes a WebAssembly one). */
  sha256?: Sha256;
  onProgress?: (progress: ExportProgress) => void;
}

/** Bytes hashed between pauses that let the UI paint (~20-30 ms of hashing). */
const HASH_SLICE = 4 << 20;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Exports the records whose canonical lines are given, in ascending id order (the checks
 * hold it: a line out of order fails the export).
 */
export async function exportLines(
  lines: readonly Uint8Array[],
  opts: LinesExportOptions,
): Promise<ExportResult> {
  const onProgress = opts.onProgress ?? (() => {});
  const total = lines.length;
  onProgress({ phase: 'prepare', done: 0, total });
  const ranges = shardRanges(lines, Math.max(1, opts.shards));
  const lastUse = new Map<ArrayBufferLike, number>();
  ranges.forEach(([from, to], s) => {
    for (let i = from; i < to; i++) lastUse.set(lines[i]!.buffer, s);
  });

  const hash = new CanonicalArrayHash(opts.sha256);
  const done = new Array<number>(ranges.length).fill(0);
  const checks: Promise<ShardVerdict>[] = [];
  let sliced = 0;
  for (const [s, [from, to]] of ranges.entries()) {
    for (let i = from; i < to; i++) {
      hash.addUtf8(lines[i]!);
      sliced += lines[i]!.length;
      if (sliced >= HASH_SLICE) {
        sliced = 0;
        await nextTick();
      }
    }
    const { task, handOver } = shardTask(
      lines,
      from,
      to,
      opts.format,
      to === total,
      (b) => lastUse.get(b) === s,
    );
    checks.push(
      opts.runShard(task, handOver, (n) => {
        done[s] = n;
        onProgress({ phase: 'prepare', done: done.reduce((a, b) => a + b, 0), total });
      }),
    );
  }
  const recordsSha256 = hash.digestHex();
  const verdicts = await Promise.all(checks);

  onProgress({ phase: 'check', done: total, total });
  const dumps = new SourceDumps();
  const parts: FilePart[] = [];
  let count = 0;
  let previousId: string | null = null;
  for (const verdict of verdicts) {
    if (!verdict.ok) throw schemaError(verdict.issues);
    if (verdict.count === 0) continue;
    if (previousId !== null && verdict.firstId! <= previousId)
      throw new Error(
        `export: records must arrive in ascending id order (${verdict.firstId} after ${previousId})`,
      );
    previousId = verdict.lastId;
    count += verdict.count;
    dumps.addListed(verdict.sources);
    parts.push(verdict.part);
  }
  const manifest = makeManifest(count, recordsSha256, dumps.list(), opts.meta);
  const issues = checkBundleSchema({ manifest, records: [] });
  if (issues.length > 0) throw schemaError(issues);

  onProgress({ phase: 'write', done: count, total: count });
  return {
    fileName: exportFileName(manifest, opts.format),
    mimeType: EXPORT_MIME[opts.format],
    parts: frame(opts.format, manifest, parts),
    count,
    sha256: manifest.recordsSha256,
    manifest,
  };
}

/** [from, to) index ranges of about equal bytes, at least one line each. */
function shardRanges(lines: readonly Uint8Array[], shards: number): [number, number][] {
  const total = lines.length;
  const count = Math.min(shards, total);
  const bytes = lines.reduce((n, line) => n + line.length, 0);
  const ranges: [number, number][] = [];
  let from = 0;
  let seen = 0;
  for (let s = 0; s < count; s++) {
    const target = (bytes * (s + 1)) / count;
    let to = from + 1;
    seen += lines[from]!.length;
    // Grow while short of the share, leaving a line for each shard still to come.
    while (to < total - (count - 1 - s) && (seen < target || s === count - 1)) seen += lines[to++]!.length;
    ranges.push([from, to]);
    from = to;
  }
  return ranges;
}

/** A shard's lines as spans of the buffers they lie in; the buffers no later shard uses are handed over. */
function shardTask(
  lines: readonly Uint8Array[],
  from: number,
  to: number,
  format: ExportFormat,
  last: boolean,
  handOverable: (buffer: ArrayBufferLike) => boolean,
): { task: ShardTask; handOver: ArrayBuffer[] } {
  const index = new Map<ArrayBufferLike, number>();
  const buffers: Uint8Array[] = [];
  const spans = new Uint32Array(3 * (to - from));
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    let b = index.get(line.buffer);
    if (b === undefined) {
      b = buffers.push(new Uint8Array(line.buffer)) - 1;
      index.set(line.buffer, b);
    }
    spans.set([b, line.byteOffset, line.byteOffset + line.length], 3 * (i - from));
  }
  const handOver = [...index.keys()].filter(handOverable) as ArrayBuffer[];
  return { task: { buffers, spans, format, firstIndex: from, last }, handOver };
}

/** The shards' parts inside the format's frame (the same file as serialise.ts writes). */
function frame(format: ExportFormat, manifest: ExportResult['manifest'], parts: FilePart[]): FilePart[] {
  switch (format) {
    case 'bundle':
      return [bundleHead(manifest), ...parts, BUNDLE_TAIL];
    case 'jsonl':
      return parts;
    case 'csv':
      return [csvHead(), ...parts.flatMap((part) => ['\r\n', part]), '\r\n'];
    default:
      return missingCase(format);
  }
}
