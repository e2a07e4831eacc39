/**
 * One export, start to end: the chosen records' stored bundle lines (library-source.ts)
 * through exportLines (@shared/bundle/export-lines), and the file, as parts, to api.saveFile
 * (a save dialog in Electron, a download in a browser).
 *
 * The page only hashes the lines where they lie (in WebAssembly); decoding, parsing and schema checking every
 * line happen in Web Workers, one per core (shard-workers.ts), which take the stored segments
 * without a copy. When the page decoded and checked each line itself, 100 000 records took
 * 6-7 s here; a single worker that sent the lines back to the page was slower still.
 */
import type { ExportResult } from '@shared/bundle/export';
import { exportLines } from '@shared/bundle/export-lines';
import type { BundleSelection, ExportFormat } from '@shared/bundle/format';
import type { SaveFileResult } from '@shared/api';
import { api } from '../../api';
import { readSelection } from './library-source';
import type { RunProgress } from './library-source';
import { shardPlan } from './shard-workers';
import { wasmSha256 } from './wasm-sha256';

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
  // Workers load while the lines are read.
  const [info, plan, sha256, chosen] = await Promise.all([
    api.appInfo(),
    shardPlan(),
    wasmSha256(),
    readSelection(ids, onProgress),
  ]);
  const { parts, ...result } = await exportLines(chosen.lines, {
    format,
    meta: {
      generator: { name: info.name, version: info.version, parserVersion: info.parserVersion },
      selection,
    },
    shards: plan.shards(chosen.lines.length),
    runShard: plan.runShard,
    sha256,
    onProgress,
  }).finally(plan.close);
  // The export does not wait for the upkeep of stored lines; a failure there costs speed, never data.
  chosen.afterwards().catch((error: unknown) => console.warn('bundle lines upkeep failed', error));
  onProgress({ phase: 'save', done: result.count, total: result.count });
  const saved = await api.saveFile({
    suggestedName: result.fileName,
    mimeType: result.mimeType,
    data: parts,
  });
  return { result, saved, seconds: (performance.now() - started) / 1000, format };
}
