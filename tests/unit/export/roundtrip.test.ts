import { describe, expect, it } from 'vitest';
import { toBundleRecord } from '@shared/bundle/build';
import { canonicalJson } from '@shared/bundle/canonical';
import { applyMerge, planMerge } from '@shared/bundle/merge';
import { readBundleText } from '@shared/bundle/read';
import { fromBundleRecord, IMPORTED_WARNING } from '@shared/bundle/to-library';
import { effectiveValue } from '@shared/library';
import { makeLibrary, makeLibraryRecord } from './fixtures';
import { exportAs } from './helpers';

describe('export → import → export', () => {
  it('into an empty library gives the same canonical sha256 and the same file', async () => {
    const library = makeLibrary(40);
    library[3]!.corrections = { kind: 'other', caseId: null, categories: ['loss', 'insider'] };
    library[4]!.status = 'excluded';
    library[6]!.sources.push({
      file: 'label-misoperation-2024.txt',
      sha256: 'b'.repeat(64),
      startLine: 3,
      endLine: 9,
    });

    const first = await exportAs(library);
    const bundle = readBundleText('first.json', first.data);
    const merged = applyMerge(
      planMerge(bundle.records, () => undefined),
      {},
      1,
    );
    expect(merged.records).toHaveLength(40);
    expect(merged.edits).toEqual([]);

    const second = await exportAs(merged.records);
    expect(second.sha256).toBe(first.sha256);
    expect(second.data).toBe(first.data);
  });

  it('keeps effective values, corrections, parser values and evidence of a rebuilt record', () => {
    const original = makeLibraryRecord(9, {
      corrections: { organization: '別の組織' },
      tags: ['a'],
      note: 'n',
    });
    const rebuilt = fromBundleRecord(toBundleRecord(original), 5);
    expect(effectiveValue(rebuilt, 'organization')).toBe('別の組織');
    expect(rebuilt.extracted.organization.value).toBe(original.extracted.organization.value);
    expect(rebuilt.corrections).toEqual({ organization: '別の組織' });
    const span = rebuilt.extracted.affectedCount.evidence[0]!;
    expect(rebuilt.extracted.text.slice(span.start, span.end)).toBe('最大1009名');
    expect(rebuilt.extracted.warnings.map((w) => w.code)).toEqual([IMPORTED_WARNING]);
    expect(toBundleRecord(rebuilt)).toEqual(toBundleRecord(original));
  });

  it('builds bundle records whose plain JSON is already canonical (the export relies on it)', () => {
    const record = makeLibraryRecord(11, {
      corrections: { kind: 'other', title: 't', affectedCount: null, dataTypes: [] },
      tags: ['b', 'a'],
      sources: [{ startLine: 1, endLine: 2, sha256: 'd'.repeat(64), file: 'x.txt' }],
    });
    const built = toBundleRecord(record);
    expect(JSON.stringify(built)).toBe(canonicalJson(built));
  });

  it('refuses to write a record that breaks the schema, and says where', async () => {
    const broken = makeLibraryRecord(3, { tags: ['ok', ' '] });
    await expect(exportAs([makeLibraryRecord(1), broken])).rejects.toThrow(
      /^export: \$\.records\[1\]\.tags\[1\] must match pattern/,
    );
  });

  it('exports the same sha256 whatever order the library hands the records over', async () => {
    const library = makeLibrary(25);
    const a = await exportAs(library);
    const b = await exportAs([...library].reverse());
    expect(b.sha256).toBe(a.sha256);
    expect(b.data).toBe(a.data);
  });

  it('writes JSON Lines as the bundle records, one canonical line each', async () => {
    const library = makeLibrary(5);
    const bundle = readBundleText('b.json', (await exportAs(library)).data);
    const lines = (await exportAs(library, 'jsonl')).data.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(bundle.records);
  });
});
