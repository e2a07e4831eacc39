/**
 * Regression test against the hand-labelled gold set in ../shared (beside the repo): parses every
 * dump, scores the output with the shared scorer and holds the parser to the levels reached.
 * Raise SCORE_FLOOR when a change raises a score; never lower it to make a change pass.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCED_FIELDS, ParsedRecordSchema } from '@shared/record';
import { expectFloor, parseToJsonl, score, SCORER } from './scoring';

/**
 * Minimum scores (percent): what the parser reached, 100 on every field. The extractor fields
 * were held at 97 (about one miss) until a held-out round's rule cost a real-gold data type and
 * the slack hid it; now every field is held at 100, so a rule that costs the real gold shows
 * here and is a decision, not an accident.
 */
export const SCORE_FLOOR = {
  incidentRecall: 100,
  otherPostsSplit: 100,
  fields: {
    endLine: 100,
    caseId: 100,
    title: 100,
    publishedDate: 100,
    organization: 100,
    orgType: 100,
    affectedCount: 100,
    leakStatus: 100,
    primaryCategory: 100,
    categoriesF1: 100,
    dataTypesF1: 100,
  },
} as const;

const shared = resolve(__dirname, '../../../../shared');
const dumpsDir = join(shared, 'dumps');
const present = existsSync(dumpsDir) && existsSync(SCORER);
if (!present) console.warn(`score.test: ${dumpsDir} not found — skipping the gold-set regression test`);

describe.skipIf(!present)('gold-set score', () => {
  const dumps = present
    ? readdirSync(dumpsDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dumpsDir, f))
    : [];
  let out = '';
  beforeAll(async () => {
    out = await parseToJsonl(dumps);
  });

  it('emits only schema-valid records whose spans point into their own text', () => {
    const lines = out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      const r = ParsedRecordSchema.parse(JSON.parse(line));
      const inText = (s: { start: number; end: number }) => s.start <= s.end && s.end <= r.text.length;
      const spans = [
        ...EVIDENCED_FIELDS.flatMap((k) => r[k].evidence),
        ...r.counts.map((c) => c.evidence),
        ...r.relatedOrganizations.flatMap((o) => o.evidence),
        ...r.sections.flatMap((s) => [s.headingSpan, s.span]),
        ...r.warnings.flatMap((w) => (w.span ? [w.span] : [])),
      ];
      for (const s of spans)
        expect(inText(s), `${r.source.file}:${r.source.startLine} ${JSON.stringify(s)}`).toBe(true);
      // Evidence is on the original text: the title's span reads, after NFKC, as the title.
      const t = r.title.evidence[0]!;
      expect(r.text.slice(t.start, t.end).normalize('NFKC').replace(/\s+/g, ' ')).toBe(r.title.value);
      for (const s of r.sections)
        expect(r.text.slice(s.headingSpan.start, s.headingSpan.end).trim()).toBe(s.heading);
    }
  });

  it('holds the scores reached', () => {
    expectFloor(score(out, join(shared, 'gold')), SCORE_FLOOR, 'gold');
  });
});
