/**
 * One export, start to end: stream the chosen records from IndexedDB in chunks through the
 * shared export pipeline (built, checked, hashed, then dropped: only their serialised lines
 * stay in memory), and hand the file to api.saveFile (a save dialog in Electron, a download in
 * a browser).
 *
 * Everything up to saving runs here in the renderer: shipping 100 000 records to the main
 * process (IPC, or HTTP in the browser harness) cost more than the export itself, and the
 * schema check is ajv's precompiled validator, which needs no eval.
 */
import { exportRecords } from '@shared/bundle/export';
import type { ExportPhase, ExportResult, RecordSource } from '@shared/bundle/export';
import type { BundleSelection, ExportFormat } from '@shared/bundle/format';
import type { SaveFileResult } from '@shared/api';
import type { LibraryRecord } from '@shared/library';
import { api } from '../../api';
import { db } from '../../db/database';

export type RunPhase = ExportPhase | 'save';
export interface RunProgress {
  phase: RunPhase;
  done: number;
  total: number;
}

export interface ExportOutcome {
  result: Omit<ExportResult, 'data'>;
  saved: SaveFileResult;
  seconds: number;
  format: ExportFormat;
}

const LOAD_CHUNK = 2000;

/** The chosen records from IndexedDB, a chunk at a time, in id (canonical) order. */
export function librarySource(ids: readonly string[]): RecordSource {
  const sorted = [...ids].sort();
  async function* chunks() {
    for (let i = 0; i < sorted.length; i += LOAD_CHUNK) {
      const chunk = await db.records.bulkGet(sorted.slice(i, i + LOAD_CHUNK));
      yield chunk.filter((r): r is LibraryRecord => r !== undefined);
    }
  }
  return { total: sorted.length, chunks: chunks() };
}

export async function runExport(
  ids: readonly string[],
  format: ExportFormat,
  selection: BundleSelection,
  onProgress: (progress: RunProgress) => void,
): Promise<ExportOutcome> {
  const started = performance.now();
  const info = await api.appInfo();
  const { data, ...result } = await exportRecords(
    librarySource(ids),
    format,
    { generator: { name: info.name, version: info.version, parserVersion: info.parserVersion }, selection },
    onProgress,
  );
  onProgress({ phase: 'save', done: result.count, total: result.count });
  const saved = await api.saveFile({ suggestedName: result.fileName, mimeType: result.mimeType, data });
  return { result, saved, seconds: (performance.now() - started) / 1000, format };
}
