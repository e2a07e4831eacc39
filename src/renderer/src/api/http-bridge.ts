/**
 * The LibrarianApi over the browser harness's HTTP API (see src/main/harness/server.ts).
 * Desktop-only capabilities fall back to what a browser offers: <input type=file>, downloads.
 */
import type {
  LibrarianApi,
  ParseDumpsArgs,
  ParseEvent,
  ParseSummary,
  SaveFileArgs,
  SaveFileResult,
} from '@shared/api';
import { fromWire, toWire } from '@shared/wire';
import { fitRequestLimit } from './request-limit';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Line =
  | { event: ParseEvent }
  | { result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } } };

function readToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="librarian-token"]');
  if (!meta?.content)
    throw new ApiError('no_token', 'This page was not served by the Incident Librarian harness.');
  return meta.content;
}

async function call<T>(name: string, args: unknown, onEvent?: (event: ParseEvent) => void): Promise<T> {
  const response = await fetch(`/api/service/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-librarian-token': readToken() },
    body: toWire(args ?? null),
  });
  if (!response.ok || !response.body) throw new ApiError('http', `${name}: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = fromWire(buffer.slice(0, newline)) as Line;
      buffer = buffer.slice(newline + 1);
      if ('event' in line) onEvent?.(line.event);
      else if (line.result.ok) return line.result.value as T;
      else throw new ApiError(line.result.error.code, line.result.error.message);
    }
    if (done) throw new ApiError('truncated', `${name}: the harness closed the connection`);
  }
}

function download(name: string, data: SaveFileArgs['data'], mimeType: string): SaveFileResult {
  const blob = new Blob((Array.isArray(data) ? data : [data]) as BlobPart[], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, location: name };
}

/** Sends the dumps that fit in one request; the others are reported by name, as the parser would. */
async function parseDumps(args: ParseDumpsArgs, onEvent: (event: ParseEvent) => void): Promise<ParseSummary> {
  const { files, refused } = fitRequestLimit(args.files);
  for (const error of refused) onEvent({ jobId: args.jobId, type: 'file-error', ...error });
  if (files.length === 0) return { jobId: args.jobId, cancelled: false, files: [], errors: refused };
  const summary = await call<ParseSummary>('parseDumps', { ...args, files }, onEvent);
  return { ...summary, errors: [...refused, ...summary.errors] };
}

export const httpBridge: LibrarianApi = {
  appInfo: () => call('appInfo', null),
  parseDumps,
  cancelParse: (jobId) => call('cancelParse', jobId),
  ackParse: (args) => call('ackParse', args),
  reparsePosts: (args) => call('reparsePosts', args),
  // The browser has no native dialog to offer: the renderer shows <input type=file> instead.
  openFiles: async () => null,
  saveFile: async ({ suggestedName, data, mimeType }) => download(suggestedName, data, mimeType),
  openExternal: async (url) => {
    window.open(url, '_blank', 'noopener,noreferrer');
  },
};
