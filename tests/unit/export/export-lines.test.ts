import { describe, expect, it } from 'vitest';
import { checkLines } from '@shared/bundle/check-lines';
import { bundleLine, exportText } from '@shared/bundle/export';
import { exportStoredLines } from '@shared/bundle/export-lines';
import type { LineCheckRunner, StoredLinesExport, StoredSegment } from '@shared/bundle/export-lines';
import type { ExportFormat } from '@shared/bundle/format';
import { BundleError } from '@shared/bundle/read';
import type { LibraryRecord } from '@shared/library';
import { wasmSha256 } from '../../../src/renderer/src/features/export/wasm-sha256';
import { makeLibrary } from './fixtures';
import { bytes, exportAs, META } from './helpers';

const FORMAT = 'test.1';

/**
 * Checks lines as a worker would get them: the handed-over buffers transferred (the caller's
 * views of them go empty, so any use of them before they come back would show).
 */
const inline: LineCheckRunner = async (task, handOver, onProgress) =>
  checkLines(structuredClone(task, { transfer: handOver }), onProgress);

/** Records with what CSV and JSON must escape, and with corrections, tags and notes. */
function tricky(n: number): LibraryRecord[] {
  return makeLibrary(n).map((r, i) =>
    i % 4 === 1
      ? { ...r, note: `=SUM(A1),"引用"\n改行 ${i}`, tags: ['a,b', '要確認'], status: 'excluded' as const }
      : r,
  );
}

const segmentOf = (records: LibraryRecord[], format = FORMAT): StoredSegment => ({
  format,
  ids: records.map((r) => r.id),
  data: bytes(records.map((r) => bundleLine(r)).join('\n')),
});

/** The library as stored: shuffled into segments of `size`, after older lines of some records and a segment of another format. */
function storedOf(records: LibraryRecord[], size: number): StoredSegment[] {
  const shuffled = [...records].reverse();
  const stale = records.filter((_, i) => i % 3 === 0).map((r) => ({ ...r, note: 'stale' }));
  const segments = [segmentOf(stale), segmentOf(records.slice(0, 2), '0.0')];
  for (let i = 0; i < shuffled.length; i += size) segments.push(segmentOf(shuffled.slice(i, i + size)));
  return segments;
}

async function* chunked(segments: StoredSegment[], per = 2): AsyncGenerator<StoredSegment[]> {
  for (let i = 0; i < segments.length; i += per) yield segments.slice(i, i + per);
}

function exportOf(
  records: LibraryRecord[],
  opts: Partial<StoredLinesExport> & { size?: number; withoutLine?: string[] } = {},
) {
  const without = new Set(opts.withoutLine ?? []);
  const stored = storedOf(
    records.filter((r) => !without.has(r.id)),
    opts.size ?? 3,
  );
  return exportStoredLines({
    segments: chunked(stored),
    lineFormat: FORMAT,
    wanted: new Set(records.map((r) => r.id)),
    linesOf: async (ids) => segmentOf(records.filter((r) => ids.includes(r.id))),
    format: 'bundle',
    meta: META,
    runCheck: inline,
    ...opts,
  });
}

