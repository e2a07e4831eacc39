/**
 * How many dump bytes the browser harness bridge sends in one parse request. Dumps travel as
 * base64 inside one JSON request, 4/3 of their size, and a JavaScript string ends at 2^29
 * characters. (The desktop app hands the parser file paths and has no such limit.)
 */
import type { DumpInput, ParseSummary } from '@shared/api';

export const MAX_HTTP_DUMP_BYTES = 256 * 1024 * 1024;

/** The inputs that fit in one request, in order, and an error naming each one that does not. */
export function fitRequestLimit(
  inputs: readonly DumpInput[],
  limit = MAX_HTTP_DUMP_BYTES,
): { files: DumpInput[]; refused: ParseSummary['errors'] } {
  const refused: ParseSummary['errors'] = [];
  let total = 0;
  const files = inputs.filter((input) => {
    if (!('bytes' in input)) return true;
    if (total + input.bytes.byteLength <= limit) {
      total += input.bytes.byteLength;
      return true;
    }
    const file = input.name.split(/[\\/]/).pop() || input.name;
    const mb = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MB`;
    refused.push({
      file,
      code: 'too_large',
      message:
        `${file}: ${mb(input.bytes.byteLength)} is more than the browser version can send ` +
        `(${mb(limit)} a job); import it on its own or in the desktop app`,
    });
    return false;
  });
  return { files, refused };
}
