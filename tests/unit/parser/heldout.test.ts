/**
 * Regression test on the held-out extractor sets (tests/fixtures/heldout): synthetic casebook
 * dumps whose expectations were written from SPEC.md before the parser ran on them. Parses each
 * dump, scores it with the shared scorer and holds the parser to the levels reached.
 * Raise a floor when a change raises a score; never lower it to make a change pass, and never edit
 * the gold to match the parser (see tests/fixtures/heldout/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParse } from '../../../src/main/cli/parse-command';
import { expectFloor, parseToJsonl, score, SCORER, type ScoreFloor } from './scoring';

const FIELDS = [
  'endLine',
  'caseId',
  'title',
  'publishedDate',
  'organization',
  'orgType',
  'affectedCount',
  'leakStatus',
  'primaryCategory',
  'categoriesF1',
  'dataTypesF1',
] as const;
type Field = (typeof FIELDS)[number];

interface HeldoutSet {
  label: string;
  /** Dump and gold directory, relative to tests/fixtures/heldout. */
  dump: string;
  gold: string;
  incidents: number;
  /** The fields held below 100 (every other field, incident recall and other-post splitting: 100). */
  below: Partial<Record<Field, number>>;
  /** Other-post splitting, when held below 100. */
  otherSplit?: number;
  /** The encoding the CLI must report for a dump that is not UTF-8. */
  encoding?: string;
}

/**
 * Minimum scores (percent), per set. What each set's first run scored, and what remains below 100
 * and why, is written beside it.
 */
