import { describe, expect, it } from 'vitest';
import { checkShard } from '@shared/bundle/check-shard';
import { bundleLine, exportText } from '@shared/bundle/export';
import { exportLines } from '@shared/bundle/export-lines';
import type { ShardRunner } from '@shared/bundle/export-lines';
import type { ExportFormat } from '@shared/bundle/format';
import { BundleError } from '@shared/bundle/read';
import type { LibraryRecord } from '@shared/library';
import { wasmSha256 } from '../../../src/renderer/src/features/export/wasm-sha256';
import { makeLibrary } from './fixtures';
import { bytes, exportAs, META } from './helpers';

/**
 * Checks a shard as a worker would get it: the handed-over buffers are transferred (so the
 * caller's views of them go empty, and any later use of them would show), the rest copied.
 */
const inline: ShardRunner = async (task, handOver, onProgress) =>
  checkShard(structuredClone(task, { transfer: handOver }), onProgress);

/** Records with what CSV and JSON must escape, and with corrections, tags and notes. */
function tricky(n: number): LibraryRecord[] {
  return makeLibrary(n).map((r, i) =>
    i % 4 === 1
      ? { ...r, note: `=SUM(A1),"引用"\n改行 ${i}`, tags: ['a,b', '要確認'], status: 'excluded' as const }
      : r,
  );
}

/**
 * The records' lines as views into shared buffers of `perBuffer` lines each, as the stored
 * segments give them (each line ends in "\n" there, outside its view).
 */
function linesOf(records: LibraryRecord[], perBuffer = 1): Uint8Array[] {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => bundleLine(r));
  const views: Uint8Array[] = [];
  for (let i = 0; i < sorted.length; i += perBuffer) {
    const group = sorted.slice(i, i + perBuffer);
    const buffer = bytes(group.join('\n'));
    let at = 0;
    for (const line of group) {
      const length = bytes(line).length;
      views.push(buffer.subarray(at, at + length));
      at += length + 1;
    }
  }
  return views;
}

describe('exportLines (the renderer exports from stored lines, checked in shards)', () => {
  const formats: ExportFormat[] = ['bundle', 'jsonl', 'csv'];
  for (const format of formats)
    it(`writes the same ${format} file as exportRecords, whatever the number of shards`, async () => {
      for (const n of [0, 1, 2, 11, 40]) {
        const records = tricky(n);
        const reference = await exportAs(records, format);
        for (const [shards, perBuffer] of [
          [1, 1],
          [2, 1],
          [3, 4],
          [16, 3],
          [5, 500],
        ] as const) {
          const result = await exportLines(linesOf(records, perBuffer), {
            format,
            meta: META,
            shards,
            runShard: inline,
          });
          expect(exportText(result), `${n} records, ${shards} shards`).toBe(reference.data);
          expect(result.sha256).toBe(reference.sha256);
          expect(result.count).toBe(n);
          expect(result.fileName).toBe(reference.fileName);
        }
      }
    });

  it('hashes the same with the WebAssembly sha256 of the renderer', async () => {
    const records = tricky(300);
    const reference = await exportAs(records, 'bundle');
    const result = await exportLines(linesOf(records, 7), {
      format: 'bundle',
      meta: META,
      shards: 4,
      runShard: inline,
      sha256: await wasmSha256(),
    });
    expect(result.sha256).toBe(reference.sha256);
  });

  it('checks every shard in parallel and reports progress across them', async () => {
    const records = tricky(5000);
    const seen: number[] = [];
    let running = 0;
    let overlapped = false;
    const counting: ShardRunner = async (task, handOver, onProgress) => {
      running++;
      await new Promise((r) => setTimeout(r, 100));
      overlapped ||= running > 1;
      running--;
      return inline(task, handOver, onProgress);
    };
    const result = await exportLines(linesOf(records, 500), {
      format: 'bundle',
      meta: META,
      shards: 2,
      runShard: counting,
      onProgress: (p) => {
        if (p.phase === 'prepare') seen.push(p.done);
      },
    });
    expect(result.count).toBe(5000);
    expect(overlapped).toBe(true);
    expect(seen.at(-1)).toBe(5000);
    expect(seen.some((n) => n > 0 && n < 5000)).toBe(true);
  });

  it('refuses a line that fails the schema, naming the record', async () => {
    const lines = linesOf(tricky(6));
    const broken = JSON.parse(new TextDecoder().decode(lines[4])) as { values: { orgType: string } };
    broken.values.orgType = 'spaceship';
    lines[4] = bytes(JSON.stringify(broken));
    const run = exportLines(lines, { format: 'bundle', meta: META, shards: 2, runShard: inline });
    await expect(run).rejects.toBeInstanceOf(BundleError);
    await expect(run).rejects.toThrow(/\$\.records\[4\]\.values\.orgType/);
  });

  it('refuses a line that is not JSON, and lines out of id order, within and across shards', async () => {
    const lines = linesOf(tricky(6));
    const garbled = [...lines];
    garbled[2] = bytes('{"id":');
    await expect(
      exportLines(garbled, { format: 'jsonl', meta: META, shards: 1, runShard: inline }),
    ).rejects.toThrow(/\$\.records\[2\] is not JSON/);
    for (const shards of [1, 2, 6]) {
      // Fresh views each time: a run hands buffers over, which leaves the old views empty.
      const fresh = linesOf(tricky(6), 2);
      const swapped = [fresh[0]!, fresh[1]!, fresh[2]!, fresh[5]!, fresh[4]!, fresh[3]!];
      await expect(
        exportLines(swapped, { format: 'csv', meta: META, shards, runShard: inline }),
      ).rejects.toThrow(/id order/);
    }
  });
});
