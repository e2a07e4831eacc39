/** What the page and the import worker (import-writer.worker.ts) say to each other, validated on arrival. */
import { z } from 'zod';
import type { ParsedRecord } from '@shared/record';
import type { BatchCounts } from '../../db/import-batch';

const count = z.number().int().nonnegative();
const CountsSchema = z.object({
  new: count,
  unchanged: count,
  updated: count,
  others: count,
  warnings: count,
});

/**
 * The records themselves are not re-checked here: they are the parse events' records, which
 * come from the app's own main process; a deep schema check of every one would cost the worker
 * more than writing it. Only their envelope is checked.
 */
const RecordsSchema = z.array(
  z.custom<ParsedRecord>((value) => typeof value === 'object' && value !== null && 'id' in value),
);

export const ToImportWriterSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), database: z.string().min(1) }),
  z.object({ type: z.literal('push'), file: z.string(), records: RecordsSchema }),
  z.object({ type: z.literal('flush'), id: count }),
]);
export type ToImportWriter = z.infer<typeof ToImportWriterSchema>;

export const FromImportWriterSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('written'), stored: count, file: z.string(), counts: CountsSchema }),
  /** The first failed write (or a database that would not open); later writes are dropped. */
  z.object({ type: z.literal('failed'), name: z.string(), message: z.string() }),
  z.object({ type: z.literal('flushed'), id: count }),
]);
export type FromImportWriter = z.infer<typeof FromImportWriterSchema>;

/** The schema's counts are the import's (a compile-time check that they agree). */
export const asCounts = (counts: z.infer<typeof CountsSchema>): BatchCounts => counts;