export const HELDOUT_SETS: readonly HeldoutSet[] = [
  /**
   * heldout-1 (27 incidents, 3 other posts). dataTypesF1 reached 100 with fresh-15's and fresh-17's rules reading a
   * booking's details (予約内容, 予約日時) as `other`, as its gold does. The splitter treats a
   * conjunction as continuing the text only before a comma or in a sentence ending in 。, which
   * split out the blog post titled `またVPN機器か`.
   */
  { label: 'heldout-1', dump: 'heldout-1.txt', gold: 'gold', incidents: 27, below: {} },
  /**
   * fresh (8 incidents, 1 other post) scored 92.0 overall when first run; four general rules then
   * raised it. What remains: two vocabulary items (就労状況, 緊急連絡先 as `other`). The order of
   * [phishing, account_takeover] for a phishing DM that led to an SNS takeover reached 100 with
   * fresh-5's rule (the vector first, as the real gold does for phishing + unauthorized_access).
   */
  {
    label: 'fresh',
    dump: 'fresh/heldout-2.txt',
    gold: 'fresh/gold',
    incidents: 8,
    below: { dataTypesF1: 95 },
  },
  /**
   * fresh-3 (24 incidents, 4 other posts) scored 96.1 overall on its first run; general rules
   * raised it to 99.9. What remains: two items the gold reads as `other` that the vocabulary leaves
   * out: ポイント利用履歴 (the real gold does not count ご注文履歴, so histories stay out) and
   * 登記に関する情報 (one wording).
   */
  {
    label: 'fresh-3',
    dump: 'fresh-3/heldout-3.txt',
    gold: 'fresh-3/gold',
    incidents: 24,
    below: { dataTypesF1: 98 },
  },
  /**
   * fresh-4 (24 incidents, 5 other posts) scored 92.7 overall on its first run; general rules
   * raised it to 98.9 (fresh-9's rule on a form's answers named in passing then fixed 回答内容 read
   * as `other` beside the items listed). What remains are readings no rule should chase: 座席番号 read as an id_number (the gold reads it `other`); the 1,350
   * recipients of spam from a hijacked LINE account counted (the gold: no exposure, no count); an
   * employee's SNS photo of customer data read as a confirmed post with a `photo` (the gold:
   * possible, no photo). The 封入機の設定誤り also read as misconfiguration was fixed by fresh-10's
   * rule (a setting mistake in a sentence about sending or post is the misdelivery's cause).
   */
  {
    label: 'fresh-4',
    dump: 'fresh-4/heldout-4.txt',
    gold: 'fresh-4/gold',
    incidents: 24,
    below: { affectedCount: 95, leakStatus: 95, dataTypesF1: 98 },
  },
  /**
   * fresh-5 (23 incidents, 6 other posts) scored 96.6 overall on its first run (organization 87,
   * affectedCount 91.3, leakStatus, primaryCategory 95.7, categoriesF1 98, dataTypesF1 95.4; the
   * rest, every post boundary included, 100); general rules raised it to 99.8. What remains: two
   * `other` readings no rule should chase: 購入履歴 (histories stay out, as for fresh-3) and 事件記録の
   * 写し (one wording). 回答内容 beside the listed items, read as `other` under a `■事案の内容` heading
   * taken for a data heading, was fixed by fresh-9's rules.
   */
  {
    label: 'fresh-5',
    dump: 'fresh-5/heldout-5.txt',
    gold: 'fresh-5/gold',
    incidents: 23,
    below: { dataTypesF1: 98 },
  },
  /**
   * fresh-6 (24 incidents, 4 other posts, modelled on the real releases: お問い合わせ先 blocks,
   * 第2報/第3報, 訂正, 調査中, several counts per release) scored 94.4 overall on its first run
   * (affectedCount 75, leakStatus 91.7, primaryCategory 87.5, categoriesF1 90.6, dataTypesF1 93.5;
   * the rest, every post boundary included, 100); general rules raised it to 99.2. What remains are
   * readings no rule should chase: a notice delivered to the wrong guardians by a program defect
   * also read as misdelivery (the gold: system_bug alone); 予約履歴 and 乗車履歴 as `other` (histories
   * stay out, as for fresh-3 and fresh-5); 契約情報 read as `other` beside the listed items.
   * 問診票の回答内容(既往歴…) read as `other` besides health was fixed by fresh-9's bracket rule.
   */
  {
    label: 'fresh-6',
    dump: 'fresh-6/heldout-6.txt',
    gold: 'fresh-6/gold',
    incidents: 24,
    below: { primaryCategory: 95, categoriesF1: 98, dataTypesF1: 98 },
  },
  /**
   * fresh-7 (16 incidents, 3 other posts, in Shift_JIS (CP932) with CRLF, read through the parser
   * as the CLI reads it: card skimming, a Q&A release, a tab-flattened table, 箇条書き, a 最終報)
   * scored 97.3 overall on its first run (organization 93.8, affectedCount 87.5, leakStatus 93.8,
   * dataTypesF1 95.5; the rest, every post boundary included, 100); general rules raised it to 99.2.
   * What remains: the card-skimming template 「カード情報が漏洩し、一部…不正利用された可能性がある
   * ことを確認」 read as confirmed (the gold, following the release's lead 「漏洩した可能性」: possible;
   * the sentence allows both readings); 購入履歴 and 宿泊予約履歴 as `other` (histories stay out, as for
   * fresh-3, fresh-5 and fresh-6); 予約資料名 as `other`.
   */
  {
    label: 'fresh-7',
    dump: 'fresh-7/heldout-7.txt',
    gold: 'fresh-7/gold',
    incidents: 16,
    below: { leakStatus: 93, dataTypesF1: 98 },
    encoding: 'Shift_JIS',
  },
  /**
   * fresh-8 (17 incidents, 2 other posts; a LABEL page of loss and theft posts modelled on the real
   * label dump) scored 97.5 overall on its first run (leakStatus 94.1, endLine 88.2, categoriesF1
   * 94.4, dataTypesF1 95.9, other posts split 0/2; the rest 100); general rules raised it to 98.6.
   * What remains: a news round-up straight after an incident with no footer, its title followed by
   * one blank line and no &nbsp; marker, is laid out exactly like an unnumbered section heading
   * (`概要`, `原因` in the real label dump), so it stays merged (endLine, and its フィッシング word
   * adds phishing to the incident); 学部生/大学院生 beside the listed items read as school; a loss
   * with no word on leak or possibility read as possible (the gold: unknown; lost items still
   * missing are read possible elsewhere, so the gold's reading is arguable).
   */
  {
    label: 'fresh-8',
    dump: 'fresh-8/heldout-8.txt',
    gold: 'fresh-8/gold',
    incidents: 17,
    below: { endLine: 94, leakStatus: 94, categoriesF1: 97, dataTypesF1: 99 },
    otherSplit: 50,
  },
  /**
   * fresh-9 (22 incidents, 4 other posts; a monthly archive page in UTF-16LE with BOM and CRLF,
   * read through the parser as the CLI reads it; companies and online services, one contractor's
   * ransomware from four sides, new count shapes) scored 98.9 overall on its first run
   * (leakStatus 90.9, dataTypesF1 96.7; the rest, every post boundary included, 100); general rules
   * raised it to 99.6. What remains: the card-skimming template 「クレジットカード情報が漏洩し、一部の
   * お客様のクレジットカード情報が不正利用された可能性があることを確認」 read as confirmed (the gold,
   * as fresh-7's, reads the release's lead 「漏洩した可能性」: possible; the parser reads the
   * continuative 漏洩し、 as a stated fact on purpose, and the sentence allows both readings).
   */
  {
    label: 'fresh-9',
    dump: 'fresh-9/heldout-9.txt',
    gold: 'fresh-9/gold',
    incidents: 22,
    below: { leakStatus: 95 },
    encoding: 'UTF-16LE',
  },
  /**
   * fresh-10 (20 incidents, 5 other posts; a LABEL page of mis-sending in EUC-JP with LF, read
   * through the parser as the CLI reads it; 誤封入, BCC/CC, FAX, wrong attachment, mail-merge, a web
   * form showing others' data, a postcard printed with data, 誤交付, 誤配布, 誤掲載) scored 93.4 overall
   * on its first run (affectedCount 70, leakStatus 95, primaryCategory 85, categoriesF1 85,
   * dataTypesF1 92.9; the rest, every post boundary and all five other posts included, 100);
   * general rules raised it to 96.9. What remains: the postcard printed with data on its face read
   * as `other` (the gold: misdelivery, SPEC's "post"; no cue says so and SPEC does not decide it),
   * and its 発送したはがき2,450通 read as the whole mailing (every card was affected); 別の方1名の住民票
   * の写しを交付 gives no leak context for its count; 受講生 412 名に…送信 read as recipients (they
   * were also the students whose grades were swapped); 本籍 read as sensitive (the gold: other); an
   * address used as the destination (宛名ラベルの住所を別の患者様の住所で印刷) read as exposed; a program
   * defect that mailed orders to other customers read as [misdelivery, system_bug] (the gold, as
   * fresh-6's: system_bug alone).
   */
  {
    label: 'fresh-10',
    dump: 'fresh-10/heldout-10.txt',
    gold: 'fresh-10/gold',
    incidents: 20,
    below: { affectedCount: 85, primaryCategory: 90, categoriesF1: 92, dataTypesF1: 98 },
    encoding: 'EUC-JP',
  },
  /**
   * fresh-11 (14 incidents, 10 other posts; a LABEL page about post boundaries and non-incident
   * posts in UTF-8 with LF: a blog post titled with incident words, a post quoting a casebook
   * header, a monthly round-up, a book review after mid-file page chrome, an event notice, a vendor
   * advisory, a job posting, an English post, a one-line post, a product release with numbered
   * sections) scored 95.8 overall on its first run (incidents 14/14, other posts split 7/10, none
   * read as an incident; endLine 78.6, primaryCategory 85.7, categoriesF1 93.8, dataTypesF1 96;
   * the rest 100); the splitter's rules (a footer or page chrome ends a post's text; the &nbsp;
   * marker) and two data-type rules raised it to 99.1, every post's endLine right. What remains: a
   * student who logged in with a teacher's ID and read other students' grades (不正閲覧) also read as
   * insider (the gold: unauthorized_access alone, a student not being staff; SPEC's "snooping"
   * leaves it open, so no rule chases it).
   */
  {
    label: 'fresh-11',
    dump: 'fresh-11/heldout-11.txt',
    gold: 'fresh-11/gold',
    incidents: 14,
    below: { primaryCategory: 92, categoriesF1: 96 },
  },
  /**
   * fresh-12 (23 incidents, 3 other posts; affected counts and leak status in UTF-8 with CRLF:
   * totals with parts, 延べ/重複を除く, 最大, 万/千, 世帯/社/台/通/枚/ファイル, two 第2報 corrections, a
   * count under investigation, a table-like list; every kind of leak wording) scored 96.5 overall on
   * its first run (incidents 23/23, other posts split 3/3, none read as an incident; affectedCount
   * 78.3, leakStatus 87, categoriesF1 98, dataTypesF1 97.8; the rest 100); general rules raised it
   * to 99.9. What remains (dataTypesF1 98.6): 氏名が含まれるメールアドレス read as a name beside the
   * addresses (the gold: email alone; SPEC question), and クレジットカード情報が登録されていたアカウントは
   * 214件ですが、…カード情報の流出はございません read as payment_card (a concessive clause whose
   * negation comes in a later clause; one wording, no rule).
   */
  {
    label: 'fresh-12',
    dump: 'fresh-12/heldout-12.txt',
    gold: 'fresh-12/gold',
    incidents: 23,
    below: { dataTypesF1: 98 },
  },
  /**
   * fresh-13 (23 incidents, 3 other posts; organisations, orgTypes and categories in UTF-8 with LF:
   * 一部事務組合, 広域連合, 社会福祉協議会 and 観光協会 without a space, 国立/公立大学法人, 学校法人 and
   * 医療法人社団 with their school/hospital, 生協, JA, 信用金庫, NPO, 商工会議所, a prefectural police, a
   * regional bureau, a foreign subsidiary, a holding company, a joint release, an org only in the body;
   * every category, with attack words in negations and countermeasures) scored 94.1 overall on its
   * first run (incidents 23/23, other posts split 3/3, none read as an incident; organization 91.3,
   * orgType 82.6, affectedCount 95.7, leakStatus 73.9, primaryCategory 95.7, categoriesF1 96; the rest
   * 100); general rules raised it to 99.6. What remains (orgType 95.7): 信用金庫 read as a company
   * (the gold: association, like 信用組合; a SPEC question, so no rule).
   */
  {
    label: 'fresh-13',
    dump: 'fresh-13/heldout-13.txt',
    gold: 'fresh-13/gold',
    incidents: 23,
    below: { orgType: 95 },
  },
  /**
   * fresh-14 (20 incidents, 2 other posts; exposed data types in long releases, UTF-8 with BOM and
   * LF: items as ・ lines under 【】 headings, ①②, (1)(2), per group, tables flattened to tabs,
   * 下記/記…以上, 別紙, 並びに/及び/等/など, items explicitly not included, items only in the advice to
   * readers or in countermeasures) scored 96.7 overall on its first run (incidents 20/20, other
   * posts split 2/2, none read as an incident; dataTypesF1 93.8, affectedCount 85, leakStatus 85;
   * the rest 100); general rules raised it to 99.5. What remains (leakStatus 95): a file on a
   * public page with `17件のアクセスがありました` read as unknown (the gold: confirmed; a SPEC
   * question, so no rule).
   */
  {
    label: 'fresh-14',
    dump: 'fresh-14/heldout-14.txt',
    gold: 'fresh-14/gold',
    incidents: 20,
    below: { leakStatus: 95 },
  },
  /**
   * fresh-15 (22 incidents, 4 other posts; post headers, case ids, publication dates, incident /
   * discovery dates and section headings, in UTF-16BE with BOM and CRLF, read through the parser as
   * the CLI reads it: #2022 / #2023 / a full-width id, full-width and zero-padded header dates, a
   * header with no date, (第2報) before the date, 和暦 and ranges in the bodies, every heading shape)
   * scored 98.2 overall on its first run (incidents 22/22, other posts split 3/4, none read as an
   * incident; affectedCount 95.5, leakStatus 90.9, endLine 95.5, dataTypesF1 98.1; the rest 100);
   * general rules raised it to 99.6. What remains: a blog column straight after an incident with no
   * footer, its title followed by one blank line and no &nbsp; marker, stays merged (endLine, other
   * posts 3/4): the splitter takes such a line for a title only after a footer or with two blanks, as
   * every real dump lays titles out, and SPEC's "followed by blank line(s)" leaves one blank open.
   */
  {
    label: 'fresh-15',
    dump: 'fresh-15/heldout-15.txt',
    gold: 'fresh-15/gold',
    incidents: 22,
    below: { endLine: 95 },
    otherSplit: 75,
    encoding: 'UTF-16BE',
  },
  /**
   * fresh-16 (26 incidents, 4 other posts; the rarer categories and multi-category incidents, a
   * monthly archive page in UTF-8 with LF: dos, domain, system_bug vs a setting made in an update,
   * account_takeover, insider, phishing, malware, misconfiguration, combinations and attack words in
   * negations and countermeasures) scored 97.4 overall on its first run (incidents 26/26, other posts
   * split 4/4, none read as an incident; categoriesF1 92.1, dataTypesF1 91.1, leakStatus 92.3,
   * affectedCount 96.2; the rest 100); general rules raised it to 99.8. What remains (dataTypesF1
   * 97.4): ご注文履歴 / 利用履歴 read as other by this gold but left out by the real gold (2023-039's
   * ご注文履歴) and 担当する部活動名 as other (one wording).
   */
  {
    label: 'fresh-16',
    dump: 'fresh-16/heldout-16.txt',
    gold: 'fresh-16/gold',
    incidents: 26,
    below: { dataTypesF1: 97 },
  },
  /**
   * fresh-17 (25 incidents, 4 other posts; a mixed 2025 monthly archive in Shift_JIS (CP932) with LF,
   * modelled on the real casebook-2024-09 dump: lone-space lines for NBSP, plain and org-prefixed
   * footers or none, a stray リリース分 fragment, a 第2報, a 続報, a 訂正, a joint release, contractors
   * as the breached party, 記…以上, a tab-flattened table, an essay, a book review, a webinar note and
   * a news post among the incidents) scored 97.3 overall on its first run (incidents 25/25, other
   * posts split 4/4, none read as an incident; affectedCount 88, leakStatus 92, primaryCategory 96,
   * categoriesF1 96.7, dataTypesF1 97.3; the rest 100); general rules raised it to 100.
   */
  {
    label: 'fresh-17',
    dump: 'fresh-17/heldout-17.txt',
    gold: 'fresh-17/gold',
    incidents: 25,
    below: {},
    encoding: 'Shift_JIS',
  },
  /**
   * fresh-19 (25 incidents, 3 other posts; a label page in UTF-8 with BOM and LF about affected counts
   * and leak status: the count in the title only, 概要 vs 内訳, うち subsets, parts without a total,
   * 世帯/社/通, a flattened table, 最大/約/以上/〜/程度/未満, 漢数字 and full-width digits, staff and
   * reporters, devices and files, 調査中, a 第2報, two incidents in one release; leak wordings of every
   * kind, recovered items, hedges in countermeasures) scored 96.4 overall on its first run (incidents
   * 25/25, other posts split 3/3, none read as an incident; affectedCount 76, leakStatus 88,
   * dataTypesF1 96.8; the rest 100); general rules raised it to 100.
   */
  {
    label: 'fresh-19',
    dump: 'fresh-19/heldout-19.txt',
    gold: 'fresh-19/gold',
    incidents: 25,
    below: {},
  },
  /**
   * fresh-18 (18 incidents, 8 other posts; post boundaries on a label page in UTF-8 with LF: other
   * posts at the very start after the chrome, right after footers, right after incidents without a
   * footer that end in a signature block, two in a row, at the very end; a round-up listing incidents
   * with dates, a header quoted as a 「…」 line, a CTF write-up, an English post, a title with two
   * lines; 記 / 以上, tables, signature blocks and an English version inside incidents) scored 99.7
   * overall on its first run: every boundary right (incidents 18/18, other posts 8/8, none read as an
   * incident, endLine 100, every other post's endLine too), dataTypesF1 96.7 from three data-type
   * misses; general rules raised it to 100. Probes of its layout (blank lines holding white space,
   * NBSP lines emptied, one more blank before every post; not committed) added three splitter rules.
   */
  { label: 'fresh-18', dump: 'fresh-18/heldout-18.txt', gold: 'fresh-18/gold', incidents: 18, below: {} },
  /**
   * fresh-20 (24 incidents, 8 other posts; a realistic unseen 2025 monthly archive in UTF-8 with LF,
   * modelled on the real casebook-2023-01 dump: lone NBSP lines, trailing NBSPs, `  • ` bullets,
   * plain / `)`-ended / org-prefixed footers or none, a walkthrough, a review, a short note, a news
   * post, a victim list, a 注意喚起 post, an event notice and an essay among the incidents, an
   * incomplete `#2025` id, a news-style title with no date, a leak-site claim with a company
   * description) scored 97.1 overall on its first run (incidents 24/24, other posts split 8/8, none
   * read as an incident; leakStatus 91.7, primaryCategory 91.7, categoriesF1 90.9, dataTypesF1 94.1;
   * the rest 100); general rules raised it to 99.8. What remains: a contractor's ransomware whose
   * `侵入した経路は特定できておらず` is read as unauthorized_access beside ransomware (left: the
   * intrusion is stated, only its route is unknown; see the set's README).
   */
  {
    label: 'fresh-20',
    dump: 'fresh-20/heldout-20.txt',
    gold: 'fresh-20/gold',
    incidents: 24,
    below: { categoriesF1: 98 },
  },
];

