#!/usr/bin/env node
/**
 * Command-line entry: `npm run -s cli -- <command> …`. One file per command; each exports a
 * `register(program)` function and is listed below.
 */
import { Command } from 'commander';
import { PARSER_VERSION } from '../parser';
import { registerExportCommand } from './export-command';
import { registerParseCommand } from './parse-command';

const COMMANDS: ((program: Command) => void)[] = [registerParseCommand, registerExportCommand];

export function buildProgram(): Command {
  const program = new Command()
    .name('incident-librarian')
    .description('Parse text dumps of the セキュリティ事件簿 blog into structured incident records.')
    .version(PARSER_VERSION, '-V, --version', 'print the parser version');
  for (const register of COMMANDS) register(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
