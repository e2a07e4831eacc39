/**
 * Reading a bundle someone hands us: every way it can be wrong ends in a BundleError that names
 * the file and what is wrong, in the order a person would fix it (bytes, JSON, format,
 * version, schema, consistency, hash). Nothing here touches the library.
 */
import { recordsSha256 } from './canonical';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './format';
import type { Bundle } from './format';
import { jsonErrorOffset } from './json-position';
import { checkBundleSchema } from './schema-check';

export const BUNDLE_ERROR_CODES = [
  'not_utf8',
  'bad_json',
  'wrong_format',
  'unsupported_version',
  'schema',
  'inconsistent',
  'hash_mismatch',
] as const;
export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number];

/** `reason` picks the librarian's message; `detail` says where and what, in the format's terms. */
export class BundleError extends Error {
  constructor(
    readonly reason: BundleErrorCode,
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const MAX_LISTED_ISSUES = 5;

export function decodeBundleBytes(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('not_utf8', file, 'the file is not UTF-8 text, so it is not a bundle');
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = jsonErrorOffset(text);
    const position = found < 0 ? text.length : found;
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    const truncated = position >= text.trimEnd().length;
    throw new BundleError(
      'bad_json',
      file,
      `${truncated ? 'the JSON ends too early (truncated file?)' : 'invalid JSON'} at line ${line}, column ${column} (character ${position}): ${message}`,
    );
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Decodes, parses and checks a bundle file. */
export function readBundleBytes(file: string, bytes: Uint8Array): Bundle {
  return readBundleText(file, decodeBundleBytes(file, bytes));
}

/** Parses and checks a bundle; returns it only when it is exactly what the manifest says. */
export function readBundleText(file: string, text: string): Bundle {
  const data = parseJson(file, text);
  const manifest = isObject(data) && isObject(data['manifest']) ? data['manifest'] : null;
  if (!manifest || manifest['format'] !== BUNDLE_FORMAT)
    throw new BundleError(
      'wrong_format',
      file,
      manifest
        ? `manifest.format is ${JSON.stringify(manifest['format'])}, expected "${BUNDLE_FORMAT}"`
        : `no manifest: this is not an ${BUNDLE_FORMAT} file`,
    );
  if (manifest['version'] !== BUNDLE_VERSION)
    throw new BundleError(
      'unsupported_version',
      file,
      `bundle version ${JSON.stringify(manifest['version'])} is not supported; this app reads version ${BUNDLE_VERSION}`,
    );
  const issues = checkBundleSchema(data);
  if (issues.length > 0) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${i.path} ${i.message}`);
    if (issues.length > MAX_LISTED_ISSUES) listed.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
    throw new BundleError('schema', file, `does not match the bundle schema: ${listed.join('; ')}`);
  }
  const bundle = data as Bundle;
  checkConsistency(file, bundle);
  const actual = recordsSha256(bundle.records);
  if (actual !== bundle.manifest.recordsSha256)
    throw new BundleError(
      'hash_mismatch',
      file,
      `the records were changed after export: their sha256 is ${actual}, the manifest says ${bundle.manifest.recordsSha256}`,
    );
  return bundle;
}

/** What a schema cannot say: counts, unique ids, corrections that match their parser values. */
function checkConsistency(file: string, bundle: Bundle): void {
  const fail = (detail: string) => {
    throw new BundleError('inconsistent', file, detail);
  };
  if (bundle.manifest.recordCount !== bundle.records.length)
    fail(
      `manifest.recordCount is ${bundle.manifest.recordCount} but the file holds ${bundle.records.length} records`,
    );
  const ids = new Set<string>();
  bundle.records.forEach((r, i) => {
    if (ids.has(r.id)) fail(`$.records[${i}].id: record ${r.id} appears twice`);
    ids.add(r.id);
    const corrected = [...r.corrected].sort().join(',');
    const withParserValue = Object.keys(r.parserValues).sort().join(',');
    if (corrected !== withParserValue)
      fail(`$.records[${i}].parserValues must hold exactly the corrected fields (${corrected || 'none'})`);
  });
}
