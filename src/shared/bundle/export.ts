/**
 * The export pipeline, shared by the renderer and the CLI: library records → bundle records →
 * canonical hash → manifest → schema check → file text. It works in slices and yields between
 * them, so a 100 000-record export reports progress and the UI keeps painting.
 *
 * Each record is serialised once: its canonical JSON line feeds the hash and is also the line
 * written to the bundle and JSONL files (so every record line in a file is its canonical form).
 * toBundleRecord builds records with sorted keys, so that line is plain JSON.stringify.
 */
import type { LibraryRecord } from '../library';
import { toBundleRecord, makeManifest } from './build';
import type { BundleMeta } from './build';
import { byId, CanonicalArrayHash } from './canonical';
import type { Bundle, ExportFormat } from './format';
import { BundleError } from './read';
import { checkBundleSchema } from './schema-check';
import { bundleText, EXPORT_MIME, exportFileName, jsonlText, missingCase, recordsToCsv } from './serialise';

export type ExportPhase = 'prepare' | 'hash' | 'check' | 'write';
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
  manifest: Bundle['manifest'];
}

const SLICE = 5000;
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function exportLibraryRecords(
  records: readonly LibraryRecord[],
  format: ExportFormat,
  meta: BundleMeta,
  onProgress: (progress: ExportProgress) => void = () => {},
): Promise<ExportResult> {
  const total = records.length;
  const bundleRecords = [];
  for (let i = 0; i < total; i += SLICE) {
    onProgress({ phase: 'prepare', done: i, total });
    await nextTick();
    for (const record of records.slice(i, i + SLICE)) bundleRecords.push(toBundleRecord(record));
  }
  bundleRecords.sort(byId);

  const hash = new CanonicalArrayHash();
  const lines: string[] = [];
  for (let i = 0; i < total; i += SLICE) {
    onProgress({ phase: 'hash', done: i, total });
    await nextTick();
    for (const record of bundleRecords.slice(i, i + SLICE)) {
      // Canonical already: toBundleRecord inserts every key in sorted order.
      const line = JSON.stringify(record);
      lines.push(line);
      hash.add(line);
    }
  }
  const sha256 = hash.digestHex();
  const bundle: Bundle = { manifest: makeManifest(bundleRecords, sha256, meta), records: bundleRecords };

  onProgress({ phase: 'check', done: 0, total });
  await nextTick();
  // Our own output must pass the published schema too; a failure here is a bug worth stopping on.
  const issues = checkBundleSchema(bundle);
  if (issues.length > 0)
    throw new BundleError(
      'schema',
      exportFileName(bundle.manifest, format),
      issues.map((i) => `${i.path} ${i.message}`).join('; '),
    );

  onProgress({ phase: 'write', done: 0, total });
  await nextTick();
  const data = write(bundle, lines, format);
  onProgress({ phase: 'write', done: total, total });
  return {
    fileName: exportFileName(bundle.manifest, format),
    mimeType: EXPORT_MIME[format],
    data,
    count: total,
    sha256,
    manifest: bundle.manifest,
  };
}

function write(bundle: Bundle, lines: string[], format: ExportFormat): string {
  switch (format) {
    case 'bundle':
      return bundleText(bundle.manifest, lines);
    case 'jsonl':
      return jsonlText(lines);
    case 'csv':
      return recordsToCsv(bundle.records);
    default:
      return missingCase(format);
  }
}
