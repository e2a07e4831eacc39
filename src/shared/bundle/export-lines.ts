/**
 * The export from stored canonical lines (the renderer keeps every record's bundle line as
 * UTF-8, a few hundred to a segment, the newest segment winning: db/bundle-lines.ts). Same
 * file, same checks as exportRecords, laid out for two cores:
 *
 *   read segments ──▶ check their chosen lines (checkLines, in workers, while reading goes on)
 *            └──▶ newest line per id ──▶ hash in id order ──▶ manifest ──▶ file parts
 *
 * Decoding, parsing and schema-checking every line is most of an export's work: it runs beside
 * the reading, on segments handed to the workers without a copy and handed back checked. The
 * caller's thread then hashes the lines and lists them, where they lie, as file parts. With an
 * incremental sha256 the lines go through one reused buffer; with a one-shot one (WebCrypto's,
 * in the renderer: SHA instructions, ~0.45 s for the hash phase of 100 000 records against
 * ~1.2 s for hash-wasm's) the canonical array is laid out once in a buffer of its exact size.
 */
import { makeManifest, SourceDumps } from './build';
import type { BundleMeta } from './build';
import { CanonicalArrayBytes, CanonicalArrayHash } from './canonical';
import type { Sha256, Sha256Whole } from './canonical';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { LineCheckTask, LineCheckVerdict, SegmentToCheck } from './check-lines';
import { schemaError } from './export';
import type { ExportPhase, ExportResult } from './export';
import type { ExportFormat } from './format';
import { checkBundleSchema } from './schema-check';
import { EXPORT_MIME, exportFileName, fileParts } from './serialise';

/** A stored segment of lines ("\n" between them) and the ids of its lines, in order. */
export interface StoredSegment {
  format: string;
  ids: string[];
  data: Uint8Array;
}

/**
 * Checks lines, in a worker or inline. `handOver`: the task's buffers, which the caller does
 * not touch until the verdict hands them back (a worker may take them without a copy).
 * `onProgress`: lines checked so far.
 */
export type LineCheckRunner = (
  task: LineCheckTask,
  handOver: ArrayBuffer[],
  onProgress: (done: number) => void,
) => Promise<LineCheckVerdict>;

export interface StoredLinesExport {
  /** Every stored segment, oldest first, a chunk at a time. */
  segments: AsyncIterable<StoredSegment[]>;
  /** Segments of this format hold current lines; others are ignored. */
  lineFormat: string;
  /** The chosen records' ids. */
  wanted: ReadonlySet<string>;
  /** The lines of chosen records that have none stored, made from the records (ids not found are left out). */
  linesOf: (ids: string[]) => Promise<Omit<StoredSegment, 'format'>>;
  format: ExportFormat;
  meta: BundleMeta;
  runCheck: LineCheckRunner;
  /** The records hash's sha256 (default: noble's; the renderer passes a WebAssembly one). */
  sha256?: Sha256;
  /**
   * A one-shot sha256 (WebCrypto's) to use instead of `sha256`: the canonical array is then laid
   * out in one buffer first (~130 MB for 100 000 records), since that digest takes its input whole.
   */
  sha256Whole?: Sha256Whole;
  onProgress?: (progress: { phase: 'read' | ExportPhase; done: number; total: number }) => void;
}

export interface StoredLinesResult extends ExportResult {
  /** What the read found, for upkeep: lines superseded, lines stored, chosen ids with none. */
  lines: { dead: number; stored: number; missing: string[] };
}

/** Where a chosen record's newest line is checked: task, segment within it, line within that. */
interface Place {
  task: number;
  segment: number;
  line: number;
}

