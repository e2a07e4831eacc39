/**
 * The curated dataset bundle, version 1: one JSON file `{ manifest, records }`.
 *
 * This zod schema is the single definition of the format. `npm run schema` generates the
 * published JSON Schema (resources/schema/bundle-v1.schema.json) from it, and every bundle is
 * checked against that JSON Schema with ajv when it is written and when it is read.
 *
 * Versioning: any change a v1 reader would misread (a new required field, a renamed field, a
 * changed meaning) is a new `version` with its own schema file; readers refuse versions they
 * do not know. Objects are strict, so an unknown field is an error, not silently dropped.
 */
import { z } from 'zod';
import {
  CATEGORIES,
  DATA_TYPES,
  EDITABLE_FIELDS,
  EVIDENCED_FIELDS,
  LEAK_STATUSES,
  ORG_TYPES,
  POST_KINDS,
} from '../record';
import type { EditableField, EvidencedField } from '../record';
import { REVIEW_STATUSES } from '../library';

export const BUNDLE_FORMAT = 'incident-librarian-bundle';
export const BUNDLE_VERSION = 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nonEmpty = z.string().regex(/\S/);

/** Shape of each SPEC field's value; shared by effective values and the parser's values. */
const FIELD_VALUES = {
  kind: z.enum(POST_KINDS),
  caseId: z.string().nullable(),
  title: z.string(),
  organization: z.string().nullable(),
  orgType: z.enum(ORG_TYPES),
  publishedDate: isoDate.nullable(),
  categories: z.array(z.enum(CATEGORIES)),
  affectedCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  dataTypes: z.array(z.enum(DATA_TYPES)),
  leakStatus: z.enum(LEAK_STATUSES),
  incidentDate: isoDate.nullable(),
  discoveryDate: isoDate.nullable(),
} satisfies Record<EditableField, z.ZodType>;

const perEvidencedField = <T extends z.ZodType>(schema: T) =>
  z.strictObject(Object.fromEntries(EVIDENCED_FIELDS.map((f) => [f, schema])) as Record<EvidencedField, T>);

export const BundleSourceRefSchema = z.strictObject({
  file: z.string(),
  sha256: sha256Hex,
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
});

export const BundleRecordSchema = z
  .strictObject({
    /** The parser's content id: the same post from two dumps has the same id. */
    id: nonEmpty,
    parserVersion: z.string(),
    status: z.enum(REVIEW_STATUSES),
    tags: z.array(nonEmpty),
    note: z.string(),
    /** Effective values: the librarian's correction where there is one, else the parser's. */
    values: z.strictObject(FIELD_VALUES),
    /** Fields whose effective value a librarian set by hand, in SPEC order. */
    corrected: z.array(z.enum(EDITABLE_FIELDS)),
    /** For each corrected field, what the parser had extracted (so nothing is lost). */
    parserValues: z.strictObject(FIELD_VALUES).partial(),
    /** The quoted source text of each field's evidence spans, in order. */
    evidence: perEvidencedField(z.array(z.string())),
    /** The parser's confidence in each extracted value, in [0, 1]. */
    confidence: perEvidencedField(z.number().min(0).max(1)),
    /** Every dump this post was seen in, with its line range. */
    sources: z.array(BundleSourceRefSchema).min(1),
  })
  .describe('One curated incident record.');
export type BundleRecord = z.infer<typeof BundleRecordSchema>;
export type BundleValues = BundleRecord['values'];

export const BundleSelectionSchema = z
  .strictObject({
    /** Review statuses the records were chosen from. */
    statuses: z.array(z.enum(REVIEW_STATUSES)),
    /** Records carrying at least one of these tags; empty = no tag restriction. */
    tags: z.array(nonEmpty),
    /** The Review view's filter, as JSON, when the selection was "the current review filter". */
    filter: z.record(z.string(), z.unknown()).nullable(),
  })
  .describe('Which records of the library were exported.');
export type BundleSelection = z.infer<typeof BundleSelectionSchema>;

export const BundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  generator: z.strictObject({ name: z.string(), version: z.string(), parserVersion: z.string() }),
  /** ISO 8601 UTC timestamp. */
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
  recordCount: z.number().int().min(0),
  /** The dumps the records came from, sorted by name then sha256. */
  sources: z.array(z.strictObject({ name: z.string(), sha256: sha256Hex })),
  selection: BundleSelectionSchema,
  /** sha256 (hex) of the canonical JSON of `records` sorted by id; see canonical.ts. */
  recordsSha256: sha256Hex,
});
export type BundleManifest = z.infer<typeof BundleManifestSchema>;

export const BundleSchema = z
  .strictObject({ manifest: BundleManifestSchema, records: z.array(BundleRecordSchema) })
  .describe(`Incident Librarian dataset bundle, format "${BUNDLE_FORMAT}" version ${BUNDLE_VERSION}.`);
export type Bundle = z.infer<typeof BundleSchema>;

export const EXPORT_FORMATS = ['bundle', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
