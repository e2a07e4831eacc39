/**
 * Regression test against the hand-labelled gold set in ../shared (beside the repo): parses every
 * dump, scores the output with the shared scorer and holds the parser to the levels reached.
 * Raise SCORE_FLOOR when a change raises a score; never lower it to make a change pass.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedRecordSchema } from '@shared/record';
import { runParse } from '../../../src/main/cli/parse-command';

/**
 * Minimum scores (percent), what the parser reached (all 100 at the time of writing) less about one
 * miss for the extractor fields. Structure fields (recall, split, endLine, caseId, title,
 * publishedDate) are the splitter's and header's and must stay at 100.
 */
export const SCORE_FLOOR = {
  incidentRecall: 100,
  otherPostsSplit: 100,
  fields: {
    endLine: 100,
    caseId: 100,
    title: 100,
    publishedDate: 100,
    organization: 97,
    orgType: 97,
    affectedCount: 97,
    leakStatus: 97,
    primaryCategory: 97,
    categoriesF1: 97,
    dataTypesF1: 97,
  },
} as const;

const EXTRACTED_FIELDS = [
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

const shared = resolve(__dirname, '../../../../shared');
const dumpsDir = join(shared, 'dumps');
const present = existsSync(dumpsDir) && existsSync(join(shared, 'tools/score.mjs'));
if (!present) console.warn(`score.test: ${dumpsDir} not found — skipping the gold-set regression test`);

interface ScoreResult {
  incidentRecall: number;
  otherPostsSplit: number;
  otherMisclassifiedAsIncident: number;
  badLines: number;
  fields: Record<string, number>;
}

describe.skipIf(!present)('gold-set score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'il-score-'));
  const pred = join(dir, 'pred.jsonl');
  const dumps = present
    ? readdirSync(dumpsDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dumpsDir, f))
    : [];
  let out = '';
  runParse(dumps, { format: 'jsonl' }, { out: (s) => (out += s), err: () => {} });
  writeFileSync(pred, out);

  it('emits only schema-valid records whose spans point into their own text', () => {
    const lines = out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      const r = ParsedRecordSchema.parse(JSON.parse(line));
      const inText = (s: { start: number; end: number }) => s.start <= s.end && s.end <= r.text.length;
      const spans = [
        ...EXTRACTED_FIELDS.flatMap((k) => r[k].evidence),
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
    const json = execFileSync(
      'node',
      [join(shared, 'tools/score.mjs'), '--gold', join(shared, 'gold'), '--pred', pred, '--json'],
      { encoding: 'utf8' },
    );
    rmSync(dir, { recursive: true, force: true });
    const score = JSON.parse(json) as ScoreResult;
    expect(score.badLines).toBe(0);
    expect(score.otherMisclassifiedAsIncident).toBe(0);
    expect(score.incidentRecall).toBeGreaterThanOrEqual(SCORE_FLOOR.incidentRecall);
    expect(score.otherPostsSplit).toBeGreaterThanOrEqual(SCORE_FLOOR.otherPostsSplit);
    for (const [field, floor] of Object.entries(SCORE_FLOOR.fields))
      expect(score.fields[field] ?? 0, `score of ${field}`).toBeGreaterThanOrEqual(floor);
  });
});
