/**
 * From the local library to a bundle: each LibraryRecord becomes a BundleRecord (effective
 * values, what a human corrected, the evidence quoted from the post), and the manifest
 * describes the set and pins its content with the canonical records hash.
 */
import { EDITABLE_FIELDS } from '../record';
import type { ParsedRecord, Span } from '../record';
import { effectiveValue } from '../library';
import type { LibraryRecord } from '../library';
import { byId, recordsSha256 } from './canonical';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './format';
import type { Bundle, BundleManifest, BundleRecord, BundleSelection } from './format';

export interface BundleMeta {
  generator: BundleManifest['generator'];
  selection: BundleSelection;
  /** Injected so tests and the CLI can pin it; defaults to now. */
  createdAt?: Date;
}

/** Written out field by field (not built with maps) because it runs 100 000 times per export. */
export function toBundleRecord(record: LibraryRecord): BundleRecord {
  const x = record.extracted;
  const quote = (spans: Span[]) => spans.map((s) => x.text.slice(s.start, s.end));
  const corrected = EDITABLE_FIELDS.filter((f) => record.corrections[f] !== undefined);
  const parserValues: Record<string, unknown> = {};
  for (const f of corrected) parserValues[f] = parserValue(x, f);
  return {
    id: record.id,
    parserVersion: x.parserVersion,
    status: record.status,
    tags: [...record.tags],
    note: record.note,
    values: {
      kind: effectiveValue(record, 'kind'),
      caseId: effectiveValue(record, 'caseId'),
      title: effectiveValue(record, 'title'),
      organization: effectiveValue(record, 'organization'),
      orgType: effectiveValue(record, 'orgType'),
      publishedDate: effectiveValue(record, 'publishedDate'),
      categories: effectiveValue(record, 'categories'),
      affectedCount: effectiveValue(record, 'affectedCount'),
      dataTypes: effectiveValue(record, 'dataTypes'),
      leakStatus: effectiveValue(record, 'leakStatus'),
      incidentDate: effectiveValue(record, 'incidentDate'),
      discoveryDate: effectiveValue(record, 'discoveryDate'),
    },
    corrected,
    parserValues: parserValues as BundleRecord['parserValues'],
    evidence: {
      caseId: quote(x.caseId.evidence),
      title: quote(x.title.evidence),
      organization: quote(x.organization.evidence),
      orgType: quote(x.orgType.evidence),
      publishedDate: quote(x.publishedDate.evidence),
      categories: quote(x.categories.evidence),
      affectedCount: quote(x.affectedCount.evidence),
      dataTypes: quote(x.dataTypes.evidence),
      leakStatus: quote(x.leakStatus.evidence),
      incidentDate: quote(x.incidentDate.evidence),
      discoveryDate: quote(x.discoveryDate.evidence),
    },
    confidence: {
      caseId: x.caseId.confidence,
      title: x.title.confidence,
      organization: x.organization.confidence,
      orgType: x.orgType.confidence,
      publishedDate: x.publishedDate.confidence,
      categories: x.categories.confidence,
      affectedCount: x.affectedCount.confidence,
      dataTypes: x.dataTypes.confidence,
      leakStatus: x.leakStatus.confidence,
      incidentDate: x.incidentDate.confidence,
      discoveryDate: x.discoveryDate.confidence,
    },
    sources: record.sources.map(({ file, sha256, startLine, endLine }) => ({
      file,
      sha256,
      startLine,
      endLine,
    })),
  };
}

function parserValue(x: ParsedRecord, field: (typeof EDITABLE_FIELDS)[number]): unknown {
  return field === 'kind' ? x.kind : x[field].value;
}

/** The dumps behind a set of records, once each, sorted by name then sha256. */
export function sourceDumps(records: readonly BundleRecord[]): BundleManifest['sources'] {
  const seen = new Map<string, { name: string; sha256: string }>();
  for (const r of records)
    for (const s of r.sources) seen.set(`${s.file}\0${s.sha256}`, { name: s.file, sha256: s.sha256 });
  const key = (d: { name: string; sha256: string }) => `${d.name}\0${d.sha256}`;
  return [...seen.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The manifest of records already in canonical order whose hash is known. */
export function makeManifest(
  sorted: readonly BundleRecord[],
  recordsHash: string,
  meta: BundleMeta,
): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    generator: meta.generator,
    createdAt: (meta.createdAt ?? new Date()).toISOString(),
    recordCount: sorted.length,
    sources: sourceDumps(sorted),
    selection: meta.selection,
    recordsSha256: recordsHash,
  };
}

/** Records in canonical order (by id) with the manifest that describes them. */
export function buildBundle(records: readonly BundleRecord[], meta: BundleMeta): Bundle {
  const sorted = [...records].sort(byId);
  return { manifest: makeManifest(sorted, recordsSha256(sorted), meta), records: sorted };
}
