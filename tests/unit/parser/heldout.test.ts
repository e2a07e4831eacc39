/**
 * Regression test on the held-out extractor set (tests/fixtures/heldout): 30 synthetic casebook
 * posts whose expectations were written from SPEC.md before the parser ran on them. Parses the
 * dump, scores it with the shared scorer and holds the parser to the levels reached.
 * Raise HELDOUT_FLOOR when a change raises a score; never lower it to make a change pass, and
 * never edit the gold to match the parser (see tests/fixtures/heldout/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParse } from '../../../src/main/cli/parse-command';

/**
 * Minimum scores (percent). Reached when written: every field 100 except dataTypesF1 (98.9: one
 * item, 予約日時 as `other`, is not in the vocabulary), endLine 96.3 and otherPostsSplit 66.7 (the
 * splitter does not split out the blog post titled `またVPN機器か`: a title that starts with a
 * conjunction; see the report to the splitter's owner).
 */
export const HELDOUT_FLOOR = {
  incidentRecall: 100,
  otherPostsSplit: 66,
  fields: {
    endLine: 96,
    caseId: 100,
    title: 100,
    publishedDate: 100,
    organization: 100,
    orgType: 100,
    affectedCount: 100,
    leakStatus: 100,
    primaryCategory: 100,
    categoriesF1: 98,
    dataTypesF1: 98,
  },
} as const;

const fixtures = resolve(__dirname, '../../fixtures/heldout');
const scorer = resolve(__dirname, '../../../../shared/tools/score.mjs');
const present = existsSync(scorer);
if (!present) console.warn(`heldout.test: ${scorer} not found — skipping the held-out score test`);

interface ScoreResult {
  goldIncidents: number;
  incidentRecall: number;
  otherPostsSplit: number;
  otherMisclassifiedAsIncident: number;
  badLines: number;
  fields: Record<string, number>;
}

describe.skipIf(!present)('held-out set score', () => {
  it('holds the scores reached', () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-heldout-'));
    const pred = join(dir, 'pred.jsonl');
    let out = '';
    runParse(
      [join(fixtures, 'heldout-1.txt')],
      { format: 'jsonl' },
      { out: (s) => (out += s), err: () => {} },
    );
    writeFileSync(pred, out);
    const json = execFileSync('node', [scorer, '--gold', join(fixtures, 'gold'), '--pred', pred, '--json'], {
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    const score = JSON.parse(json) as ScoreResult;
    expect(score.goldIncidents).toBe(27);
    expect(score.badLines).toBe(0);
    expect(score.otherMisclassifiedAsIncident).toBe(0);
    expect(score.incidentRecall).toBeGreaterThanOrEqual(HELDOUT_FLOOR.incidentRecall);
    expect(score.otherPostsSplit).toBeGreaterThanOrEqual(HELDOUT_FLOOR.otherPostsSplit);
    for (const [field, floor] of Object.entries(HELDOUT_FLOOR.fields))
      expect(score.fields[field] ?? 0, `held-out score of ${field}`).toBeGreaterThanOrEqual(floor);
  });
});
