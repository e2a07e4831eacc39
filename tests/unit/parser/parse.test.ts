import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ParsedRecordSchema, type ParsedRecord } from '@shared/record';
import { PARSER_VERSION, parseDump, parsePost } from '../../../src/main/parser';
import { LABEL_HEAD, TEAMS_AFTER_INCIDENT, TWITTER } from './snippets';

const DUMP = [...LABEL_HEAD, '', ...TWITTER, '', ...TEAMS_AFTER_INCIDENT].join('\n');
const BYTES = Buffer.from(DUMP, 'utf8');

function parseAll(bytes: Uint8Array = BYTES, file = '/some/dir/sample.txt'): ParsedRecord[] {
  return parseDump(bytes, { file }).records!;
}

describe('parseDump', () => {
  const records = parseAll();

  it('emits records that pass the shared schema', () => {
    expect(records.length).toBeGreaterThan(8);
    for (const r of records) expect(() => ParsedRecordSchema.parse(r)).not.toThrow();
  });

  it('fills provenance: basename, dump sha256, line range, parser version', () => {
    const sha = createHash('sha256').update(BYTES).digest('hex');
    const first = records[0]!;
    expect(first.source).toEqual({ file: 'sample.txt', sha256: sha, startLine: 4, endLine: 40 });
    expect(first.parserVersion).toBe(PARSER_VERSION);
    expect(first.text.split('\n')).toEqual(DUMP.split('\n').slice(3, 40));
  });

  it('parses the casebook header and points evidence at the original text', () => {
    const r = records[0]!;
    expect(r.kind).toBe('incident');
    expect(r.caseId.value).toBe('2024-513');
    expect(r.title.value).toBe('株式会社ダンダダン 電子メール誤送信によるメールアドレス漏洩に関するお詫び');
    expect(r.publishedDate.value).toBe('2024-10-31');
    const slice = (s: { start: number; end: number }) => r.text.slice(s.start, s.end);
    expect(slice(r.title.evidence[0]!)).toBe(r.title.value);
    expect(slice(r.publishedDate.evidence[0]!)).toBe('2024/10/31');
    for (const s of r.sections) expect(slice(s.headingSpan).trim()).toBe(s.heading);
    expect(r.sections.map((s) => s.kind)).toEqual([
      'timeline',
      'data',
      'response',
      'cause',
      'countermeasures',
    ]);
  });

  it('fills other posts with empty fields of confidence 0', () => {
    const other = records.find((r) => r.kind === 'other' && r.title.value.startsWith('さよならTwitter'))!;
    expect(other.source.startLine).toBe(LABEL_HEAD.length + 1 + (170 - 164) + 1);
    expect(other.caseId).toEqual({ value: null, evidence: [], confidence: 0 });
    expect(other.orgType.value).toBe('other');
    expect(other.leakStatus.value).toBe('unknown');
    expect(other.categories.value).toEqual([]);
    expect(other.title.value).toBe('さよならTwitter。謎の障害発生により、撤退します。');
  });

  it('warns about incomplete case ids and missing dates', () => {
    const noDate = records.find((r) => r.caseId.value === '2023-040')!;
    expect(noDate.publishedDate.value).toBeNull();
    expect(noDate.warnings.map((w) => w.code)).toContain('no_published_date');
    const text = '【セキュリティ事件簿#2022】金沢西病院 システム復旧しました。 2023年2月2日\n\n本文。';
    const r = parsePost({ text, source: { file: 'x.txt', sha256: 'x', startLine: 1, endLine: 3 } });
    expect(r.caseId).toMatchObject({ value: '2022', confidence: 0.5 });
    expect(r.warnings.map((w) => w.code)).toContain('incomplete_case_id');
  });

  it('gives the same id to the same post from another dump, encoding or line ending', () => {
    const sjis = iconv.encode(
      ('ヘッダ行\n\n' + DUMP).replace(/\n/g, '\r\n').replace(/\u00a0/g, '\u3000'),
      'shift_jis',
    );
    const again = parseAll(sjis, 'other.txt');
    const byCase = new Map(again.map((r) => [r.caseId.value ?? r.title.value, r.id]));
    for (const r of records.filter((x) => x.kind === 'incident'))
      expect(byCase.get(r.caseId.value!)).toBe(r.id);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records[0]!.id).toMatch(/^r_[0-9a-f]{24}$/);
  });

  it('re-parses a stored post to the same record', () => {
    // Only the splitter knows a post was the dump's cut-off end; everything else comes from the text.
    const fromText = (r: ParsedRecord) => ({
      ...r,
      warnings: r.warnings.filter((w) => w.code !== 'truncated_last_post'),
    });
    for (const r of records) expect(parsePost({ text: r.text, source: r.source })).toEqual(fromText(r));
  });

  it('streams batches and progress, and stops when cancelled', () => {
    const batches: number[] = [];
    const progress: number[] = [];
    const summary = parseDump(BYTES, {
      file: 'sample.txt',
      batchSize: 3,
      onRecords: (b) => batches.push(b.length),
      onProgress: (p) => progress.push(p.bytesDone),
    });
    expect(summary.records).toBeUndefined();
    expect(batches.every((n) => n <= 3)).toBe(true);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(summary.posts);
    expect(summary).toMatchObject({
      posts: records.length,
      encoding: 'UTF-8',
      cancelled: false,
      bytes: BYTES.length,
    });
    expect(summary.incidents + summary.others).toBe(summary.posts);
    expect(progress.at(-1)).toBe(BYTES.length);

    let seen = 0;
    const cancelled = parseDump(BYTES, {
      file: 'sample.txt',
      batchSize: 2,
      onRecords: (b) => (seen += b.length),
      shouldCancel: () => seen >= 2,
    });
    expect(cancelled.cancelled).toBe(true);
    expect(seen).toBe(2);
  });
});
