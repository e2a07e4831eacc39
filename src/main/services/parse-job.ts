import { basename } from 'node:path';
import type { FileParseSummary, ParseDumpsArgs, ParseEvent, ParseSummary } from '@shared/api';
import { DumpReadError, parseSource } from '../parser';
import { ConsumerStalledError } from './parse-control';
import { FileAccessError, openDumpInput } from './read-dump-file';

const RECORD_BATCH = 200;

/**
 * Parses every file of a job in turn, streaming events. A bad file is reported and skipped;
 * the others still run. Runs in the parse worker thread (or inline in tests).
 * `awaitConsumer(emitted)` is called after each records event with the job's running total of
 * records and may block until the consumer has caught up (flow control: ./parse-control).
 */
export async function runParseJob(
  args: ParseDumpsArgs,
  emit: (event: ParseEvent) => void,
  shouldCancel: () => boolean,
  awaitConsumer: (emitted: number) => void = () => {},
): Promise<ParseSummary> {
  const { jobId } = args;
  let emitted = 0;
  const summary: ParseSummary = { jobId, cancelled: false, files: [], errors: [] };
  for (const [index, input] of args.files.entries()) {
    if (shouldCancel()) break;
    const file = basename(input.name);
    try {
      const source = await openDumpInput(input);
      emit({ jobId, type: 'file-start', file, index, total: args.files.length, bytes: source.size });
      const result = parseSource(source, {
        file,
        batchSize: RECORD_BATCH,
        shouldCancel,
        onRecords: (records) => {
          emit({ jobId, type: 'records', file, records });
          emitted += records.length;
          awaitConsumer(emitted);
        },
        onProgress: (p) => emit({ jobId, type: 'progress', file, ...p }),
      });
      const fileSummary: FileParseSummary = {
        file,
        sha256: result.sha256,
        bytes: result.bytes,
        encoding: result.encoding,
        posts: result.posts,
        incidents: result.incidents,
        others: result.others,
        warnings: result.warnings,
      };
      if (result.cancelled) break;
      summary.files.push(fileSummary);
      emit({ jobId, type: 'file-done', summary: fileSummary });
    } catch (error) {
      const known =
        error instanceof DumpReadError ||
        error instanceof FileAccessError ||
        error instanceof ConsumerStalledError;
      const code = known ? error.code : 'parse_failed';
      const reason = (error as Error).message;
      const message = reason.startsWith(file) ? reason : `${file}: ${reason}`;
      summary.errors.push({ file, code, message });
      emit({ jobId, type: 'file-error', file, code, message });
    }
  }
  summary.cancelled = shouldCancel();
  return summary;
}
