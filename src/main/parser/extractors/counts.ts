/**
 * Count mentions: every `<number><unit>` that counts people, records, items or bodies
 * (`36,692件`, `約29,000件`, `最大で164名`, `約 928 万人分`, `のべ 683 名`, `12者`, `17通`,
 * `三名`), with the qualifier the release attaches (約 → approx, 最大 → max, のべ/延べ →
 * cumulative, 以上 → at_least). Dates, times, money, ordinals (第1条), percentages and ratios
 * are not counts: their units are not in the list, and a number directly after 第/年/月 or
 * before 年/月/日/時/分 is skipped.
 */
import type { CountMention } from '@shared/record';
import type { PostContext, ExtractorResult } from '../types';
import { bodyScan, extendsLeft, matchAllMany } from './scan';
import { bodyStart, conf, type Match } from './text';

const KANJI_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 億: 1e8 };

/** Parse a kanji numeral (`三`, `十二`, `二千五百`, `一万二千`); NaN when not one. */
export function parseKanjiNumber(s: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in KANJI_DIGIT) digit = KANJI_DIGIT[ch]!;
    else if (ch in KANJI_UNIT) {
      section += (digit < 0 ? 1 : digit) * KANJI_UNIT[ch]!;
      digit = -1;
    } else if (ch in BIG_UNIT) {
      total += (section + (digit < 0 ? 0 : digit)) * BIG_UNIT[ch]!;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + (digit < 0 ? 0 : digit);
}

/** Parse `36,692`-style digits with commas, and a trailing 億/万/千/百 multiplier. */
export function parseNumber(digits: string, multiplier?: string): number {
  const n = Number(digits.replace(/[,\s]/g, ''));
  const mul =
    multiplier === '万'
      ? 1e4
      : multiplier === '億'
        ? 1e8
        : multiplier === '千'
          ? 1e3
          : multiplier === '百'
            ? 100
            : 1;
  return Math.round(n * mul);
}

/** Units that count people, records or items (longest first). */
export const COUNT_UNITS = [
  'アカウント',
  '世帯',
  '団体',
  '機関',
  '事業者',
  '法人',
  '人',
  '名',
  '件',
  '者',
  '通',
  '社',
  '校',
  '枚',
  '台',
  '個',
  '冊',
  '本',
  '点',
  '箇所',
  '口',
];
const UNIT_RE = COUNT_UNITS.join('|');
const QUAL = '(?:(約|およそ|最大(?:で)?|のべ|延べ|計|合計|総計|少なくとも)[ \\t]*)?';
// Spaces, not line breaks, may stand between number and unit (`36,692 件`, `約 928 万人`).
const ARABIC = new RegExp(
  `${QUAL}(\\d[\\d,]*(?:\\.\\d+)?)[ \\t]*(?:(万|千|億)[ \\t]*(?:(\\d[\\d,]*)[ \\t]*(千|百)?)?)?[ \\t]*(${UNIT_RE})(分)?(以上|超)?`,
);
const KANJI = new RegExp(`${QUAL}([一二三四五六七八九十百千万〇]+)(${UNIT_RE})(分)?(以上|超)?`);
// A count that starts inside a run of digits (QUAL starts with neither) would match one unit
// earlier too: the walk tries only the run's first digit (see ./scan).
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const KANJI_NUMERALS = new Set([...'一二三四五六七八九十百千万〇'].map((c) => c.charCodeAt(0)));
extendsLeft(ARABIC, isDigit);
extendsLeft(KANJI, (c) => KANJI_NUMERALS.has(c));
/** Both count forms, found in one walk over the post (see ./scan). */
export const COUNT_RES: readonly RegExp[] = [ARABIC, KANJI];
/**
 * The body's count matches, from the walk the body's other cue lists share (./scan); the title
 * line is walked on its own. A count never holds a line break (the regexes allow spaces and tabs
 * only), so the title's matches and the body's are together those of one walk over the post.
 */
const bodyCounts = bodyScan(COUNT_RES);