describe('exportStoredLines (the renderer exports from stored lines, checked while read)', () => {
  const formats: ExportFormat[] = ['bundle', 'jsonl', 'csv'];
  for (const format of formats)
    it(`writes the same ${format} file as exportRecords, whatever the segments`, async () => {
      for (const n of [0, 1, 2, 11, 40]) {
        const records = tricky(n);
        const reference = await exportAs(records, format);
        for (const size of [1, 3, 500]) {
          const result = await exportOf(records, {
            format,
            size,
            withoutLine: records.slice(0, 1).map((r) => r.id),
          });
          expect(exportText(result), `${n} records, segments of ${size}`).toBe(reference.data);
          expect(result.sha256).toBe(reference.sha256);
          expect(result.count).toBe(n);
          expect(result.fileName).toBe(reference.fileName);
        }
      }
    });

  it('exports only the chosen records, and says what the read found', async () => {
    const records = tricky(30);
    const chosen = records.filter((_, i) => i % 2 === 0);
    const result = await exportOf(records, { wanted: new Set([...chosen.map((r) => r.id), 'gone']) });
    expect(result.sha256).toBe((await exportAs(chosen)).sha256);
    // 10 stale lines superseded; the other format's segment is not counted; 'gone' has no line.
    expect(result.lines).toEqual({ dead: 10, stored: 40, missing: ['gone'] });
  });

  it('hashes the same with the WebAssembly sha256 of the renderer', async () => {
    const records = tricky(300);
    const result = await exportOf(records, { size: 7, sha256: await wasmSha256() });
    expect(result.sha256).toBe((await exportAs(records)).sha256);
  });

  it('hashes the same with a one-shot sha256 of the whole array (WebCrypto, as the renderer uses)', async () => {
    for (const n of [0, 1, 300]) {
      const records = tricky(n);
      let given = 0;
      const sha256Whole = (data: Uint8Array<ArrayBuffer>) => {
        given = data.length;
        return crypto.subtle.digest('SHA-256', data);
      };
      const result = await exportOf(records, { size: 7, sha256Whole });
      const expected = await exportAs(records);
      expect(result.sha256).toBe(expected.sha256);
      expect(given).toBe(bytes(`[${records.map((r) => bundleLine(r)).join(',')}]`).length);
    }
  });

  it('checks lines while the segments are still being read', async () => {
    const records = tricky(200);
    const events: string[] = [];
    async function* slowly(): AsyncGenerator<StoredSegment[]> {
      for await (const chunk of chunked(storedOf(records, 20))) {
        events.push('read');
        await new Promise((resolve) => setTimeout(resolve, 5));
        yield chunk;
      }
      events.push('read done');
    }
    const seen: number[] = [];
    const result = await exportOf(records, {
      segments: slowly(),
      runCheck: async (task, handOver, onProgress) => {
        events.push('check');
        return inline(task, handOver, onProgress);
      },
      onProgress: (p) => {
        if (p.phase === 'prepare') seen.push(p.done);
      },
    });
    expect(result.count).toBe(200);
    expect(events.indexOf('check')).toBeLessThan(events.indexOf('read done'));
    expect(Math.max(...seen)).toBeGreaterThan(0);
  });

  it('refuses a current line that fails the schema, naming the record; a superseded one does not matter', async () => {
    const records = tricky(6);
    const broken = JSON.parse(bundleLine(records[4]!)) as { values: { orgType: string } };
    broken.values.orgType = 'spaceship';
    // Fresh each time: an export hands the segments' buffers over.
    const bad = (): StoredSegment => ({
      format: FORMAT,
      ids: [records[4]!.id],
      data: bytes(JSON.stringify(broken)),
    });
    const run = exportOf(records, { segments: chunked([...storedOf(records, 2), bad()]) });
    await expect(run).rejects.toBeInstanceOf(BundleError);
    await expect(run).rejects.toThrow(`$.records[?(@.id=="${records[4]!.id}")].values.orgType`);
    const fine = await exportOf(records, { segments: chunked([bad(), ...storedOf(records, 2)]) });
    expect(fine.sha256).toBe((await exportAs(records)).sha256);
  });

  it('fails with the checker’s error when a checker dies during the read, and only then', async () => {
    let calls = 0;
    const dying: LineCheckRunner = async (task, handOver, onProgress) => {
      if (++calls === 1) throw new Error('the check worker died');
      return inline(task, handOver, onProgress);
    };
    await expect(exportOf(tricky(40), { size: 2, runCheck: dying })).rejects.toThrow('the check worker died');
    expect(calls).toBeGreaterThan(1); // the read went on after the failure
  });

  it('refuses a line that is not JSON, and a line that holds another record', async () => {
    const records = tricky(3);
    const garbled: StoredSegment = { format: FORMAT, ids: [records[1]!.id], data: bytes('{"id":') };
    await expect(
      exportOf(records, { segments: chunked([...storedOf(records, 2), garbled]) }),
    ).rejects.toThrow(/is not JSON/);
    const swapped: StoredSegment = {
      format: FORMAT,
      ids: [records[1]!.id],
      data: bytes(bundleLine(records[2]!)),
    };
    await expect(
      exportOf(records, { segments: chunked([...storedOf(records, 2), swapped]) }),
    ).rejects.toThrow(/holds the line of another record/);
  });
});
