import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DumpInput } from '@shared/api';
import { DEFAULT_MAX_BYTES, formatSize } from '../parser/decode';

export class FileAccessError extends Error {
  constructor(
    readonly code: 'not_found' | 'not_a_file' | 'too_large' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

/** Resolves a dump input to its bytes, naming the file in every error. */
export async function readDumpInput(input: DumpInput): Promise<Uint8Array> {
  if ('bytes' in input) return input.bytes;
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
  const handle = await open(input.path, 'r');
  try {
    const bytes = new Uint8Array(info.size);
    let offset = 0;
    while (offset < info.size) {
      const { bytesRead } = await handle.read(bytes, offset, info.size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === info.size ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    throw new FileAccessError('unreadable', `${name}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}