/**
 * Sets whose every post, other posts included, the parser splits exactly as the gold does: the same
 * posts, the same start and end lines, the same kinds. The scorer checks the end lines of incidents
 * only; a post merged into or split out of an other post is caught here. Not listed: fresh-5 (its gold
 * puts mid-file page chrome into the other post above it, a reading fresh-11 reversed), fresh-8 and
 * fresh-15 (an other post each left merged, held by their floors).
 */
const EXACT_BOUNDARIES: readonly string[] = [
  'heldout-1',
  'fresh',
  'fresh-3',
  'fresh-4',
  'fresh-6',
  'fresh-7',
  'fresh-9',
  'fresh-10',
  'fresh-11',
  'fresh-12',
  'fresh-13',
  'fresh-14',
  'fresh-16',
  'fresh-17',
  'fresh-18',
  'fresh-19',
  'fresh-20',
];

const floorOf = (set: HeldoutSet): ScoreFloor => ({
  incidentRecall: 100,
  otherPostsSplit: set.otherSplit ?? 100,
  fields: Object.fromEntries(FIELDS.map((f) => [f, set.below[f] ?? 100])),
});

const fixtures = resolve(__dirname, '../../fixtures/heldout');
const present = existsSync(SCORER);
if (!present) console.warn(`heldout.test: ${SCORER} not found — skipping the held-out score test`);