/** Bytes hashed between pauses that let the UI paint (~20-30 ms of hashing). */
const HASH_SLICE = 4 << 20;
/** Bytes laid out in the one-shot digest's buffer between pauses (a copy: ~10-20 ms). */
const GATHER_SLICE = 16 << 20;
/** Lines taken from the verdicts between pauses. */
const PICK_SLICE = 20_000;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function exportStoredLines(opts: StoredLinesExport): Promise<StoredLinesResult> {
  const onProgress = opts.onProgress ?? (() => {});
  const wanted = opts.wanted;
  const places = new Map<string, Place>();
  const checks: Promise<LineCheckVerdict>[] = [];
  const checked: number[] = [];
  // Checks run during the read, but progress shows one phase at a time: reading, then checking.
  let reading = true;
  const reportChecks = () => {
    if (!reading)
      onProgress({ phase: 'prepare', done: checked.reduce((a, b) => a + b, 0), total: places.size });
  };

  /** Hands the chosen lines of these segments to a checker; a later segment's line replaces an earlier one's. */
  const check = (segments: Omit<StoredSegment, 'format'>[]) => {
    const task = checks.length;
    const toCheck: SegmentToCheck[] = [];
    for (const { data, ids } of segments) {
      const lines: number[] = [];
      ids.forEach((id, i) => {
        if (!wanted.has(id)) return;
        places.set(id, { task, segment: toCheck.length, line: lines.length });
        lines.push(i);
      });
      if (lines.length > 0) toCheck.push({ data, ids, lines });
    }
    if (toCheck.length === 0) return;
    const handOver = [...new Set(toCheck.map((s) => s.data.buffer as ArrayBuffer))];
    checked.push(0);
    const verdict = opts.runCheck({ format: opts.format, segments: toCheck }, handOver, (done) => {
      checked[task] = done;
      reportChecks();
    });
    // A failure surfaces once the read is over (Promise.all below), not as an unhandled rejection meanwhile.
    verdict.catch(() => {});
    checks.push(verdict);
  };

  let stored = 0;
  const seen = new Set<string>();
  onProgress({ phase: 'read', done: 0, total: wanted.size });
  for await (const chunk of opts.segments) {
    const current = chunk.filter((s) => s.format === opts.lineFormat);
    for (const segment of current) {
      stored += segment.ids.length;
      for (const id of segment.ids) seen.add(id);
    }
    // Two tasks per chunk, so both workers of a two-core machine have one.
    const half = Math.ceil(current.length / 2);
    check(current.slice(0, half));
    check(current.slice(half));
    onProgress({ phase: 'read', done: places.size, total: wanted.size });
  }
  const missing = [...wanted].filter((id) => !places.has(id));
  if (missing.length > 0) check([await opts.linesOf(missing)]);
  reading = false;
  reportChecks();
  const verdicts = await Promise.all(checks);

  onProgress({ phase: 'check', done: 0, total: places.size });
  const ids = [...places.keys()].sort();
  const dumpsUsed = verdicts.map(() => new Set<number>());
  const lines: Uint8Array[] = [];
  const rows: string[] = [];
  let lineBytes = 0;
  for (const id of ids) {
    if (lines.length % PICK_SLICE === PICK_SLICE - 1) await nextTick();
    const place = places.get(id)!;
    const segment = verdicts[place.task]!.segments[place.segment]!;
    const k = place.line;
    const problem = segment.problems[k];
    if (problem) throw schemaError(problem);
    const line = segment.data.subarray(segment.spans[2 * k], segment.spans[2 * k + 1]);
    lineBytes += line.length;
    lines.push(line);
    for (const d of segment.sources[k]!) dumpsUsed[place.task]!.add(d);
    if (opts.format === 'csv') rows.push(segment.rows[k]!);
  }
  const recordsSha256 = await hashInOrder(lines, lineBytes, opts, (done) =>
    onProgress({ phase: 'check', done, total: ids.length }),
  );
  const dumps = new SourceDumps();
  dumpsUsed.forEach((used, task) => dumps.addListed([...used].map((d) => verdicts[task]!.dumps[d]!)));
  const manifest = makeManifest(ids.length, recordsSha256, dumps.list(), opts.meta);
  const issues = checkBundleSchema({ manifest, records: [] });
  if (issues.length > 0) throw schemaError(issues);

  onProgress({ phase: 'write', done: ids.length, total: ids.length });
  return {
    fileName: exportFileName(manifest, opts.format),
    mimeType: EXPORT_MIME[opts.format],
    parts: fileParts(opts.format, manifest, opts.format === 'csv' ? [] : lines, rows),
    count: ids.length,
    sha256: manifest.recordsSha256,
    manifest,
    lines: { dead: stored - seen.size, stored, missing },
  };
}

/** The records hash: the sha256 of the canonical array of `lines` (in id order), with pauses for the UI. */
async function hashInOrder(
  lines: readonly Uint8Array[],
  lineBytes: number,
  opts: Pick<StoredLinesExport, 'sha256' | 'sha256Whole'>,
  onProgress: (done: number) => void,
): Promise<string> {
  const whole = opts.sha256Whole;
  const array = whole ? new CanonicalArrayBytes(lineBytes, lines.length) : null;
  const hash = whole ? null : new CanonicalArrayHash(opts.sha256);
  const slice = whole ? GATHER_SLICE : HASH_SLICE;
  let sliced = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (array) array.addUtf8(line);
    else hash!.addUtf8(line);
    sliced += line.length;
    if (sliced >= slice) {
      sliced = 0;
      onProgress(i + 1);
      await nextTick();
    }
  }
  if (array) return bytesToHex(new Uint8Array(await whole!(array.finish())));
  return hash!.digestHex();
}
