/** What the page and a shard-checking worker (check-shard.worker.ts) say to each other, validated on arrival. */
import { z } from 'zod';
import { BytesSchema } from '@shared/api';
import type { ShardVerdict } from '@shared/bundle/check-shard';

export const ShardTaskSchema = z.object({
  buffers: z.array(BytesSchema),
  spans: z.custom<Uint32Array>((value) => value instanceof Uint32Array, 'expected line spans'),
  format: z.enum(['bundle', 'jsonl', 'csv']),
  firstIndex: z.number().int().nonnegative(),
  last: z.boolean(),
});

const VerdictSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    count: z.number().int().nonnegative(),
    firstId: z.string().nullable(),
    lastId: z.string().nullable(),
    sources: z.array(z.object({ name: z.string(), sha256: z.string() })),
    part: z.union([BytesSchema, z.string()]),
  }),
  z.object({ ok: z.literal(false), issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
]);

export const FromShardWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('progress'), done: z.number().int().nonnegative() }),
  z.object({ type: z.literal('done'), verdict: VerdictSchema }),
]);
export type FromShardWorker = z.infer<typeof FromShardWorkerSchema>;

/** The schema's verdict is the checker's (a compile-time check that the two agree). */
export const asVerdict = (verdict: z.infer<typeof VerdictSchema>): ShardVerdict => verdict;
