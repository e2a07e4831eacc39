/**
 * The one contract between the renderer and the main-process services.
 *
 * Implemented twice, and the renderer cannot tell which one it talks to:
 *  - Electron: `src/preload` exposes it on `window.librarian` through contextBridge, and
 *    `src/main/ipc.ts` serves it with `ipcMain.handle`.
 *  - Browser harness: `src/main/harness/server.ts` serves the same services over HTTP on
 *    127.0.0.1, and `src/renderer/src/api/http-bridge.ts` implements the contract over it.
 *
 * Every argument that crosses a process boundary is validated with the zod schemas below.
 */
import { z } from 'zod';
import type { ParsedRecord } from './record';
import { SourceSchema } from './record';

export { CHANNELS } from './channels';

export const API_VERSION = 1;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  parserVersion: z.string(),
  runtime: z.enum(['electron', 'web']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** A dump handed to the parser: its bytes, or (Electron only) a path the user chose. */
export const DumpInputSchema = z.union([
  z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }),
  z.object({ name: z.string().min(1).max(1024), path: z.string().min(1).max(4096) }),
]);
export type DumpInput = z.infer<typeof DumpInputSchema>;

export const JobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const ParseDumpsArgsSchema = z.object({
  jobId: JobIdSchema,
  files: z.array(DumpInputSchema).min(1).max(1000),
});
export type ParseDumpsArgs = z.infer<typeof ParseDumpsArgsSchema>;

/**
 * Flow control of a parse job: the parser stays at most PARSE_WINDOW records ahead of what the
 * renderer says it has taken (stored, or given up on), so a huge dump never piles up parsed
 * records in the window's memory while IndexedDB catches up.
 */
export const PARSE_WINDOW = 2000;

export const ParseAckArgsSchema = z.object({
  jobId: JobIdSchema,
  /** Records of the job taken so far (a running total; it never goes down). */
  records: z.number().int().nonnegative(),
});
export type ParseAckArgs = z.infer<typeof ParseAckArgsSchema>;

/** Posts per reparsePosts call: a call parses in well under a second, so progress keeps moving. */
export const REPARSE_BATCH = 200;

/** Stored posts to read again with the current parser: each post's text and where it came from. */
export const ReparsePostsArgsSchema = z.object({
  posts: z
    .array(z.object({ text: z.string().max(4_000_000), source: SourceSchema }))
    .min(1)
    .max(REPARSE_BATCH),
});
export type ReparsePostsArgs = z.infer<typeof ReparsePostsArgsSchema>;

export interface FileParseSummary {
  file: string;
  sha256: string;
  bytes: number;
  encoding: string;
  posts: number;
  incidents: number;
  others: number;
  warnings: number;
}

/** Streamed while a parse job runs. Records arrive in batches so the UI stays responsive. */
export type ParseEvent =
  | { jobId: string; type: 'file-start'; file: string; index: number; total: number; bytes: number }
  | { jobId: string; type: 'progress'; file: string; bytesDone: number; bytesTotal: number; posts: number }
  | { jobId: string; type: 'records'; file: string; records: ParsedRecord[] }
  | { jobId: string; type: 'file-done'; summary: FileParseSummary }
  | { jobId: string; type: 'file-error'; file: string; code: string; message: string };

export interface ParseSummary {
  jobId: string;
  cancelled: boolean;
  files: FileParseSummary[];
  errors: { file: string; code: string; message: string }[];
}

export const OpenFilesArgsSchema = z.object({
  purpose: z.enum(['dumps', 'bundle']),
  multiple: z.boolean(),
});
export type OpenFilesArgs = z.infer<typeof OpenFilesArgsSchema>;

/** Bytes of any buffer (a zod instanceof check would type them as ArrayBuffer-backed only). */
export const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');

export const SaveFileArgsSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  mimeType: z.string().max(100),
  /** The file's content; a list of parts (text, or bytes as they are) is written as their concatenation. */
  data: z.union([z.string(), BytesSchema, z.array(z.union([z.string(), BytesSchema]))]),
});
export type SaveFileArgs = z.infer<typeof SaveFileArgsSchema>;
export interface SaveFileResult {
  saved: boolean;
  /** Where it went: a path (Electron) or the download's file name (browser). */
  location?: string;
}

export const ExternalUrlSchema = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//.test(u), 'only http(s) links open externally');

/** What `window.librarian` provides. */
export interface LibrarianApi {
  appInfo(): Promise<AppInfo>;
  /** Parses dumps off the UI thread; events stream to `onEvent`; resolves when the job ends. */
  parseDumps(args: ParseDumpsArgs, onEvent: (event: ParseEvent) => void): Promise<ParseSummary>;
  cancelParse(jobId: string): Promise<void>;
  /** Tells the job how many of its records the renderer has taken (see PARSE_WINDOW). */
  ackParse(args: ParseAckArgs): Promise<void>;
  /** Parses stored posts again with this parser (off the UI thread), one record per post, in order. */
  reparsePosts(args: ReparsePostsArgs): Promise<ParsedRecord[]>;
  /**
   * A native file dialog. Electron answers with paths (big dumps are not copied through the
   * renderer); the browser harness answers null and the renderer uses <input type=file>.
   */
  openFiles(args: OpenFilesArgs): Promise<DumpInput[] | null>;
  /** Saves data the user asked to export: a save dialog in Electron, a download in a browser. */
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  openExternal(url: string): Promise<void>;
  /** Electron only: the file-system path of a dropped File, so big dumps need not be copied. */
  pathForFile?(file: object): string | null;
}

/** The envelope every IPC/HTTP call returns, so errors cross the boundary as data. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
