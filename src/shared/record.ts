/**
 * The extracted record, as SPEC.md (v1) defines it. Shared by the parser (main), the CLI,
 * the IPC boundary, the renderer's database and the export bundle.
 *
 * Offsets in `Span` are UTF-16 code-unit offsets into the post's `text`, which is the
 * decoded dump text of lines startLine..endLine with line endings normalised to "\n".
 */
import { z } from 'zod';

export const CATEGORIES = [
  'unauthorized_access',
  'ransomware',
  'malware',
  'phishing',
  'account_takeover',
  'misdelivery',
  'misconfiguration',
  'loss',
  'insider',
  'dos',
  'domain',
  'system_bug',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DATA_TYPES = [
  'name',
  'address',
  'phone',
  'email',
  'birthdate',
  'age',
  'gender',
  'grades',
  'health',
  'payment_card',
  'bank_account',
  'credentials',
  'employer',
  'school',
  'photo',
  'id_number',
  'sensitive',
  'other',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const ORG_TYPES = [
  'local_government',
  'national_government',
  'company',
  'education',
  'medical',
  'association',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const LEAK_STATUSES = ['confirmed', 'possible', 'none', 'unknown'] as const;
export type LeakStatus = (typeof LEAK_STATUSES)[number];

export const POST_KINDS = ['incident', 'other'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const SECTION_KINDS = [
  'overview',
  'timeline',
  'cause',
  'data',
  'response',
  'countermeasures',
  'impact',
  'contact',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof SpanSchema>;

/** A value with where it came from and how sure the parser is. */
export const extracted = <T extends z.ZodType>(value: T) =>
  z.object({ value, evidence: z.array(SpanSchema), confidence: z.number().min(0).max(1) });
export interface Extracted<T> {
  value: T;
  evidence: Span[];
  confidence: number;
}

export const SectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  /** Span of the heading line. */
  headingSpan: SpanSchema,
  /** Span of the section body (after the heading, up to the next heading). */
  span: SpanSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const CountMentionSchema = z.object({
  value: z.number(),
  unit: z.string(),
  /** 約 → approx, 最大 → max, のべ/延べ → cumulative, 以上 → at_least */
  qualifier: z.enum(['approx', 'max', 'cumulative', 'at_least']).nullable(),
  evidence: SpanSchema,
});
export type CountMention = z.infer<typeof CountMentionSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.optional(),
});
export type RecordWarning = z.infer<typeof WarningSchema>;

export const SourceSchema = z.object({
  file: z.string(),
  sha256: z.string(),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
});
export type Source = z.infer<typeof SourceSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ParsedRecordSchema = z.object({
  /** Stable content id: the same post text gives the same id, whichever dump it came from. */
  id: z.string(),
  parserVersion: z.string(),
  kind: z.enum(POST_KINDS),
  caseId: extracted(z.string().nullable()),
  title: extracted(z.string()),
  organization: extracted(z.string().nullable()),
  orgType: extracted(z.enum(ORG_TYPES)),
  publishedDate: extracted(isoDate.nullable()),
  categories: extracted(z.array(z.enum(CATEGORIES))),
  affectedCount: extracted(z.number().int().min(0).nullable()),
  dataTypes: extracted(z.array(z.enum(DATA_TYPES))),
  leakStatus: extracted(z.enum(LEAK_STATUSES)),
  incidentDate: extracted(isoDate.nullable()),
  discoveryDate: extracted(isoDate.nullable()),
  counts: z.array(CountMentionSchema),
  relatedOrganizations: z.array(extracted(z.string())),
  sections: z.array(SectionSchema),
  warnings: z.array(WarningSchema),
  text: z.string(),
  source: SourceSchema,
});
export type ParsedRecord = z.infer<typeof ParsedRecordSchema>;

/** The SPEC fields a librarian reviews and may correct, in display order. */
export const EDITABLE_FIELDS = [
  'kind',
  'caseId',
  'title',
  'organization',
  'orgType',
  'publishedDate',
  'categories',
  'affectedCount',
  'dataTypes',
  'leakStatus',
  'incidentDate',
  'discoveryDate',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The SPEC fields the parser extracts with evidence: every editable field except `kind`. */
export const EVIDENCED_FIELDS = EDITABLE_FIELDS.filter(
  (f): f is Exclude<EditableField, 'kind'> => f !== 'kind',
);
export type EvidencedField = (typeof EVIDENCED_FIELDS)[number];
