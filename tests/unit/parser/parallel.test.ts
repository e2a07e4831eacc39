/**
 * The parallel reader (../../../src/main/parser/parallel) with real worker threads: the records of
 * the one-thread reading, in order, whichever delivery; a slow consumer awaited; a dump that
 * cannot be cut read without workers; a failing worker and a cancel reported, not hung.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedRecord } from '../../../src/shared/record';
import { parseDumpFile } from '../../../src/main/parser';
import { fileSource } from '../../../src/main/parser/decode';
import { parseSourceInParallel } from '../../../src/main/parser/parallel';
import { sourceSegmentWorker } from '../../../src/main/parser/segment-worker-source';

const DUMPS = resolve(__dirname, '../../../../shared/dumps');
const dir = mkdtempSync(join(tmpdir(), 'parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const real = (() => {
  try {
    return readdirSync(DUMPS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(DUMPS, f), 'utf8'));
  } catch {
    return [];
  }
})();

/** The real dumps three times over (about 480 KB): 16 KB segments cut it some thirty times. */
const big = join(dir, 'big.txt');
if (real.length) writeFileSync(big, real.join('\n\n').repeat(3));
const SEGMENT = 16 * 1024;

function counting(): { createWorker: () => Worker; started: () => number } {
  let n = 0;
  return {
    createWorker: () => {
      n++;
      return sourceSegmentWorker();
    },
    started: () => n,
  };
}

describe.skipIf(real.length === 0)('parseSourceInParallel', () => {
  const whole = real.length ? parseDumpFile(big, { file: big }) : null;

  it('delivers the one-thread reading’s records, in order, from two workers', async () => {
    const records: ParsedRecord[] = [];
    const workers = counting();
    const summary = await parseSourceInParallel(
      fileSource(big),
      { file: big, deliver: { as: 'records', onRecords: (batch) => void records.push(...batch) } },
      { createWorker: workers.createWorker, threads: 2, segmentBytes: SEGMENT },
    );
    expect(workers.started()).toBe(2);
    expect(records).toEqual(whole!.records);
    const { records: _, ...counts } = whole!;
    expect(summary).toEqual(counts);
  });

  it('delivers JSON lines made in the workers, awaiting a slow consumer', async () => {
    const lines: string[] = [];
    let busy = false;
    let overlapped = false;
    const summary = await parseSourceInParallel(
      fileSource(big),
      {
        file: big,
        batchSize: 7,
        deliver: {
          as: 'json',
          onJsonLines: async (batch) => {
            overlapped ||= busy;
            busy = true;
            await new Promise((r) => setTimeout(r, 1));
            lines.push(...batch);
            busy = false;
          },
        },
      },
      { createWorker: sourceSegmentWorker, threads: 3, segmentBytes: SEGMENT },
    );
    expect(overlapped).toBe(false);
    expect(lines).toEqual(whole!.records!.map((r) => JSON.stringify(r)));
    expect(summary.incidents).toBe(whole!.incidents);
    expect(summary.warnings).toBe(whole!.warnings);
  });

  it('reads a dump it cannot cut in this thread, without workers', async () => {
    const workers = counting();
    const small = join(dir, 'small.txt');
    writeFileSync(small, real[0]!);
    const records: ParsedRecord[] = [];
    await parseSourceInParallel(
      fileSource(small),
      { file: small, deliver: { as: 'records', onRecords: (batch) => void records.push(...batch) } },
      { createWorker: workers.createWorker, threads: 2 },
    );
    expect(workers.started()).toBe(0);
    expect(records).toEqual(parseDumpFile(small, { file: small }).records);
  });

  it('names the file when a worker fails, and stops when cancelled', async () => {
    const failing = () => new Worker('throw new Error("no parser here")', { eval: true });
    const deliver = { as: 'records' as const, onRecords: () => {} };
    await expect(
      parseSourceInParallel(
        fileSource(big),
        { file: big, deliver },
        { createWorker: failing, threads: 2, segmentBytes: SEGMENT },
      ),
    ).rejects.toThrow(/^big\.txt: a parse worker failed: no parser here/);

    let batches = 0;
    const summary = await parseSourceInParallel(
      fileSource(big),
      {
        file: big,
        shouldCancel: () => batches > 0,
        deliver: { as: 'records', onRecords: () => void batches++ },
      },
      { createWorker: sourceSegmentWorker, threads: 2, segmentBytes: SEGMENT },
    );
    expect(summary.cancelled).toBe(true);
    expect(summary.posts).toBeLessThan(whole!.posts);
  });
});
