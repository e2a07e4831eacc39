/** Why a dump could not be read at all. Parsing problems inside a readable dump are record warnings. */
export type DumpReadErrorCode = 'empty' | 'binary' | 'too_large' | 'undecodable' | 'unreadable';

export class DumpReadError extends Error {
  override readonly name = 'DumpReadError';
  constructor(
    readonly code: DumpReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}
