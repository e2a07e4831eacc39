import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundleText } from '@shared/bundle/read';
import { runExport } from '../../../src/main/cli/export-command';

const DUMPS = resolve('..', 'shared', 'dumps');
const dumps = existsSync(DUMPS) ? readdirSync(DUMPS).map((f) => join(DUMPS, f)) : [];

async function run(files: string[], format: 'json' | 'jsonl' | 'csv') {
  let out = '';
  let err = '';
  const code = await runExport(files, { format }, { out: (s) => void (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe.skipIf(dumps.length === 0)('cli export', () => {
  afterEach(() => {
    delete process.env['SOURCE_DATE_EPOCH'];
  });

  it('writes the parsed dumps as a valid bundle of draft records, reproducibly with SOURCE_DATE_EPOCH', async () => {
    process.env['SOURCE_DATE_EPOCH'] = '1767225600';
    const first = await run(dumps, 'json');
    expect(first.code).toBe(0);
    const bundle = readBundleText('cli.json', first.out);
    expect(bundle.manifest.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(bundle.manifest.sources).toHaveLength(dumps.length);
    expect(bundle.records.length).toBeGreaterThan(0);
    expect(bundle.records.every((r) => r.status === 'draft' && r.corrected.length === 0)).toBe(true);
    expect(first.err).toContain(
      `${bundle.records.length} records from ${dumps.length} dump(s), sha256 ${bundle.manifest.recordsSha256}`,
    );
    expect((await run([...dumps].reverse(), 'json')).out).toBe(first.out);
  });

  it('writes CSV with one row per record, and reports unreadable files without stopping', async () => {
    const { code, out, err } = await run([...dumps, 'missing.txt'], 'csv');
    expect(code).toBe(0);
    expect(err).toMatch(/^missing\.txt: ENOENT/m);
    const rows = Papa.parse(out.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.length).toBeGreaterThan(0);
  });

  it('makes one record per post, with each dump once among its sources', async () => {
    const once = readBundleText('a.json', (await run(dumps, 'json')).out);
    const twice = readBundleText('b.json', (await run([...dumps, ...dumps], 'json')).out);
    expect(twice.manifest.recordsSha256).toBe(once.manifest.recordsSha256);
  });

  it('fails when no file can be read', async () => {
    expect((await run(['missing.txt'], 'jsonl')).code).toBe(1);
  });
});
