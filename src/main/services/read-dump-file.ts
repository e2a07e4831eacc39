import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DumpInput } from '@shared/api';

/** Larger files are refused before reading: a dump of the blog is a few MB, 2 GB is a mistake. */
export const MAX_DUMP_BYTES = 2 * 1024 ** 3;

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
  if (info.size > MAX_DUMP_BYTES)
    throw new FileAccessError(
      'too_large',
      `${name}: ${formatBytes(info.size)} is larger than the 2 GB limit`,
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

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