const qualifierOf = (pre: string | undefined, post: string | undefined): CountMention['qualifier'] => {
  if (post) return 'at_least';
  if (!pre) return null;
  if (/^(約|およそ)/.test(pre)) return 'approx';
  if (/^最大/.test(pre)) return 'max';
  if (/^(のべ|延べ)/.test(pre)) return 'cumulative';
  if (/^少なくとも/.test(pre)) return 'at_least';
  return null;
};

/** Extract all count mentions (see module doc). */
export function extractCounts(ctx: PostContext): ExtractorResult<CountMention[]> {
  const text = ctx.text;
  const out: CountMention[] = [];
  const from = bodyStart(ctx);
  const [titleArabic, titleKanji] = matchAllMany(COUNT_RES, text, 0, from) as [
    readonly Match[],
    readonly Match[],
  ];
  const [bodyArabic, bodyKanji] = bodyCounts(ctx) as [readonly Match[], readonly Match[]];
  const arabic = titleArabic.concat(bodyArabic);
  const kanji = titleKanji.concat(bodyKanji);
  for (const m of arabic) {
    const [pre, digits, mult, rest, restMult, unit, , post] = m.groups;
    const numStart = text.indexOf(digits!, m.start);
    const before = text.slice(Math.max(0, numStart - 2), numStart);
    // `第1条`, `令和5年`, `1月`, `12時` and numbers glued to letters/other digits are not counts.
    if (/(第|年|月|No|#|\.|\/)\s*$/.test(before) || /[A-Za-z\d]$/.test(text.slice(numStart - 1, numStart)))
      continue;
    if (unit === '個' && text[m.end] === '人') continue;
    if (unit === '本' && /^本(日|件|学|県|市|人|院|社|事案)/.test(text.slice(m.end - 1))) continue;
    if (unit === '社' && /^社(員|内|会|長)/.test(text.slice(m.end - 1))) continue;
    if (unit === '人' && /^人(材|事|権|的)/.test(text.slice(m.end - 1))) continue;
    if (unit === '口' && /^口(頭|座)/.test(text.slice(m.end - 1))) continue;
    if (unit === '点' && /^点(検|で)/.test(text.slice(m.end - 1))) continue;
    // `2 通知書に記載されていた情報`, `3 通信障害`: 通 starting a word after a heading number.
    if (unit === '通' && /^通(知|信|常|報|院|学|勤|帳|販|路|過|り|じ|称|話|算)/.test(text.slice(m.end - 1)))
      continue;
    out.push({
      // `1万2,000件`: the part after 万 adds to it.
      value: parseNumber(digits!, mult) + (rest ? parseNumber(rest, restMult) : 0),
      unit: unit!,
      qualifier: qualifierOf(pre, post),
      evidence: { start: m.start, end: m.end },
    });
  }
  const arabicEnd = out.length;
  for (const m of kanji) {
    const [pre, num, unit, , post] = m.groups;
    // `約 8 万 5 千人`: the 千人 inside a spaced Arabic mention is part of it.
    let inside = false;
    for (let i = 0; i < arabicEnd && !inside; i++)
      inside = out[i]!.evidence.start <= m.start && m.start < out[i]!.evidence.end;
    if (inside) continue;
    const value = parseKanjiNumber(num!);
    // A lone 一 is usually a word (一名 is rare in releases; 一部, 一件 are idioms).
    if (!Number.isFinite(value) || value < 2) continue;
    // `3千名` / `1万2千件` after an Arabic digit is part of the Arabic mention.
    if (
      /[一二三四五六七八九十百千万〇\d,]/.test(text[m.start - 1] ?? '') ||
      /(第|同)$/.test(text.slice(m.start - 1, m.start))
    )
      continue;
    out.push({
      value,
      unit: unit!,
      qualifier: qualifierOf(pre, post),
      evidence: { start: m.start, end: m.end },
    });
  }
  out.sort((a, b) => a.evidence.start - b.evidence.start);
  return {
    value: out,
    evidence: out.map((c) => c.evidence),
    confidence: out.length ? conf(0.9) : 0,
  };
}
