/**
 * Regression test on the held-out extractor set (tests/fixtures/heldout): 30 synthetic casebook
 * posts whose expectations were written from SPEC.md before the parser ran on them. Parses the
 * dump, scores it with the shared scorer and holds the parser to the levels reached.
 * Raise HELDOUT_FLOOR when a change raises a score; never lower it to make a change pass, and
 * never edit the gold to match the parser (see tests/fixtures/heldout/README.md).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFloor, parseToJsonl, score, SCORER } from './scoring';

/**
 * Minimum scores (percent). Reached when written: every field 100 except dataTypesF1 (98.9: one
 * item, 予約日時 as `other`, is not in the vocabulary), endLine 96.3 and otherPostsSplit 66.7 (the
 * splitter did not split out the blog post titled `またVPN機器か`: a title that starts with a
 * conjunction). The splitter now treats a conjunction as continuing the text only before a comma
 * or in a sentence ending in 。, which split that post out: endLine, otherPostsSplit and
 * categoriesF1 (the merged post's words no longer reach the incident) reached 100.
 */
export const HELDOUT_FLOOR = {
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
    dataTypesF1: 98,
  },
} as const;

/**
 * The fresh set (fixtures/heldout/fresh) scored 92.0 overall when first run (organization,
 * orgType, affectedCount, primaryCategory 87.5, leakStatus 75, dataTypesF1 87.2); four general
 * rules then raised it. What remains: two vocabulary items (就労状況, 緊急連絡先 as `other`) and
 * the order of [phishing, account_takeover] for a phishing DM that led to an SNS takeover (the
 * parser puts the takeover, named in the title, first; the gold puts the vector first, as the
 * real gold does for phishing + unauthorized_access).
 */
export const FRESH_FLOOR = {
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
    primaryCategory: 87,
    categoriesF1: 100,
    dataTypesF1: 95,
  },
} as const;

/**
 * fresh-3 (fixtures/heldout/fresh-3: 24 incidents, 4 other posts) scored 96.1 overall on its
 * first run (organization and orgType 95.8, affectedCount 83.3, leakStatus 91.7, dataTypesF1
 * 90.6; the rest 100). General rules added from its misses raised it to 99.9. What remains: two
 * items the gold reads as `other` that the vocabulary leaves out: ポイント利用履歴 (the real gold
 * does not count ご注文履歴, so histories stay out) and 登記に関する情報 (one wording).
 */
export const FRESH3_FLOOR = {
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
    dataTypesF1: 98,
  },
} as const;

/**
 * fresh-4 (fixtures/heldout/fresh-4: 24 incidents, 5 other posts) scored 92.7 overall on its
 * first run (organization and orgType 95.8, affectedCount 83.3, leakStatus 75, primaryCategory
 * 91.7, categoriesF1 88.9, dataTypesF1 89.3; the rest 100). General rules added from its misses
 * raised it to 98.9. What remains are readings no rule should chase: 回答内容 read as `other`
 * beside the items listed; 座席番号 read as an id_number (the gold reads it `other`); the 1,350
 * recipients of spam from a hijacked LINE account counted (the gold: no exposure, no count); a
 * 封入機の設定誤り also read as misconfiguration; an employee's SNS photo of customer data read as
 * a confirmed post with a `photo` (the gold: possible, no photo).
 */
export const FRESH4_FLOOR = {
  incidentRecall: 100,
  otherPostsSplit: 100,
  fields: {
    endLine: 100,
    caseId: 100,
    title: 100,
    publishedDate: 100,
    organization: 100,
    orgType: 100,
    affectedCount: 95,
    leakStatus: 95,
    primaryCategory: 100,
    categoriesF1: 98,
    dataTypesF1: 97,
  },
} as const;

const fixtures = resolve(__dirname, '../../fixtures/heldout');
const present = existsSync(SCORER);
if (!present) console.warn(`heldout.test: ${SCORER} not found — skipping the held-out score test`);

const scoreOf = (dump: string, goldDir: string) => score(parseToJsonl([dump]), goldDir);

describe.skipIf(!present)('held-out set score', () => {
  it('holds the scores reached on heldout-1', () => {
    const result = scoreOf(join(fixtures, 'heldout-1.txt'), join(fixtures, 'gold'));
    expect(result.goldIncidents).toBe(27);
    expectFloor(result, HELDOUT_FLOOR, 'heldout-1');
  });

  it('holds the scores reached on the fresh set', () => {
    const result = scoreOf(join(fixtures, 'fresh/heldout-2.txt'), join(fixtures, 'fresh/gold'));
    expect(result.goldIncidents).toBe(8);
    expectFloor(result, FRESH_FLOOR, 'fresh');
  });

  it('holds the scores reached on fresh-3', () => {
    const result = scoreOf(join(fixtures, 'fresh-3/heldout-3.txt'), join(fixtures, 'fresh-3/gold'));
    expect(result.goldIncidents).toBe(24);
    expectFloor(result, FRESH3_FLOOR, 'fresh-3');
  });

  it('holds the scores reached on fresh-4', () => {
    const result = scoreOf(join(fixtures, 'fresh-4/heldout-4.txt'), join(fixtures, 'fresh-4/gold'));
    expect(result.goldIncidents).toBe(24);
    expectFloor(result, FRESH4_FLOOR, 'fresh-4');
  });
});
