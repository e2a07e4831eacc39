/**
 * Writers for the three export formats. Records arrive in canonical order (by id); the JSON
 * formats take each record's canonical JSON line, so a record line in a file is its canonical
 * form and the file needs no second serialisation.
 */
import Papa from 'papaparse';
import { EDITABLE_FIELDS } from '../record';
import type { BundleManifest, BundleRecord, ExportFormat } from './format';

/**
 * The bundle file: the manifest indented for people, then one record per line, so a diff or
 * grep of two bundles shows records, not a single enormous line.
 */
export function bundleText(manifest: BundleManifest, canonicalLines: readonly string[]): string {
  return `{"manifest":${JSON.stringify(manifest, null, 2)},\n"records":[\n${canonicalLines.join(',\n')}\n]}\n`;
}

/** JSON Lines: one record per line, no manifest (for tools that stream records). */
export function jsonlText(canonicalLines: readonly string[]): string {
  return canonicalLines.length === 0 ? '' : `${canonicalLines.join('\n')}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'status',
  // Every reviewable field, in the order the review pane shows them.
  ...EDITABLE_FIELDS,
  'corrected',
  'tags',
  'note',
  'sources',
  'parserVersion',
] as const;

/** Separator of multi-valued cells (categories, data types, tags, sources). */
export const CSV_LIST_SEPARATOR = '|';

/** One record as a CSV row, in CSV_COLUMNS order; an absent value is an empty cell. */
export function csvRow(r: BundleRecord): (string | number)[] {
  const list = (items: readonly string[]) => items.join(CSV_LIST_SEPARATOR);
  const v = r.values;
  return [
    r.id,
    r.status,
    v.kind,
    v.caseId ?? '',
    v.title,
    v.organization ?? '',
    v.orgType,
    v.publishedDate ?? '',
    list(v.categories),
    v.affectedCount ?? '',
    list(v.dataTypes),
    v.leakStatus,
    v.incidentDate ?? '',
    v.discoveryDate ?? '',
    list(r.corrected),
    list(r.tags),
    r.note,
    list(r.sources.map((s) => `${s.file}:${s.startLine}-${s.endLine}`)),
    r.parserVersion,
  ];
}

/**
 * CSV that Excel opens correctly with Japanese text: UTF-8 with a BOM (without it Excel
 * guesses Shift_JIS), CRLF line ends, one row per record. Cells that Excel would run as a
 * formula (=, +, -, @ first) are escaped by papaparse with a leading apostrophe.
 */
export function csvText(rows: (string | number)[][]): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: true, quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  bundle: 'application/json',
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
};
export const EXPORT_EXTENSION: Record<ExportFormat, string> = { bundle: 'json', jsonl: 'jsonl', csv: 'csv' };

export function missingCase(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}

/** `incidents-2026-01-31-1234abcd.json`: date and the start of the records hash. */
export function exportFileName(manifest: BundleManifest, format: ExportFormat): string {
  const day = manifest.createdAt.slice(0, 10);
  return `incidents-${day}-${manifest.recordsSha256.slice(0, 8)}.${EXPORT_EXTENSION[format]}`;
}
