/**
 * One export, start to end: read the chosen records from IndexedDB in chunks, build and check
 * the file with the shared export pipeline, and hand it to api.saveFile (a save dialog in
 * Electron, a download in a browser).
 *
 * Everything up to saving runs here in the renderer: shipping 100 000 records to the main
 * process (IPC, or HTTP in the browser harness) cost more than the export itself, and the
 * schema check is ajv's precompiled validator, which needs no eval.
 */
import { exportLibraryRecords } from '@shared/bundle/export';
import type { ExportPhase, ExportResult } from '@shared/bundle/export';
import type { BundleSelection, ExportFormat } from '@shared/bundle/format';
import type { SaveFileResult } from '@shared/api';
import type { LibraryRecord } from '@shared/library';
import { api } from '../../api';
import { db } from '../../db/database';
import { yieldToUi } from '../library/yield';

export type RunPhase = 'load' | ExportPhase | 'save';
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

export async function runExport(
  ids: readonly string[],
  format: ExportFormat,
  selection: BundleSelection,
  onProgress: (progress: RunProgress) => void,
): Promise<ExportOutcome> {
  const started = performance.now();
  const records: LibraryRecord[] = [];
  for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
    onProgress({ phase: 'load', done: i, total: ids.length });
    const chunk = await db.records.bulkGet(ids.slice(i, i + LOAD_CHUNK));
    for (const record of chunk) if (record) records.push(record);
    await yieldToUi();
  }
  const info = await api.appInfo();
  const { data, ...result } = await exportLibraryRecords(
    records,
    format,
    { generator: { name: info.name, version: info.version, parserVersion: info.parserVersion }, selection },
    onProgress,
  );
  onProgress({ phase: 'save', done: 0, total: records.length });
  const saved = await api.saveFile({ suggestedName: result.fileName, mimeType: result.mimeType, data });
  return { result, saved, seconds: (performance.now() - started) / 1000, format };
}
