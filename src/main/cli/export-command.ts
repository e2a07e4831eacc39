/**
 * `export [--format json|jsonl|csv] [--out FILE] FILE...`: parses dumps and writes them as the
 * app's dataset export, without the UI. Every post becomes a library record as a first import
 * makes it (status draft, no corrections; a post found in several dumps is one record with
 * several sources), then goes through the same export pipeline and schema check as the app.
 * `json` is the bundle (manifest + records). SOURCE_DATE_EPOCH pins createdAt for
 * reproducible output.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { exportLibraryRecords, exportText } from '@shared/bundle/export';
import type { ExportFormat } from '@shared/bundle/format';
import { newLibraryRecord } from '@shared/library';
import type { LibraryRecord } from '@shared/library';
import pkg from '../../../package.json' with { type: 'json' };
import { parseDumpFile, PARSER_VERSION } from '../parser';
import { stdio } from './io';
import type { Io } from './io';

export interface ExportCommandOptions {
  format: 'json' | 'jsonl' | 'csv';
  out?: string;
}

const FORMATS: Record<ExportCommandOptions['format'], ExportFormat> = {
  json: 'bundle',
  jsonl: 'jsonl',
  csv: 'csv',
};

/** Runs the command; returns the exit code (non-zero when no file could be read or nothing was written). */
export async function runExport(
  files: string[],
  opts: ExportCommandOptions,
  io: Io = stdio,
): Promise<number> {
  const now = Date.now();
  const records = new Map<string, LibraryRecord>();
  let readable = 0;
  for (const path of files) {
    const name = basename(path);
    try {
      const { records: parsed = [] } = parseDumpFile(path, { file: name });
      for (const p of parsed) {
        const known = records.get(p.id);
        if (!known) records.set(p.id, newLibraryRecord(p, now));
        // The same dump given twice adds no second source.
        else if (
          !known.sources.some((s) => s.sha256 === p.source.sha256 && s.startLine === p.source.startLine)
        )
          known.sources.push(p.source);
      }
      readable++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      io.err(message.startsWith(`${name}:`) ? `${message}\n` : `${name}: ${message}\n`);
    }
  }
  if (readable === 0) return 1;

  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const result = await exportLibraryRecords(
    [...records.values()],
    FORMATS[opts.format],
    {
      generator: { name: pkg.productName, version: pkg.version, parserVersion: PARSER_VERSION },
      selection: { statuses: ['draft'], tags: [], filter: null },
      ...(epoch && /^\d+$/.test(epoch) ? { createdAt: new Date(Number(epoch) * 1000) } : {}),
    },
    { sha256: createHash('sha256') },
  );
  if (opts.out) writeFileSync(opts.out, exportText(result));
  else io.out(exportText(result));
  io.err(
    `${result.count} records from ${readable} dump(s), sha256 ${result.sha256}${opts.out ? ` → ${opts.out}` : ''}\n`,
  );
  return 0;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('parse dump files and write them as a dataset export (bundle, JSON Lines or CSV)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'json: bundle with manifest; jsonl: one record per line; csv: for Excel',
      )
        .choices(['json', 'jsonl', 'csv'])
        .default('json'),
    )
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .argument('<files...>', 'dump files (.txt)')
    .addHelpText(
      'after',
      '\nThe bundle format is described in README.md (Formats) and resources/schema/bundle-v1.schema.json.\n\n' +
        'Example:\n  npm run -s cli -- export --format csv ../shared/dumps/*.txt > incidents.csv',
    )
    .action(async (files: string[], opts: ExportCommandOptions) => {
      process.exitCode = await runExport(files, opts);
    });
}
