/**
 * From the local library to a bundle: each LibraryRecord becomes a BundleRecord (effective
 * values, what a human corrected, the evidence quoted from the post), and the manifest
 * describes the set and pins its content with the canonical records hash (see export.ts).
 */
import { EDITABLE_FIELDS, EVIDENCED_FIELDS } from '../record';
import { effectiveValue, extractedValue } from '../library';
import type { LibraryRecord } from '../library';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './format';
import type { BundleManifest, BundleRecord, BundleSelection, BundleValues } from './format';

export interface BundleMeta {
  generator: BundleManifest['generator'];
  selection: BundleSelection;
  /** Injected so tests and the CLI can pin it; defaults to now. */
  createdAt?: Date;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const VALUE_KEYS = [...EDITABLE_FIELDS].sort(byCodeUnit);
const EVIDENCE_KEYS = [...EVIDENCED_FIELDS].sort(byCodeUnit);

/**
 * Builds every object with its keys already in canonical (sorted) order, so JSON.stringify of
 * the result IS its canonical JSON: the export then serialises each record once, without the
 * sorted copy canonicalJson makes (an export of 100 000 records is mostly allocation and GC).
 * A unit test holds JSON.stringify(toBundleRecord(r)) === canonicalJson(…).
 */
export function toBundleRecord(record: LibraryRecord): BundleRecord {
  const x = record.extracted;
  const values: Record<string, unknown> = {};
  const parserValues: Record<string, unknown> = {};
  for (const f of VALUE_KEYS) {
    values[f] = effectiveValue(record, f);
    if (record.corrections[f] !== undefined) parserValues[f] = extractedValue(x, f);
  }
  const evidence: Record<string, string[]> = {};
  const confidence: Record<string, number> = {};
  for (const f of EVIDENCE_KEYS) {
    evidence[f] = x[f].evidence.map((s) => x.text.slice(s.start, s.end));
    confidence[f] = x[f].confidence;
  }
  return {
    confidence: confidence as BundleRecord['confidence'],
    corrected: EDITABLE_FIELDS.filter((f) => record.corrections[f] !== undefined),
    evidence: evidence as BundleRecord['evidence'],
    id: record.id,
    note: record.note,
    parserValues: parserValues as BundleRecord['parserValues'],
    parserVersion: x.parserVersion,
    sources: record.sources.map(({ endLine, file, sha256, startLine }) => ({
      endLine,
      file,
      sha256,
      startLine,
    })),
    status: record.status,
    tags: [...record.tags],
    values: values as BundleValues,
  };
}

/** The dumps behind a set of records, gathered record by record; listed once each, sorted. */
export class SourceDumps {
  private readonly seen = new Map<string, { name: string; sha256: string }>();

  add(sources: readonly { file: string; sha256: string }[]): void {
    for (const s of sources) this.seen.set(`${s.file}\0${s.sha256}`, { name: s.file, sha256: s.sha256 });
  }

  /** Dumps already listed (another SourceDumps' list). */
  addListed(dumps: BundleManifest['sources']): void {
    for (const d of dumps) this.seen.set(`${d.name}\0${d.sha256}`, d);
  }

  list(): BundleManifest['sources'] {
    return [...this.seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, dump]) => dump);
  }
}

export function makeManifest(
  recordCount: number,
  recordsHash: string,
  sources: BundleManifest['sources'],
  meta: BundleMeta,
): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    generator: meta.generator,
    createdAt: (meta.createdAt ?? new Date()).toISOString(),
    recordCount,
    sources,
    selection: meta.selection,
    recordsSha256: recordsHash,
  };
}