describe.skipIf(!present)('held-out set score', () => {
  it.each(HELDOUT_SETS.map((s) => [s.label, s] as const))(
    'holds the scores reached on %s',
    async (_, set) => {
      const result = score(await parseToJsonl([join(fixtures, set.dump)]), join(fixtures, set.gold));
      expect(result.goldIncidents).toBe(set.incidents);
      expectFloor(result, floorOf(set), set.label);
    },
  );
});

describe.skipIf(!present)('held-out post boundaries', () => {
  const sets = HELDOUT_SETS.filter((s) => EXACT_BOUNDARIES.includes(s.label));
  it('lists only known sets', () => expect(sets.length).toBe(EXACT_BOUNDARIES.length));
  it.each(sets.map((s) => [s.label, s] as const))(
    'splits every post of %s as the gold does',
    async (_, set) => {
      const records = (await parseToJsonl([join(fixtures, set.dump)]))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { kind: string; source: { startLine: number; endLine: number } });
      const got = records.map((r) => `${r.kind} ${r.source.startLine}-${r.source.endLine}`);
      const want = goldPosts(join(fixtures, set.gold)).map((p) => `${p.kind} ${p.startLine}-${p.endLine}`);
      expect(got).toEqual(want);
    },
  );
});

describe('held-out dumps that are not UTF-8', () => {
  const encoded = HELDOUT_SETS.filter((s) => s.encoding);
  it.each(encoded.map((s) => [s.label, s] as const))('the CLI reads %s in its encoding', async (_, set) => {
    let err = '';
    let out = '';
    await runParse(
      [join(fixtures, set.dump)],
      { format: 'jsonl' },
      { out: (s) => void (out += s), err: (s) => (err += s) },
    );
    expect(err).toContain(`, ${set.encoding}, `);
    // Decoded whole: no replacement character, and every post's title reads as the gold has it
    // (the gold posts the parser splits out, by start line: a post it leaves merged, which the
    // score floors hold, has no title of its own; a post the gold does not have would not match).
    expect(out).not.toContain('\uFFFD');
    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { title: string | { value: string }; source: { startLine: number } });
    const titles = records.map((r) => norm(typeof r.title === 'string' ? r.title : r.title.value));
    const starts = new Set(records.map((r) => r.source.startLine));
    const gold = goldPosts(join(fixtures, set.gold))
      .filter((p) => starts.has(p.startLine))
      .map((p) => norm(p.title));
    expect(titles).toEqual(gold);
  });
});

/** A title as the scorer compares it: NFKC, runs of white space as one space, trimmed. */
const norm = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** A gold folder's posts (title, kind, start and end line), in order. */
function goldPosts(dir: string): GoldPost[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { posts: GoldPost[] }).posts);
}

interface GoldPost {
  title: string;
  kind: string;
  startLine: number;
  endLine: number;
}
