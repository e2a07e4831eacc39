/**
 * One import: streams the dumps through the main process's parser (worker thread), stores each
 * records batch as it arrives, records each finished file in the import history, and leaves a
 * summary. A bad file is reported by name and skips nothing else; stored data is never lost.
 */
import type { DumpInput, ParseEvent } from '@shared/api';
import { api } from '../../api';
import { db } from '../../db/database';
import { addCounts, emptyCounts } from '../../db/import-batch';
import type { BatchCounts } from '../../db/import-batch';
import { useImportStore } from './import-store';
import type { FileOutcome } from './import-store';
import { startImportWorker } from './import-worker';
import { startRecordSink } from './worker-record-writer';

const newJobId = () => `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function isImporting(): boolean {
  return useImportStore.getState().progress !== null;
}

export async function cancelImport(): Promise<void> {
  const progress = useImportStore.getState().progress;
  if (!progress) return;
  useImportStore.getState().update({ cancelling: true });
  await api.cancelParse(progress.jobId);
}

export async function runImport(files: DumpInput[]): Promise<void> {
  if (files.length === 0 || isImporting()) return;
  const jobId = newJobId();
  const startedAt = performance.now();
  useImportStore.setState({
    summary: null,
    progress: {
      jobId,
      fileCount: files.length,
      fileIndex: 0,
      file: files[0]!.name,
      fileFraction: 0,
      posts: 0,
      stored: 0,
      startedAt,
      recordsPerSecond: 0,
      cancelling: false,
    },
  });
  const { update } = useImportStore.getState();
  const parserVersion = await api.appInfo().then(
    (info) => info.parserVersion,
    () => 'unknown',
  );
  const writer = await startRecordSink(db, startImportWorker, {
    onWritten: (stored) => {
      const seconds = (performance.now() - startedAt) / 1000;
      update({ stored, recordsPerSecond: seconds > 0 ? stored / seconds : 0 });
      // Flow control: the parser waits once it is PARSE_WINDOW records ahead of this count.
      api.ackParse({ jobId, records: stored }).catch(() => {});
    },
    // A write that fails (e.g. the disk is full) would fail for the rest too: stop parsing.
    onFailed: () => void api.cancelParse(jobId).catch(() => {}),
  });
  const outcomes: FileOutcome[] = [];
  let postsBefore = 0;
  // History entries wait for their file's records to be stored: they run in event order.
  let history: Promise<void> = Promise.resolve();

  const onEvent = (event: ParseEvent) => {
    switch (event.type) {
      case 'file-start':
        update({ fileIndex: event.index, file: event.file, fileFraction: 0 });
        break;
      case 'progress':
        update({
          fileFraction: event.bytesTotal > 0 ? event.bytesDone / event.bytesTotal : 0,
          posts: postsBefore + event.posts,
        });
        break;
      case 'records':
        writer.push(event.file, event.records);
        break;
      case 'file-done': {
        const { summary } = event;
        postsBefore += summary.posts;
        update({ posts: postsBefore, fileFraction: 1 });
        history = history.then(async () => {
          await writer.flush();
          const counts = writer.counts.get(summary.file) ?? emptyCounts();
          outcomes.push({
            file: summary.file,
            status: 'done',
            sha256: summary.sha256,
            encoding: summary.encoding,
            posts: summary.posts,
            counts,
          });
          await db.imports.add({
            file: summary.file,
            sha256: summary.sha256,
            at: Date.now(),
            parserVersion,
            counts,
          });
        });
        break;
      }
      case 'file-error':
        history = history.then(() => {
          outcomes.push({ file: event.file, status: 'error', message: event.message, code: event.code });
        });
        break;
      default:
        missingEvent(event);
    }
  };

  let cancelled = false;
  let failure: string | undefined;
  try {
    const result = await api.parseDumps({ jobId, files }, onEvent);
    cancelled = result.cancelled;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  try {
    await history;
    await writer.flush();
  } catch (error) {
    failure ??= error instanceof Error ? error.message : String(error);
  }
  writer.close();
  for (const input of files) {
    const name = input.name.split(/[\\/]/).pop()!;
    if (!outcomes.some((o) => o.file === name)) {
      const counts = writer.counts.get(name);
      outcomes.push({ file: name, status: 'cancelled', ...(counts ? { counts } : {}) });
    }
  }
  const totals = outcomes.reduce<BatchCounts>(
    (sum, o) => (o.counts ? addCounts(sum, o.counts) : sum),
    emptyCounts(),
  );
  useImportStore.setState({
    progress: null,
    summary: { cancelled, files: outcomes, totals, ...(failure ? { failure } : {}) },
  });
}

function missingEvent(event: never): never {
  throw new Error(`unhandled parse event ${JSON.stringify(event)}`);
}
