/** What the page and a line-checking worker (line-check.worker.ts) say to each other, validated on arrival. */
import { z } from 'zod';
import { BytesSchema } from '@shared/api';
import type { LineCheckTask, LineCheckVerdict } from '@shared/bundle/check-lines';

export const LineCheckTaskSchema = z.object({
  format: z.enum(['bundle', 'jsonl', 'csv']),
  segments: z.array(
    z.object({ data: BytesSchema, ids: z.array(z.string()), lines: z.array(z.number().int().nonnegative()) }),
  ),
});

const VerdictSchema = z.object({
  segments: z.array(
    z.object({
      data: BytesSchema,
      spans: z.custom<Uint32Array>((value) => value instanceof Uint32Array, 'expected line spans'),
      problems: z.array(z.array(z.object({ path: z.string(), message: z.string() })).nullable()),
      sources: z.array(z.array(z.number().int().nonnegative())),
      rows: z.array(z.string()),
    }),
  ),
  dumps: z.array(z.object({ name: z.string(), sha256: z.string() })),
});

export const FromLineCheckerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('progress'), done: z.number().int().nonnegative() }),
  z.object({ type: z.literal('done'), verdict: VerdictSchema }),
]);
export type FromLineChecker = z.infer<typeof FromLineCheckerSchema>;

/** The schemas' types are the checker's (compile-time checks that they agree). */
export const asVerdict = (verdict: z.infer<typeof VerdictSchema>): LineCheckVerdict => verdict;
export const asTask = (task: z.infer<typeof LineCheckTaskSchema>): LineCheckTask => task;
