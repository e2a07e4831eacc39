/**
 * The check of an export's records on one shard of their stored canonical lines: every line
 * parsed and checked against the published schema, ids in ascending order, source dumps
 * gathered, and the shard's part of the file written. Pure and synchronous, so the renderer
 * runs shards in Web Workers while the page hashes (see export-lines.ts), and anything
 * without workers runs it inline.
 */
import { SourceDumps } from './build';
import type { BundleManifest, BundleRecord, ExportFormat } from './format';
import { checkRecordSchema } from './schema-check';
import type { SchemaIssue } from './schema-check';
import { csvRow, csvRows } from './serialise';

export interface ShardTask {
  /** The buffers holding the lines (the stored segments, handed over as they are). */
  buffers: Uint8Array[];
  /** Per line, in order: buffer index, start and end offset (three numbers each). */
  spans: Uint32Array;
  format: ExportFormat;
  /** Position of the shard's first record in the export (for the paths in schema issues). */
  firstIndex: number;
  /** The export's last shard: in a bundle its last line takes no comma. */
  last: boolean;
}

export type ShardVerdict =
  | {
      ok: true;
      count: number;
      firstId: string | null;
      lastId: string | null;
      sources: BundleManifest['sources'];
      /** The shard's part of the file: JSON lines as bytes, CSV rows as text. */
      part: Uint8Array | string;
    }
  | { ok: false; issues: SchemaIssue[] };

const NEWLINE = 0x0a;
const COMMA = 0x2c;
/** Records between progress reports. */
const PROGRESS_EVERY = 2000;

export function checkShard(task: ShardTask, onProgress: (done: number) => void = () => {}): ShardVerdict {
  const decoder = new TextDecoder();
  const dumps = new SourceDumps();
  const rows: (string | number)[][] = [];
  const count = task.spans.length / 3;
  let firstId: string | null = null;
  let previousId: string | null = null;
  for (let i = 0; i < count; i++) {
    const index = task.firstIndex + i;
    let record: BundleRecord;
    try {
      record = JSON.parse(decoder.decode(lineOf(task, i))) as BundleRecord;
    } catch (error) {
      return refuse(index, `is not JSON (${(error as Error).message})`);
    }
    // Our own output must pass the published schema; a failure here is a bug to stop on.
    const issues = checkRecordSchema(record, index);
    if (issues.length > 0) return { ok: false, issues };
    if (previousId !== null && record.id <= previousId)
      return refuse(index, `is out of id order (${record.id} after ${previousId})`);
    firstId ??= record.id;
    previousId = record.id;
    dumps.add(record.sources);
    if (task.format === 'csv') rows.push(csvRow(record));
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1);
  }
  onProgress(count);
  return {
    ok: true,
    count,
    firstId,
    lastId: previousId,
    sources: dumps.list(),
    part: task.format === 'csv' ? csvRows(rows) : jsonLines(task),
  };
}

const lineOf = (task: ShardTask, i: number): Uint8Array =>
  task.buffers[task.spans[3 * i]!]!.subarray(task.spans[3 * i + 1], task.spans[3 * i + 2]);

const refuse = (index: number, message: string): ShardVerdict => ({
  ok: false,
  issues: [{ path: `$.records[${index}]`, message }],
});

/**
 * The shard's lines in one buffer, laid out for its format: JSON Lines end each with "\n"; a
 * bundle separates them with ",\n", and the export's last line ends bare.
 */
function jsonLines(task: ShardTask): Uint8Array {
  const count = task.spans.length / 3;
  const bundle = task.format === 'bundle';
  const separator = bundle ? 2 : 1;
  let size = 0;
  for (let i = 0; i < count; i++) size += task.spans[3 * i + 2]! - task.spans[3 * i + 1]! + separator;
  if (bundle && task.last && count > 0) size -= separator;
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const line = lineOf(task, i);
    out.set(line, at);
    at += line.length;
    if (bundle && task.last && i === count - 1) break;
    if (bundle) out[at++] = COMMA;
    out[at++] = NEWLINE;
  }
  return out;
}
