/**
 * Writers for the three export formats. Records arrive in canonical order (by id); the JSON
 * formats take each record's canonical JSON line, so a record line in a file is its canonical
 * form and the file needs no second serialisation.
 */
import Papa from 'papaparse';
import { EDITABLE_FIELDS } from '../record';
import type { BundleManifest, BundleRecord, ExportFormat } from './format';

/** A piece of an exported file: text, or UTF-8 bytes (stored lines written as they are). */
export type FilePart = string | Uint8Array;

/**
 * A whole export file as parts, in order: the file is their concatenation, which the writer (a
 * Blob, the main process's writeParts) makes without one huge string. `lines` are the records'
 * canonical JSON lines (text or UTF-8), `csvRowTexts` the CSV rows as csvRows writes them.
 */
export function fileParts(
  format: ExportFormat,
  manifest: BundleManifest,
  lines: readonly FilePart[],
  csvRowTexts: readonly string[],
): FilePart[] {
  switch (format) {
    case 'bundle':
      return bundleParts(manifest, lines);
    case 'jsonl':
      return lines.flatMap((line) => [line, '\n']);
    case 'csv':
      return [`${csvHead()}${csvRowTexts.length > 0 ? `\r\n${csvRowTexts.join('\r\n')}` : ''}\r\n`];
    default:
      return missingCase(format);
  }
}

/**
 * The bundle file: the manifest indented for people, then one record per line, so a diff or
 * grep of two bundles shows records, not a single enormous line. JSON Lines: one record per
 * line, no manifest (for tools that stream records).
 */
function bundleParts(manifest: BundleManifest, lines: readonly FilePart[]): FilePart[] {
  const head = `{"manifest":${JSON.stringify(manifest, null, 2)},\n"records":[\n`;
  return [head, ...lines.flatMap((line, i) => (i === 0 ? [line] : [',\n', line])), '\n]}\n'];
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
 * formula (=, +, -, @ first) are escaped by papaparse with a leading apostrophe. The header is
 * written as a row like the others (plain column names, nothing to escape), so rows written
 * apart (one per stored line, in the renderer's export) join into the same file.
 */
const CSV_OPTIONS = { newline: '\r\n', escapeFormulae: true, quotes: false } as const;
const csvHead = (): string => `\uFEFF${Papa.unparse([[...CSV_COLUMNS]], CSV_OPTIONS)}`;
export const csvRows = (rows: (string | number)[][]): string => Papa.unparse(rows, CSV_OPTIONS);

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
