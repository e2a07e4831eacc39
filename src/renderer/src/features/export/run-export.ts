/**
 * One export, start to end: the stored bundle lines (library-source.ts) through
 * exportStoredLines (@shared/bundle/export-lines), and the file, as parts, to api.saveFile
 * (a save dialog in Electron, a download in a browser).
 *
 * The lines are checked in Web Workers while the library is still being read
 * (line-checkers.ts); the page hashes them (WebCrypto, or WebAssembly where there is no
 * WebCrypto) and lists them, where they lie, as file parts. When the page read, decoded and checked each line itself, 100 000 records took
 * 6-7 s here; one worker that sent the lines back to the page was slower still.
 */
import type { Sha256Whole } from '@shared/bundle/canonical';
import type { ExportResult } from '@shared/bundle/export';
import { exportStoredLines } from '@shared/bundle/export-lines';
import type { BundleSelection, ExportFormat } from '@shared/bundle/format';
import type { SaveFileResult } from '@shared/api';
import { api } from '../../api';
import { BUNDLE_LINE_FORMAT, keepLinesUp, linesOfRecords, storedSegments } from './library-source';
import type { RunProgress } from './library-source';
import { lineCheckers } from './line-checkers';
import { wasmSha256 } from './wasm-sha256';

export type { RunPhase, RunProgress } from './library-source';

export interface ExportOutcome {
  result: Omit<ExportResult, 'parts'>;
  saved: SaveFileResult;
  seconds: number;
  format: ExportFormat;
}

/**
 * WebCrypto's sha256 where there is one (any secure context: the app's file:// page, the
 * harness on 127.0.0.1): it uses the CPU's SHA instructions, several times faster here than the
 * WebAssembly one, which stays for anywhere without it.
 */
const sha256Whole: Sha256Whole | null = globalThis.crypto?.subtle
  ? (data) => globalThis.crypto.subtle.digest('SHA-256', data)
  : null;

export async function runExport(
  ids: readonly string[],
  format: ExportFormat,
  selection: BundleSelection,
  onProgress: (progress: RunProgress) => void,
): Promise<ExportOutcome> {
  const started = performance.now();
  const [info, checkers, sha256] = await Promise.all([
    api.appInfo(),
    lineCheckers(),
    sha256Whole ? undefined : wasmSha256(),
  ]);
  const { parts, lines, ...result } = await exportStoredLines({
    segments: storedSegments(),
    lineFormat: BUNDLE_LINE_FORMAT,
    wanted: new Set(ids),
    linesOf: linesOfRecords,
    format,
    meta: {
      generator: { name: info.name, version: info.version, parserVersion: info.parserVersion },
      selection,
    },
    runCheck: checkers.runCheck,
    ...(sha256 ? { sha256 } : {}),
    ...(sha256Whole ? { sha256Whole } : {}),
    onProgress,
  }).finally(checkers.close);
  // The export does not wait for the upkeep of stored lines; a failure there costs speed, never data.
  keepLinesUp(lines).catch((error: unknown) => console.warn('bundle lines upkeep failed', error));
  onProgress({ phase: 'save', done: result.count, total: result.count });
  const saved = await api.saveFile({
    suggestedName: result.fileName,
    mimeType: result.mimeType,
    data: parts,
  });
  return { result, saved, seconds: (performance.now() - started) / 1000, format };
}
