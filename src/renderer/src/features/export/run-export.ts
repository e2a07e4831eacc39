/**
 * One export, start to end: the chosen records' stored bundle lines (library-source.ts)
 * through the shared export pipeline (checked, hashed, kept only as lines), and the file, as
 * parts, to api.saveFile (a save dialog in Electron, a download in a browser).
 *
 * Everything up to saving runs here in the renderer: shipping 100 000 records to the main
 * process (IPC, or HTTP in the browser harness) cost more than the export itself, and the
 * schema check is ajv's precompiled validator, which needs no eval. A worker was tried and
 * measured slower: handing 100 000 lines back to the page cost more than it saved; so did
 * hashing in a worker (on two cores it took CPU from reading and decoding: 5.9 → 7.0 s).
 */
import { GatheredCanonicalHash } from '@shared/bundle/canonical';
import { exportRecords } from '@shared/bundle/export';
import type { ExportResult } from '@shared/bundle/export';
import type { BundleSelection, ExportFormat } from '@shared/bundle/format';
import type { SaveFileResult } from '@shared/api';
import { api } from '../../api';
import { librarySource } from './library-source';
import type { RunProgress } from './library-source';

export type { RunPhase, RunProgress } from './library-source';

export interface ExportOutcome {
  result: Omit<ExportResult, 'parts'>;
  saved: SaveFileResult;
  seconds: number;
  format: ExportFormat;
}

export async function runExport(
  ids: readonly string[],
  format: ExportFormat,
  selection: BundleSelection,
  onProgress: (progress: RunProgress) => void,
): Promise<ExportOutcome> {
  const started = performance.now();
  const info = await api.appInfo();
  const source = librarySource(ids, onProgress);
  const { parts, ...result } = await exportRecords(
    source,
    format,
    { generator: { name: info.name, version: info.version, parserVersion: info.parserVersion }, selection },
    onProgress,
    new GatheredCanonicalHash(),
  );
  // Upkeep of the stored lines (db/bundle-lines.ts): the export does not wait for it, and a
  // failure there costs speed, never data.
  source.afterwards().catch((error: unknown) => console.warn('bundle lines upkeep failed', error));
  onProgress({ phase: 'save', done: result.count, total: result.count });
  const saved = await api.saveFile({
    suggestedName: result.fileName,
    mimeType: result.mimeType,
    data: parts,
  });
  return { result, saved, seconds: (performance.now() - started) / 1000, format };
}
