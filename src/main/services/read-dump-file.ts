import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DumpInput } from '@shared/api';
import { type ByteSource, DEFAULT_MAX_BYTES, bytesSource, fileSource, formatSize } from '../parser/decode';

export class FileAccessError extends Error {
  constructor(
    readonly code: 'not_found' | 'not_a_file' | 'too_large' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Resolves a dump input to the source of its bytes, naming the file in every error. A path is
 * read in chunks by the parser (never held whole); bytes sent by the renderer are used as they are.
 */
export async function openDumpInput(input: DumpInput): Promise<ByteSource> {
  if ('bytes' in input) return bytesSource(input.bytes);
  const name = basename(input.path);
  let info;
  try {
    info = await stat(input.path);
  } catch {
    throw new FileAccessError('not_found', `${name}: file not found`);
  }
  if (!info.isFile()) throw new FileAccessError('not_a_file', `${name}: not a regular file`);
  // Refused before reading, with the same limit the parser applies to bytes it is handed.
  if (info.size > DEFAULT_MAX_BYTES)
    throw new FileAccessError(
      'too_large',
      `${name}: ${formatSize(info.size)} is larger than the ${formatSize(DEFAULT_MAX_BYTES)} limit`,
    );
  try {
    return fileSource(input.path);
  } catch (error) {
    throw new FileAccessError('unreadable', `${name}: ${(error as Error).message}`);
  }
}
