/**
 * The export pipeline, shared by the renderer and the CLI: library records → bundle records →
 * schema check → canonical hash → manifest → file text. It works in slices and yields between
 * them, so a 100 000-record export reports progress and the UI keeps painting.
 *
 * Each record goes through once and is dropped right after: built, checked against the
 * published schema's record item, serialised to its canonical line (toBundleRecord inserts keys
 * in sorted order, so that is plain JSON.stringify), hashed, and kept only as that line (or CSV
 * row). Keeping 100 000 record objects alive until the end cost more in garbage collection than
 * all the serialising.
 */
import type { LibraryRecord } from '../library';
import { makeManifest, SourceDumps, toBundleRecord } from './build';
import type { BundleMeta } from './build';
import { byId, CanonicalArrayHash } from './canonical';
import type { BundleManifest, ExportFormat } from './format';
import { BundleError } from './read';
import { checkBundleSchema, checkRecordSchema } from './schema-check';
import type { SchemaIssue } from './schema-check';
import {
  bundleText,
  csvRow,
  csvText,
  EXPORT_MIME,
  exportFileName,
  jsonlText,
  missingCase,
} from './serialise';

export type ExportPhase = 'prepare' | 'check' | 'write';
export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportResult {
  fileName: string;
  mimeType: string;
  data: string;
  count: number;
  sha256: string;
  manifest: BundleManifest;
}

const SLICE = 5000;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Records to export, delivered in chunks in ascending id order (canonical order). */
export interface RecordSource {
  /** How many are expected, for progress; the manifest counts what actually arrives. */
  total: number;
  chunks: AsyncIterable<readonly LibraryRecord[]>;
}

/** A source over records already in memory (the CLI, tests). */
export function arraySource(records: readonly LibraryRecord[]): RecordSource {
  const sorted = [...records].sort(byId);
  async function* chunks() {
    for (let i = 0; i < sorted.length; i += SLICE) yield sorted.slice(i, i + SLICE);
  }
  return { total: sorted.length, chunks: chunks() };
}

export const exportLibraryRecords = (
  records: readonly LibraryRecord[],
  format: ExportFormat,
  meta: BundleMeta,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportResult> => exportRecords(arraySource(records), format, meta, onProgress);

/**
 * Takes records chunk by chunk, so the library's full records never have to be in memory at
 * once: the renderer reads them from IndexedDB a chunk at a time.
 */
export async function exportRecords(
  source: RecordSource,
  format: ExportFormat,
  meta: BundleMeta,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<ExportResult> {
  const hash = new CanonicalArrayHash();
  const dumps = new SourceDumps();
  const lines: string[] = [];
  const rows: (string | number)[][] = [];
  let count = 0;
  let previousId: string | null = null;
  onProgress({ phase: 'prepare', done: 0, total: source.total });
  for await (const chunk of source.chunks) {
    for (const libraryRecord of chunk) {
      if (previousId !== null && libraryRecord.id <= previousId)
        throw new Error(
          `export: records must arrive in ascending id order (${libraryRecord.id} after ${previousId})`,
        );
      previousId = libraryRecord.id;
      const record = toBundleRecord(libraryRecord);
      // Our own output must pass the published schema; a failure here is a bug to stop on.
      const issues = checkRecordSchema(record, count);
      if (issues.length > 0) throw schemaError(issues);
      const line = JSON.stringify(record);
      hash.add(line);
      dumps.add(record.sources);
      if (format === 'csv') rows.push(csvRow(record));
      else lines.push(line);
      count++;
    }
    onProgress({ phase: 'prepare', done: count, total: Math.max(count, source.total) });
    await nextTick();
  }
  const total = count;

  onProgress({ phase: 'check', done: total, total });
  await nextTick();
  const manifest = makeManifest(total, hash.digestHex(), dumps.list(), meta);
  const issues = checkBundleSchema({ manifest, records: [] });
  if (issues.length > 0) throw schemaError(issues);

  onProgress({ phase: 'write', done: total, total });
  await nextTick();
  const data = write(format, manifest, lines, rows);
  return {
    fileName: exportFileName(manifest, format),
    mimeType: EXPORT_MIME[format],
    data,
    count: total,
    sha256: manifest.recordsSha256,
    manifest,
  };
}

function schemaError(issues: SchemaIssue[]): BundleError {
  return new BundleError('schema', 'export', issues.map((i) => `${i.path} ${i.message}`).join('; '));
}

function write(
  format: ExportFormat,
  manifest: BundleManifest,
  lines: readonly string[],
  rows: (string | number)[][],
): string {
  switch (format) {
    case 'bundle':
      return bundleText(manifest, lines);
    case 'jsonl':
      return jsonlText(lines);
    case 'csv':
      return csvText(rows);
    default:
      return missingCase(format);
  }
}
