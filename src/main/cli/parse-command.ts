/**
 * `parse [--format jsonl|json] FILE...`: one record per post on stdout, errors on stderr.
 * Files are read in chunks and records written as each batch is parsed, so output starts at once
 * and memory stays flat whatever the dump's size.
 * Exit status is non-zero only when no file could be read at all.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DumpReadError } from '../parser';
import { fileSource } from '../parser/decode';
import { parseSourceInParallel } from '../parser/parallel';
import { sourceSegmentWorker } from '../parser/segment-worker-source';
import { stdio } from './io';
import type { Io } from './io';

export type OutputFormat = 'jsonl' | 'json';

export interface ParseCommandOptions {
  format: OutputFormat;
  /** No per-file summary on stderr (errors are still reported). */
  quiet?: boolean;
  /** Worker threads for a large UTF-8 dump (1: read in this thread). */
  threads?: number;
}

/** Two threads where the machine has two cores: past that, each thread gains less (see bench). */
export const DEFAULT_THREADS = Math.min(2, availableParallelism());

/** Runs the command; resolves to the exit code. */
export async function runParse(files: string[], opts: ParseCommandOptions, io: Io = stdio): Promise<number> {
  let readable = 0;
  let first = true;
  if (opts.format === 'json') await io.out('[');
  for (const path of files) {
    const name = basename(path);
    try {
      // The parser refuses a file over its size limit, naming it, before reading it.
      if (statSync(path).isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
    } catch (error) {
      io.err(`${name}: ${describe(error)}\n`);
      continue;
    }
    try {
      // Batch by batch, waiting whenever stdout is full: memory stays flat however slow the reader.
      const write = async (lines: string[]) => {
        const text =
          opts.format === 'jsonl' ? lines.join('\n') + '\n' : (first ? '\n' : ',\n') + lines.join(',\n');
        first = false;
        await io.out(text);
      };
      // A large UTF-8 dump is read by worker threads, its records serialised there (../parser/parallel).
      const summary = await parseSourceInParallel(
        fileSource(path),
        { file: name, deliver: { as: 'json', onJsonLines: write } },
        { createWorker: sourceSegmentWorker, threads: opts.threads ?? DEFAULT_THREADS },
      );
      readable++;
      if (!opts.quiet)
        io.err(
          `${name}: ${summary.posts} posts (${summary.incidents} incidents, ${summary.others} other), ` +
            `${summary.encoding}, ${summary.warnings} warnings\n`,
        );
    } catch (error) {
      io.err(`${error instanceof DumpReadError ? '' : `${name}: `}${describe(error)}\n`);
    }
  }
  if (opts.format === 'json') await io.out(first ? ']\n' : '\n]\n');
  return readable === 0 ? 1 : 0;
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new InvalidArgumentError('a whole number from 1 to 16');
  return n;
}

function describe(error: unknown): string {
  if (error instanceof DumpReadError) return `${error.message} [${error.code}]`;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'file not found';
  if (e?.code === 'EISDIR') return 'is a directory, not a dump file';
  if (e?.code === 'EACCES') return 'permission denied';
  return e?.message ?? String(error);
}

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse dump files and print one JSON record per post to stdout')
    .addOption(
      new Option('-f, --format <format>', 'jsonl: one record per line; json: one array')
        .choices(['jsonl', 'json'])
        .default('jsonl'),
    )
    .option('-q, --quiet', 'no per-file summary on stderr (errors are still printed)')
    .addOption(
      new Option('-j, --threads <n>', 'worker threads for a large UTF-8 dump (1: no workers)')
        .argParser(threadCount)
        .default(DEFAULT_THREADS),
    )
    .argument('<files...>', 'dump files (.txt; UTF-8, UTF-16, Shift_JIS or EUC-JP)')
    .addHelpText(
      'after',
      "\nsource.file in every record is the dump's basename. Errors go to stderr, naming the file;\n" +
        'the exit status is non-zero only when none of the files could be read.\n\n' +
        'Example:\n  npm run -s cli -- parse --format jsonl dumps/*.txt > records.jsonl',
    )
    .action(async (files: string[], opts: ParseCommandOptions) => {
      process.exitCode = await runParse(files, opts);
    });
}
