/**
 * The librarian's record as the local library stores it: the parser's layer and the human
 * layer kept apart, so a re-import or a newer parser never overwrites a correction.
 * The effective value of a field is `corrections[field] ?? extracted[field].value`.
 */
import type { EditableField, ParsedRecord, Source } from './record';

export const REVIEW_STATUSES = ['draft', 'reviewed', 'excluded'] as const;
/** 未確認 / 確認済 / 除外 */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Values a librarian set by hand, per field; a field absent here is not corrected. */
export type Corrections = Partial<{ [F in EditableField]: FieldValue<F> }>;

export type FieldValue<F extends EditableField> = F extends 'kind'
  ? ParsedRecord['kind']
  : ParsedRecord[F] extends { value: infer V }
    ? V
    : never;

export interface LibraryRecord {
  /** The parser's content id: the same post from two dumps is one record. */
  id: string;
  /** The parser's layer: replaced by re-imports and newer parsers. */
  extracted: ParsedRecord;
  /** The human layer: never touched by an import. */
  corrections: Corrections;
  status: ReviewStatus;
  tags: string[];
  note: string;
  /** Set when the extracted value of a corrected field changed under the correction. */
  needsLook: boolean;
  /** Every dump this post was seen in. */
  sources: Source[];
  importedAt: number;
  updatedAt: number;
}

/** The parser layer's value of a field. */
export function extractedValue<F extends EditableField>(record: ParsedRecord, field: F): FieldValue<F> {
  if (field === 'kind') return record.kind as FieldValue<F>;
  return (record[field as Exclude<EditableField, 'kind'>] as { value: unknown }).value as FieldValue<F>;
}

export function effectiveValue<F extends EditableField>(record: LibraryRecord, field: F): FieldValue<F> {
  const corrected = record.corrections[field];
  return corrected !== undefined ? (corrected as FieldValue<F>) : extractedValue(record.extracted, field);
}

/** A parsed post as it first enters the library: a draft with no human layer yet. */
export function newLibraryRecord(parsed: ParsedRecord, now: number): LibraryRecord {
  return {
    id: parsed.id,
    extracted: parsed,
    corrections: {},
    status: 'draft',
    tags: [],
    note: '',
    needsLook: false,
    sources: [parsed.source],
    importedAt: now,
    updatedAt: now,
  };
}

/** One dump import, for the import history. */
export interface ImportEntry {
  id?: number;
  file: string;
  sha256: string;
  at: number;
  parserVersion: string;
  counts: { new: number; unchanged: number; updated: number; others: number; warnings: number };
}

/** One edit of one record, for its history and undo/redo. */
export interface EditEntry {
  id?: number;
  recordId: string;
  field: EditableField | 'status' | 'tags' | 'note';
  old: unknown;
  new: unknown;
  at: number;
}
