import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { BundleError, readBundleBytes, readBundleText } from '@shared/bundle/read';
import { checkBundleSchema } from '@shared/bundle/schema-check';
import { makeLibrary } from './fixtures';
import { bytes, exportAs } from './helpers';

const FILE = 'colleague.json';

async function goodBundle() {
  return (await exportAs(makeLibrary(12))).data;
}

/** The BundleError a bad file raises (fails the test if it raises nothing). */
function errorOf(text: string | Uint8Array): BundleError {
  try {
    if (typeof text === 'string') readBundleText(FILE, text);
    else readBundleBytes(FILE, text);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error('expected the bundle to be refused');
}

const edit = (
  text: string,
  change: (data: { manifest: Record<string, unknown>; records: Record<string, unknown>[] }) => void,
) => {
  const data = JSON.parse(text) as { manifest: Record<string, unknown>; records: Record<string, unknown>[] };
  change(data);
  return JSON.stringify(data);
};

describe('reading a bundle', () => {
  it('accepts what the app exports, with or without a BOM', async () => {
    const text = await goodBundle();
    expect(readBundleText(FILE, text).records).toHaveLength(12);
    expect(readBundleBytes(FILE, bytes(`\uFEFF${text}`)).manifest.recordCount).toBe(12);
  });

  it('refuses a truncated file and says where the JSON ends', async () => {
    const text = await goodBundle();
    const error = errorOf(text.slice(0, 1000));
    expect(error.reason).toBe('bad_json');
    expect(error.message).toMatch(
      /^colleague\.json: the JSON ends too early \(truncated file\?\) at line \d+, column \d+/,
    );
  });

  it('refuses broken JSON in the middle with its line and column', () => {
    const error = errorOf('{"manifest":\n  {"format": oops}}');
    expect(error.reason).toBe('bad_json');
    expect(error.detail).toMatch(/invalid JSON at line 2, column \d+/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(errorOf(new Uint8Array([0x7b, 0x82, 0xa0, 0x7d])).reason).toBe('not_utf8');
  });

  it('refuses JSON that is not a bundle, and another format name', async () => {
    expect(errorOf('[1,2,3]').detail).toMatch(/no manifest/);
    const other = errorOf(edit(await goodBundle(), (d) => (d.manifest['format'] = 'something-else')));
    expect(other.reason).toBe('wrong_format');
    expect(other.detail).toContain('"something-else"');
  });

  it('refuses a version it does not know, before looking at the schema', async () => {
    const error = errorOf(edit(await goodBundle(), (d) => (d.manifest['version'] = 2)));
    expect(error.reason).toBe('unsupported_version');
    expect(error.detail).toBe('bundle version 2 is not supported; this app reads version 1');
  });

  it('names the JSON path of each schema error', async () => {
    const error = errorOf(
      edit(await goodBundle(), (d) => {
        (d.records[3]!['values'] as Record<string, unknown>)['orgType'] = 'government';
        d.records[5]!['extra'] = true;
      }),
    );
    expect(error.reason).toBe('schema');
    expect(error.detail).toContain('$.records[3].values.orgType must be equal to one of the allowed values');
    expect(error.detail).toContain('$.records[5] has an unknown field "extra"');
  });

  it('refuses a hand-edited record whose hash no longer matches', async () => {
    const error = errorOf(
      edit(
        await goodBundle(),
        (d) => ((d.records[0]!['values'] as Record<string, unknown>)['title'] = '書き換え'),
      ),
    );
    expect(error.reason).toBe('hash_mismatch');
    expect(error.detail).toMatch(
      /changed after export: their sha256 is [0-9a-f]{64}, the manifest says [0-9a-f]{64}/,
    );
  });

  it('refuses counts, duplicate ids and parser values that disagree with the records', async () => {
    const text = await goodBundle();
    expect(errorOf(edit(text, (d) => (d.manifest['recordCount'] = 13))).detail).toMatch(
      /recordCount is 13 but the file holds 12/,
    );
    expect(errorOf(edit(text, (d) => d.records.push(d.records[0]!))).detail).toMatch(
      /appears twice|recordCount/,
    );
    expect(errorOf(edit(text, (d) => (d.records[1]!['parserValues'] = { title: 'x' }))).detail).toMatch(
      /\$\.records\[1\]\.parserValues must hold exactly the corrected fields/,
    );
  });

  it('agrees with ajv compiling the published JSON Schema file', async () => {
    const schema = JSON.parse(readFileSync('resources/schema/bundle-v1.schema.json', 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const good = JSON.parse(await goodBundle()) as unknown;
    const bad = JSON.parse(edit(await goodBundle(), (d) => (d.records[2]!['status'] = 'done'))) as unknown;
    expect(validate(good)).toBe(true);
    expect(checkBundleSchema(good)).toEqual([]);
    expect(validate(bad)).toBe(false);
    expect(checkBundleSchema(bad).map((i) => i.path)).toEqual(['$.records[2].status']);
  });
});
