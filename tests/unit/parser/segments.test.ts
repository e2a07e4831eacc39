/**
 * A dump read in segments (./segments, as the parallel reader does) gives the records the whole
 * dump gives, cut at any casebook header: the real dumps and every UTF-8 held-out dump.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedRecord } from '../../../src/shared/record';
import { parseDumpFile } from '../../../src/main/parser';
import { fileSource, scanSource } from '../../../src/main/parser/decode';
import { findCuts, linesBefore, segmentReader, shiftLines } from '../../../src/main/parser/segments';
import { isCasebookHeaderLine } from '../../../src/main/parser/split';

const DUMPS = resolve(__dirname, '../../../../shared/dumps');
const HELDOUT = resolve(__dirname, '../../fixtures/heldout');
const dir = mkdtempSync(join(tmpdir(), 'segments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function txtFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(root, f))
    .sort();
}

/** Byte offsets of every casebook header line but the first line of the file. */
function headerOffsets(path: string): number[] {
  const bytes = readFileSync(path);
  const offsets: number[] = [];
  for (let at = bytes.indexOf(0x0a); at >= 0 && at + 1 < bytes.length; at = bytes.indexOf(0x0a, at + 1)) {
    const end = bytes.indexOf(0x0a, at + 1);
    const line = bytes
      .subarray(at + 1, end < 0 ? bytes.length : end)
      .toString('utf8')
      .replace(/\r$/, '');
    if (isCasebookHeaderLine(line)) offsets.push(at + 1);
  }
  return offsets;
}

function inSegments(path: string, cuts: number[]): ParsedRecord[] {
  const source = fileSource(path);
  const scanned = scanSource(source);
  const bounds = [0, ...cuts, source.size];
  // Counted ahead (in small chunks, so cuts fall inside, at and across chunk ends) as the
  // segments' readings count them.
  const counted = [0, ...linesBefore(source, cuts, 1000)];
  const records: ParsedRecord[] = [];
  let before = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const task = {
      path,
      from: bounds[i]!,
      to: bounds[i + 1]!,
      size: source.size,
      scanned,
      linesBefore: before,
    };
    expect(counted[i]).toBe(before);
    const reader = segmentReader(task, { file: path });
    for (let batch = reader.next(); batch !== null; batch = reader.next()) {
      shiftLines(batch, task.linesBefore);
      records.push(...batch);
    }
    before += reader.lines;
  }
  return records;
}

const utf8Dumps = [...txtFiles(DUMPS), ...txtFiles(HELDOUT)].filter(
  (f) => scanSource(fileSource(f)).info.encoding === 'UTF-8',
);

describe.skipIf(utf8Dumps.length === 0)('a dump read in segments', () => {
  it.each(utf8Dumps.map((f) => [f.slice(f.lastIndexOf('/') + 1), f] as const))(
    'gives the whole reading’s records when %s is cut at every header',
    (_, path) => {
      const cuts = headerOffsets(path);
      expect(cuts.length).toBeGreaterThan(0);
      expect(inSegments(path, cuts)).toEqual(parseDumpFile(path, { file: path }).records);
    },
  );

  it('cuts where the whole reading sees a title before a header, a BOM, CRLF and a cut-off end', () => {
    // A title-shaped line between a footer and a header is a one-line post only with the header
    // as lookahead; the file starts with a BOM and ends in the middle of a post.
    const post = (n: number) =>
      `【セキュリティ事件簿#2024-${n}】株式会社テスト${n} 個人情報の漏えいについて\r\n\r\n\r\n` +
      `当社の顧客${n}名の氏名が漏えいしました。\r\n\r\n原因は設定の誤りです。\r\n\r\nリリース文アーカイブ\r\n\r\n` +
      `またVPN機器か\r\n\r\n`;
    const path = join(dir, 'crlf-bom.txt');
    // A CR on its own ends a line too (LineReader), so the counted lines must see it.
    writeFileSync(
      path,
      '\ufeff' + [1, 2, 3, 4].map(post).join('') + 'ご案内\r\r\n' + '【セキュリティ事件簿#2024-9】株式会社',
    );
    const whole = parseDumpFile(path, { file: path }).records!;
    expect(whole.some((r) => r.kind === 'other' && r.source.startLine === r.source.endLine)).toBe(true);
    expect(inSegments(path, headerOffsets(path))).toEqual(whole);
  });
});

describe('findCuts', () => {
  it('cuts a large UTF-8 dump at header lines at least a segment apart', () => {
    const path = join(dir, 'large.txt');
    const real = txtFiles(DUMPS).map((f) => readFileSync(f, 'utf8'));
    const text = real.length ? real.join('\n\n') : '';
    writeFileSync(path, text.repeat(4));
    const source = fileSource(path);
    const { info } = scanSource(source);
    const segment = 32 * 1024;
    const cuts = findCuts(source, info, segment);
    if (!real.length) return expect(cuts).toEqual([]);
    expect(cuts.length).toBeGreaterThan(3);
    const headers = new Set(headerOffsets(path));
    for (const [i, cut] of cuts.entries()) {
      expect(headers.has(cut)).toBe(true);
      expect(cut - (i === 0 ? 0 : cuts[i - 1]!)).toBeGreaterThanOrEqual(segment);
    }
    expect(inSegments(path, cuts)).toEqual(parseDumpFile(path, { file: path }).records);
  });

  it('does not cut a dump that is small, read from memory or not UTF-8', () => {
    const path = join(dir, 'small.txt');
    writeFileSync(path, '【セキュリティ事件簿#2024-1】株式会社A\n\n\n本文。\n');
    const source = fileSource(path);
    const { info } = scanSource(source);
    expect(findCuts(source, info, 1024)).toEqual([]);
    expect(findCuts(source, { ...info, encoding: 'Shift_JIS' }, 1)).toEqual([]);
  });
});
