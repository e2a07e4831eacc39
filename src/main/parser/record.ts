/**
 * Stage 6: one post → one ParsedRecord. Runs header, sections and the field extractors over the
 * normalised post text, then maps every span back to the original post text.
 */
import type { Extracted, ParsedRecord, PostKind, RecordWarning, Section, Source, Span } from '@shared/record';
import { extractFields, type ExtractedFields } from './field-extractors';
import { contentId } from './hash';
import { parseHeader } from './header';
import { normaliseWithMap, type NormalisedText } from './normalise';
import { findSections } from './sections';
import type { ExtractorResult, PostContext } from './types';

/**
 * Carried on every record. Raised whenever the rules change what the parser reads, so the library
 * can tell readings apart (a newer one replaces an older one; see the renderer's merge.ts).
 * 1.1.0: the rules from the held-out rounds fresh-3 … fresh-14.
 * 1.2.0: the rules from fresh-15 … fresh-20 (leak traces, subsets and corrections in counts, rarer
 * categories, blank lines filled with white space in the splitter, …).
 */
export const PARSER_VERSION = '1.2.0';

export interface BuildInput {
  /** Original post text: its lines joined by "\n". */
  text: string;
  /** The same text as lines, when the caller has them (saves a split). */
  lines?: readonly string[];
  source: Source;
  /** Decided by the splitter; when absent, taken from the title line. */
  kind?: PostKind;
  /** Extra warnings known to the caller (e.g. the dump was cut off in this post). */
  warnings?: RecordWarning[];
}

const CASEBOOK = /^\s*【\s*セキュリティ事件簿/;

export function buildRecord(
  input: BuildInput,
  extract: (ctx: PostContext) => ExtractedFields = extractFields,
): ParsedRecord {
  const { text, source } = input;
  const norm = normaliseWithMap(text);
  const nl = norm.text.indexOf('\n');
  const titleLine = nl < 0 ? norm.text : norm.text.slice(0, nl);
  const bodyStart = nl < 0 ? norm.text.length : nl + 1;
  const kind: PostKind = input.kind ?? (CASEBOOK.test(titleLine) ? 'incident' : 'other');
  const { header, warnings: headerWarnings } = parseHeader(titleLine);
  const mapSpan = (s: Span): Span => mapSpanWith(norm, s);
  const warnings: RecordWarning[] = [];
  const addWarnings = (ws: RecordWarning[] | undefined) => {
    for (const w of ws ?? []) warnings.push(w.span ? { ...w, span: mapSpan(w.span) } : w);
  };

  // One object literal per record shape, not a clone of a partial record plus 14 fields: each
  // added field was a map transition and a grown property store (a third of the pipeline's time).
  const id = contentId(text, norm.text);
  const title = {
    value: header.title,
    evidence: [mapSpan(header.titleSpan)],
    confidence: header.title ? 1 : 0,
  };

  if (kind === 'other') {
    addWarnings(input.warnings);
    return {
      id,
      parserVersion: PARSER_VERSION,
      kind,
      title,
      text,
      source,
      caseId: empty(null),
      organization: empty(null),
      orgType: empty('other'),
      publishedDate: empty(null),
      categories: empty([]),
      affectedCount: empty(null),
      dataTypes: empty([]),
      leakStatus: empty('unknown'),
      incidentDate: empty(null),
      discoveryDate: empty(null),
      counts: [],
      relatedOrganizations: [],
      sections: [],
      warnings,
    };
  }

  addWarnings(headerWarnings);
  const sections = findSections(norm.text, bodyStart, input.lines ?? text.split('\n'));
  const ctx: PostContext = { text: norm.text, header, bodyStart, sections };
  const fields = extract(ctx);
  const take = <T>(r: ExtractorResult<T>): Extracted<T> => {
    addWarnings(r.warnings);
    return { value: r.value, evidence: r.evidence.map(mapSpan), confidence: clamp01(r.confidence) };
  };
  const record: ParsedRecord = {
    id,
    parserVersion: PARSER_VERSION,
    kind,
    title,
    text,
    source,
    caseId: {
      value: header.caseId,
      evidence: header.caseIdSpan ? [mapSpan(header.caseIdSpan)] : [],
      confidence: header.caseId === null ? 0 : header.caseId.includes('-') ? 1 : 0.5,
    },
    publishedDate: {
      value: header.publishedDate,
      evidence: header.publishedDateSpan ? [mapSpan(header.publishedDateSpan)] : [],
      confidence: header.publishedDate ? 1 : 0,
    },
    organization: take(fields.organization),
    orgType: take(fields.orgType),
    categories: take(fields.categories),
    affectedCount: take(fields.affectedCount),
    dataTypes: take(fields.dataTypes),
    leakStatus: take(fields.leakStatus),
    incidentDate: take(fields.incidentDate),
    discoveryDate: take(fields.discoveryDate),
    counts: take(fields.counts).value.map((c) => ({
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      evidence: mapSpan(c.evidence),
    })),
    relatedOrganizations: take(fields.relatedOrganizations).value.map((o) => ({
      value: o.value,
      evidence: o.evidence.map(mapSpan),
      confidence: clamp01(o.confidence),
    })),
    sections: sections.map((s) => mapSection(norm, s)),
    warnings,
  };
  addCountWarnings(record);
  addWarnings(input.warnings);
  return record;
}

/** `no_count` when nothing is counted; `conflicting_counts` when people/record counts disagree. */
function addCountWarnings(r: ParsedRecord): void {
  if (r.warnings.some((w) => /count/.test(w.code))) return;
  if (r.affectedCount.value === null) {
    r.warnings.push({ code: 'no_count', message: 'no number of affected people or records was found' });
    return;
  }
  const values = [...new Set(r.counts.filter((c) => c.qualifier !== 'cumulative').map((c) => c.value))];
  if (values.length > 1 && r.affectedCount.confidence < 0.6)
    r.warnings.push({
      code: 'conflicting_counts',
      message: `the release states several counts (${values.slice(0, 6).join(', ')}); chose ${r.affectedCount.value}`,
    });
}

function empty<T>(value: T): Extracted<T> {
  return { value, evidence: [], confidence: 0 };
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

function mapSpanWith(norm: NormalisedText, s: Span): Span {
  const start = norm.toOriginal(s.start, 'start');
  const end = norm.toOriginal(Math.max(s.start, s.end), 'end');
  return { start, end: Math.max(start, end) };
}

function mapSection(norm: NormalisedText, s: Section): Section {
  return {
    kind: s.kind,
    heading: s.heading,
    headingSpan: mapSpanWith(norm, s.headingSpan),
    span: mapSpanWith(norm, s.span),
  };
}
