/**
 * From a bundle record back to a library record, for records the local library does not have.
 *
 * A bundle carries the evidence as quoted text, not the whole post, so the parser layer is
 * rebuilt around those quotes: its `text` is the quotes one per line, and each evidence span
 * points at its quote. Exporting the record again therefore gives back the same quotes (and the
 * same canonical hash), and the Review view can still highlight evidence. A warning says so.
 */
import type { LibraryRecord } from '../library';
import { EDITABLE_FIELDS } from '../record';
import type { EvidencedField, Extracted, ParsedRecord, Span } from '../record';
import type { BundleRecord } from './format';

export const IMPORTED_WARNING = 'imported_from_bundle';

export function fromBundleRecord(r: BundleRecord, now: number): LibraryRecord {
  let text = '';
  const field = <F extends EvidencedField>(f: F): Extracted<BundleRecord['values'][F]> => {
    const evidence: Span[] = r.evidence[f].map((quote) => {
      const start = text.length;
      text += `${quote}\n`;
      return { start, end: start + quote.length };
    });
    const value = (f in r.parserValues ? r.parserValues[f] : r.values[f]) as BundleRecord['values'][F];
    return { value, evidence, confidence: r.confidence[f] };
  };
  const [first] = r.sources;
  if (!first) throw new Error(`record ${r.id} has no source`);
  const extracted: ParsedRecord = {
    id: r.id,
    parserVersion: r.parserVersion,
    kind: r.parserValues.kind ?? r.values.kind,
    caseId: field('caseId'),
    title: field('title'),
    organization: field('organization'),
    orgType: field('orgType'),
    publishedDate: field('publishedDate'),
    categories: field('categories'),
    affectedCount: field('affectedCount'),
    dataTypes: field('dataTypes'),
    leakStatus: field('leakStatus'),
    incidentDate: field('incidentDate'),
    discoveryDate: field('discoveryDate'),
    counts: [],
    relatedOrganizations: [],
    sections: [],
    warnings: [
      {
        code: IMPORTED_WARNING,
        message:
          'Imported from a dataset bundle: the text holds only the evidence quotes, not the whole post.',
      },
    ],
    text,
    source: { ...first },
  };
  const corrections = Object.fromEntries(
    EDITABLE_FIELDS.filter((f) => r.corrected.includes(f)).map((f) => [f, r.values[f]]),
  );
  return {
    id: r.id,
    extracted,
    corrections,
    status: r.status,
    tags: [...r.tags],
    note: r.note,
    needsLook: false,
    sources: r.sources.map((s) => ({ ...s })),
    importedAt: now,
    updatedAt: now,
  };
}
