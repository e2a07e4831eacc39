/**
 * The check of stored canonical lines for an export: each chosen line parsed and checked
 * against the published schema, and found to hold the record its segment says it does; its
 * byte range, its source dumps and (for CSV) its row handed back. Pure and synchronous, so the
 * renderer runs it in Web Workers on segments as they are read (see export-lines.ts), and
 * anything without workers runs it inline.
 */
import type { BundleManifest, BundleRecord, ExportFormat } from './format';
import { checkRecordAt } from './schema-check';
import type { SchemaIssue } from './schema-check';
import { csvRow, csvRows } from './serialise';

/** A stored segment: lines separated by "\n", with the ids of its lines in order. */
export interface SegmentToCheck {
  data: Uint8Array;
  ids: string[];
  /** Indexes of the lines to check (the chosen records'), ascending. */
  lines: number[];
}

export interface LineCheckTask {
  format: ExportFormat;
  segments: SegmentToCheck[];
}

export interface CheckedSegment {
  /** The segment's bytes, handed back. */
  data: Uint8Array;
  /** Per checked line: start and end offset in `data` (two numbers each). */
  spans: Uint32Array;
  /** Per checked line: why it cannot be exported, or null. */
  problems: (SchemaIssue[] | null)[];
  /** Per checked line: its source dumps, as indexes into the verdict's `dumps`. */
  sources: number[][];
  /** CSV only: per checked line, its record as a CSV row. */
  rows: string[];
}

export interface LineCheckVerdict {
  segments: CheckedSegment[];
  dumps: BundleManifest['sources'];
}

const NEWLINE = 0x0a;
/** Lines between progress reports. */
const PROGRESS_EVERY = 1000;

export function checkLines(
  task: LineCheckTask,
  onProgress: (done: number) => void = () => {},
): LineCheckVerdict {
  const decoder = new TextDecoder();
  const dumpIndex = new Map<string, number>();
  const dumps: BundleManifest['sources'] = [];
  const dumpOf = (file: string, sha256: string): number => {
    const key = `${file}\0${sha256}`;
    let i = dumpIndex.get(key);
    if (i === undefined) {
      i = dumps.push({ name: file, sha256 }) - 1;
      dumpIndex.set(key, i);
    }
    return i;
  };
  let done = 0;
  const segments = task.segments.map(({ data, ids, lines }): CheckedSegment => {
    const spans = new Uint32Array(2 * lines.length);
    const problems: (SchemaIssue[] | null)[] = [];
    const sources: number[][] = [];
    const rows: string[] = [];
    let line = 0;
    let start = 0;
    lines.forEach((wanted, k) => {
      for (; line < wanted; line++) start = data.indexOf(NEWLINE, start) + 1;
      let end = data.indexOf(NEWLINE, start);
      if (end < 0) end = data.length;
      spans[2 * k] = start;
      spans[2 * k + 1] = end;
      const record = parse(decoder.decode(data.subarray(start, end)));
      const problem = problemOf(record, ids[wanted]!);
      problems.push(problem);
      sources.push(problem ? [] : record!.sources.map((s) => dumpOf(s.file, s.sha256)));
      if (task.format === 'csv') rows.push(problem ? '' : csvRows([csvRow(record!)]));
      if (++done % PROGRESS_EVERY === 0) onProgress(done);
    });
    return { data, spans, problems, sources, rows };
  });
  onProgress(done);
  return { segments, dumps };
}

function parse(text: string): BundleRecord | null {
  try {
    return JSON.parse(text) as BundleRecord;
  } catch {
    return null;
  }
}

/** Why a stored line cannot be exported as the record `id`, or null. */
function problemOf(record: BundleRecord | null, id: string): SchemaIssue[] | null {
  const at = `$.records[?(@.id=="${id}")]`;
  if (record === null) return [{ path: at, message: 'is not JSON' }];
  // Our own output must pass the published schema; a failure here is a bug to stop on.
  const issues = checkRecordAt(record, at);
  if (issues.length > 0) return issues;
  if (record.id !== id) return [{ path: at, message: `holds the line of another record (${record.id})` }];
  return null;
}
