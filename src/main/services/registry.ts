/**
 * The runtime-independent services behind the API contract, as one table that both the
 * Electron IPC layer and the browser harness serve. Each method validates its arguments with
 * its zod schema before running, so neither transport can forget to.
 */
import { z } from 'zod';
import { JobIdSchema, ParseAckArgsSchema, ParseDumpsArgsSchema, ReparsePostsArgsSchema } from '@shared/api';
import type { AppInfo, ParseEvent, ParseSummary } from '@shared/api';
import { appInfo } from '../app-info';
import type { ParseService } from './parse-service';

export class InvalidArgumentsError extends Error {
  readonly code = 'invalid_arguments';
}

export interface CallContext {
  /** Streams events of a long call (parse progress, records) to the caller. */
  emit: (event: ParseEvent) => void;
}

export interface ServiceMethod<A = unknown, R = unknown> {
  args: z.ZodType<A>;
  run(args: A, ctx: CallContext): Promise<R>;
}

const method = <A, R>(args: z.ZodType<A>, run: (args: A, ctx: CallContext) => Promise<R>) =>
  ({ args, run }) as ServiceMethod<unknown, unknown>;

export function createServiceTable(runtime: AppInfo['runtime'], parse: ParseService) {
  return {
    appInfo: method(z.undefined().or(z.null()), async (): Promise<AppInfo> => appInfo(runtime)),
    parseDumps: method(ParseDumpsArgsSchema, (args, ctx): Promise<ParseSummary> =>
      parse.start(args, ctx.emit),
    ),
    cancelParse: method(JobIdSchema, async (jobId) => parse.cancel(jobId)),
    ackParse: method(ParseAckArgsSchema, async ({ jobId, records }) => parse.ack(jobId, records)),
    reparsePosts: method(ReparsePostsArgsSchema, ({ posts }) => parse.reparse(posts)),
  } satisfies Record<string, ServiceMethod>;
}
export type ServiceTable = ReturnType<typeof createServiceTable>;
export type ServiceName = keyof ServiceTable;

/** Validates and runs one call; errors become data the caller can show. */
export async function callService(
  table: Record<string, ServiceMethod>,
  name: string,
  rawArgs: unknown,
  ctx: CallContext,
): Promise<unknown> {
  const entry = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!entry) throw new InvalidArgumentsError(`unknown method ${name}`);
  const parsed = entry.args.safeParse(rawArgs);
  if (!parsed.success) throw new InvalidArgumentsError(`${name}: ${z.prettifyError(parsed.error)}`);
  return entry.run(parsed.data, ctx);
}

/** Calls that stream events to their caller while they run (and so can be abandoned). */
export function isStreamingCall(name: string): boolean {
  return name === 'parseDumps';
}

/**
 * The caller of a streaming call went away (a reloaded or closed window): stops what the call
 * started, so that a parse does not wait for acks that will never come.
 */
export function abandonCall(table: Record<string, ServiceMethod>, name: string, rawArgs: unknown): void {
  if (!isStreamingCall(name)) return;
  const jobId = (rawArgs as { jobId?: unknown } | null)?.jobId;
  if (jobId !== undefined) callService(table, 'cancelParse', jobId, { emit: () => {} }).catch(() => {});
}

export function errorToEnvelope(error: unknown): { ok: false; error: { code: string; message: string } } {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'internal';
  return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
}
