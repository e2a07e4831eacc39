/**
 * Incident and discovery dates.
 *
 * Dates are read in all the forms releases use (`2022年10月19日`, `2024/9/12`, `令和6年3月7日`,
 * `令和 6 年`, `令和4年(2022年)11月5日`, `R6.3.7`, `6月30日`, `同日`, `同年6月`, `同月20日`).
 * A year and month without a day (`平成25年7月頃`, `2024年7月に判明`) reads as the month's first
 * day with lower confidence and a `date_month_only` warning.
 * A date without a year takes the year of the nearest dated mention before it; failing that,
 * the published date's year, moved back a year if that would put it after publication.
 *
 * incidentDate: a `発生日` label, else the earliest date in a sentence about the event itself
 * (不正アクセスを受け, 紛失, 盗まれ, 誤送信, 発生…). discoveryDate: a `発覚日`/`確認日` label, else the
 * earliest date in a sentence saying it was found out (判明, 発覚, 気づ, 確認した…), not
 * before the incident. A date alone on a timeline line takes the text of the next line.
 * A date whose clause says a later step happened on it (公表, 完了, 再開, 復旧) is no incident date;
 * a date that opens or closes a range (`…から…にかけて`, `~`), or a date with に inside
 * `…ていたことが判明` (the embedded event's time), is no discovery date.
 */
import type { PostContext, ExtractorResult } from '../types';
import { anchorAlone, bodyScan, matchAllMany } from './scan';
import { conf, hasNonSpace, isSpace, perPost, sentenceOf, span, type Match } from './text';

const ERAS: Record<string, number> = {
  明治: 1867,
  大正: 1911,
  昭和: 1925,
  平成: 1988,
  令和: 2018,
  M: 1867,
  T: 1911,
  S: 1925,
  H: 1988,
  R: 2018,
};

/** Gregorian year of a Japanese era year (`令和`, 6 → 2024; `平成`, '元' → 1989); NaN if unknown. */
export function warekiToYear(era: string, year: number | string): number {
  const base = ERAS[era];
  const n = year === '元' ? 1 : Number(year);
  return base === undefined || !Number.isFinite(n) ? NaN : base + n;
}

export interface DateMention {
  iso: string;
  start: number;
  end: number;
  /** The year was written (or given by 同年/同日), not inferred from publication. */
  explicitYear: boolean;
  /** `month`: written without a day (`平成25年7月頃`); the ISO date is the month's first day. */
  precision?: 'day' | 'month';
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const valid = (y: number, m: number, d: number) =>
  y > 1900 && y < 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

const PATTERNS: { re: RegExp; read: (g: string[]) => [number, number, number] | null }[] = [
  {
    re: /(令和|平成|昭和|大正|明治)\s*(\d{1,2}|元)\s*年\s*(?:\(\s*\d{4}\s*年\s*\)\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    read: (g) => [warekiToYear(g[0]!, g[1]!), Number(g[2]), Number(g[3])],
  },
  {
    re: /(?<![A-Za-z])([MTSHR])\s*(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})(?!\d)/,
    read: (g) => [warekiToYear(g[0]!, g[1]!), Number(g[2]), Number(g[3])],
  },
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    read: (g) => [Number(g[0]), Number(g[1]), Number(g[2])],
  },
  {
    re: /(?<!\d)(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)/,
    read: (g) => [Number(g[0]), Number(g[1]), Number(g[2])],
  },
];
/** Year and month without a day: `平成25年7月頃`, `2024年7月に`, `令和 6 年 3 月`. */
const YEAR_MONTH: { re: RegExp; read: (g: string[]) => [number, number] }[] = [
  {
    re: /(令和|平成|昭和|大正|明治)\s*(\d{1,2}|元)\s*年\s*(?:\(\s*\d{4}\s*年\s*\)\s*)?(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/,
    read: (g) => [warekiToYear(g[0]!, g[1]!), Number(g[2])],
  },
  {
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/,
    read: (g) => [Number(g[0]), Number(g[1])],
  },
];
const MONTH_DAY = /(同年|昨年|前年|本年|今年)?\s*(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// It may start at white space, so the body walk leaves it alone: it is tried only before each 月.
const BEFORE_MONTH = new Set([...'0123456789同年昨前本今'].map((c) => c.charCodeAt(0)));
anchorAlone(MONTH_DAY, /月/, (c) => BEFORE_MONTH.has(c) || isSpace(c));
const SAME_MONTH = /同月\s*(\d{1,2})\s*日/;
const SAME_DAY = /同日/;
/** Every date regex, for the one walk in parseJapaneseDates. */
export const DATE_RES: readonly RegExp[] = [
  ...PATTERNS.map((p) => p.re),
  ...YEAR_MONTH.map((p) => p.re),
  MONTH_DAY,
  SAME_MONTH,
  SAME_DAY,
];

/**
 * All dates in text, in order. `published` (ISO) anchors dates written without a year.
 */
export function parseJapaneseDates(text: string, published: string | null, from = 0): DateMention[] {
  // Every date form in one walk over the text (see ./scan), then taken in the order below.
  return datesOf(matchAllMany(DATE_RES, text, from), published);
}

/** The body's date-form matches (one shared walk: see ./scan). */
const bodyDateMatches = bodyScan(DATE_RES);

/** parseJapaneseDates from the matches of DATE_RES, regex by regex. */
function datesOf(found: (readonly Match[])[], published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && b > s);
  const matchesOf = (re: RegExp) => found[DATE_RES.indexOf(re)]!;
  for (const p of PATTERNS) {
    for (const m of matchesOf(p.re)) {
      const ymd = p.read(m.groups as string[]);
      if (!ymd || !valid(...ymd) || !free(m.start, m.end)) continue;
      taken.push([m.start, m.end]);
      out.push({ iso: iso(...ymd), start: m.start, end: m.end, explicitYear: true });
    }
  }
  for (const p of YEAR_MONTH) {
    for (const m of matchesOf(p.re)) {
      const [y, mo] = p.read(m.groups as string[]);
      if (!valid(y, mo, 1) || !free(m.start, m.end)) continue;
      taken.push([m.start, m.end]);
      out.push({ iso: iso(y, mo, 1), start: m.start, end: m.end, explicitYear: true, precision: 'month' });
    }
  }
  const partial: {
    start: number;
    end: number;
    kind: 'md' | 'm' | 'd';
    m?: number;
    d?: number;
    rel?: string;
  }[] = [];
  for (const m of matchesOf(MONTH_DAY))
    if (free(m.start, m.end))
      partial.push({
        start: m.start,
        end: m.end,
        kind: 'md',
        m: Number(m.groups[1]),
        d: Number(m.groups[2]),
        rel: m.groups[0],
      });
  for (const m of matchesOf(SAME_MONTH))
    if (free(m.start, m.end)) partial.push({ start: m.start, end: m.end, kind: 'm', d: Number(m.groups[0]) });
  for (const m of matchesOf(SAME_DAY))
    if (free(m.start, m.end)) partial.push({ start: m.start, end: m.end, kind: 'd' });
  partial.sort((a, b) => a.start - b.start);

  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  for (const p of partial) {
    // Only a written year sets the context: an inferred one must not carry over.
    // The latest such date before it (the first of equals, as a stable sort would give).
    let prev: DateMention | undefined;
    for (const o of out) if (o.explicitYear && o.start < p.start && (!prev || o.start > prev.start)) prev = o;
    if (p.kind === 'd') {
      if (prev) out.push({ iso: prev.iso, start: p.start, end: p.end, explicitYear: true });
      continue;
    }
    if (p.kind === 'm') {
      if (!prev) continue;
      const [y, mo] = prev.iso.split('-').map(Number) as [number, number];
      if (valid(y, mo, p.d!))
        out.push({ iso: iso(y, mo, p.d!), start: p.start, end: p.end, explicitYear: true });
      continue;
    }
    let y: number;
    let explicit = false;
    if (p.rel === '昨年' || p.rel === '前年') y = pubYear - 1;
    else if (p.rel === '本年' || p.rel === '今年') y = pubYear;
    else if (prev) {
      y = Number(prev.iso.slice(0, 4));
      explicit = true;
    } else {
      y = pubYear;
      if (published && iso(y, p.m!, p.d!) > published) y -= 1;
    }
    if (Number.isFinite(y) && valid(y, p.m!, p.d!))
      out.push({ iso: iso(y, p.m!, p.d!), start: p.start, end: p.end, explicitYear: explicit });
  }
  return out.sort((a, b) => a.start - b.start);
}

const INCIDENT_LABEL = /(発生日|発生日時|事案発生日|発生年月日)/;
const DISCOVERY_LABEL = /(発覚日|判明日|確認日|認知日|発見日|発覚)/;
const INCIDENT_CUE =
  /(不正アクセス|不正ログイン|攻撃|感染|紛失|盗難|盗ま|誤送信|送信|送付|アップロード|発生|持ち出|流出|侵入|暗号化|公開|掲載|置き忘れ|被害を受け)/;
/** The clause after a date says what ended or was announced on it (`調査が2024年2月20日に完了し`,
 * `3月4日(月)から運用を再開`, `…日に公表`): a later step, not the event. */
const LATER_STEP_AFTER = /(完了|終了|再開|復旧|公表|発表)/;
/** A date that opens or closes a range (`1月20日から1月22日にかけて`, `9月12日～1月10日`): the
 * period something went on, not the day it was found out. */
const RANGE_AFTER = /^\s*(\([^)\n]{1,4}\))?\s*(から|より|~|～|〜|-|－)(?!\s*(の|連絡|報告|指摘|問い?合))/;
const RANGE_BEFORE = /(から|~|～|〜|-|－)\s*$/;
/** `2月24日(土)深夜に、…不正アクセスが発生していたことが判明`: the found-out thing had happened on the
 * date (the date with に, the time of the embedded event), so the date is the event's, not the
 * discovery's. A date with 、 (`2025年2月5日(水)、点検において…になっていたことが判明`) is when the
 * sentence's own verb, the finding, took place. */
const HAD_HAPPENED_BEFORE_CUE = /(て|で)(い|お)(た|りました)(こと|旨)(が|を)$/;
const EVENT_TIME_AFTER = /^\s*(\([^)\n]{1,4}\))?[^、。\n]{0,8}?に(?!は)/;
const DISCOVERY_CUE =
  /(判明|発覚|気づ|気付|確認し(た|ました)|確認いたしました|認知|発見|異常を確認|連絡を受け|報告を受け|指摘|申告)/;

const WEEKDAY_CODES = new Set([...'月火水木金土日'].map((c) => c.charCodeAt(0)));

/**
 * True when text[from, to) holds at least 6 characters besides brackets, spaces and weekdays
 * (`(火)`, `(月曜日)`): the sentence goes on to say what happened on the date. Counts instead of
 * deleting those with a regex replace, and stops at the sixth.
 */
function describedAfter(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0x29 || isSpace(code)) continue;
    if (WEEKDAY_CODES.has(code)) {
      if (text.startsWith('曜日', i + 1) && i + 3 <= to) i += 2;
      continue;
    }
    if (++n >= 6) return true;
  }
  return false;
}

/** Text that describes the event at a date: its sentence, or the next line on a timeline. */
function contextAt(ctx: PostContext, d: DateMention): string {
  const text = ctx.text;
  const sent = sentenceOf(ctx, d.start);
  if (describedAfter(text, d.end, sent.end)) return sent.text;
  const nextLine = text.slice(sent.end).match(/\n\s*([^\n]+)/);
  return sent.text + (nextLine ? nextLine[1] : '');
}

/** The 14 characters after `from`, cut at the first 、 or 。 (without splitting them). */
function clauseAfter(text: string, from: number): string {
  const to = Math.min(text.length, from + 14);
  let i = from;
  while (i < to && text.charCodeAt(i) !== 0x3001 /* 、 */ && text.charCodeAt(i) !== 0x3002 /* 。 */) i++;
  return text.slice(from, i);
}

function labelled(text: string, dates: DateMention[], label: RegExp): DateMention | undefined {
  return dates.find((d) => {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    // The label stands before the date on its line (a lead-in of 30 characters or more is no
    // label: not worth a regex), or alone on the line above a date that opens its line.
    if (d.start - lineStart < 30 && label.test(text.slice(lineStart, d.start))) return true;
    if (hasNonSpace(text, lineStart, d.start)) return false;
    const prevLines = text.slice(Math.max(0, lineStart - 40), lineStart);
    return label.test(
      prevLines
        .split('\n')
        .filter((l) => l.trim())
        .pop() ?? '',
    );
  });
}

/** True when the date opens or closes a range (see RANGE_AFTER). */
function inRange(text: string, d: DateMention): boolean {
  return (
    RANGE_AFTER.test(text.slice(d.end, d.end + 12)) ||
    RANGE_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start))
  );
}

/** True when the first discovery cue after the date, in its sentence, reports what had happened
 * on it (see HAD_HAPPENED_BEFORE_CUE). */
function hadHappened(ctx: PostContext, d: DateMention): boolean {
  if (!EVENT_TIME_AFTER.test(ctx.text.slice(d.end, d.end + 16))) return false;
  const sent = sentenceOf(ctx, d.start);
  const rest = ctx.text.slice(d.end, sent.end);
  const cue = DISCOVERY_CUE.exec(rest);
  return cue !== null && HAD_HAPPENED_BEFORE_CUE.test(rest.slice(0, cue.index));
}

interface Picked {
  iso: string | null;
  start: number;
  end: number;
  confidence: number;
  monthOnly?: boolean;
}

/** The body's dates up to publication, with the text that describes each: read once per post
 * (both dates, and the discovery date's check against the incident date, use them). */
const postDates = perPost((ctx) => {
  const published = ctx.header.publishedDate;
  const dates = datesOf(bodyDateMatches(ctx), published).filter((d) => !published || d.iso <= published);
  const contexts = new Map<DateMention, string>();
  const contextOf = (d: DateMention): string => {
    let c = contexts.get(d);
    if (c === undefined) contexts.set(d, (c = contextAt(ctx, d)));
    return c;
  };
  return { dates, contextOf };
});

const pickIncident = perPost((ctx) => pick(ctx, 'incident'));

function pick(ctx: PostContext, kind: 'incident' | 'discovery'): Picked {
  const text = ctx.text;
  const { dates, contextOf } = postDates(ctx);
  const label = labelled(text, dates, kind === 'incident' ? INCIDENT_LABEL : DISCOVERY_LABEL);
  if (label)
    return {
      iso: label.iso,
      start: label.start,
      end: label.end,
      confidence: label.precision === 'month' ? 0.6 : 0.9,
      monthOnly: label.precision === 'month',
    };
  const cue = kind === 'incident' ? INCIDENT_CUE : DISCOVERY_CUE;
  // `(2024年6月25日現在)`, `11月19日(火) 18時時点`: the date a status holds, not an event.
  const asOf = (d: DateMention) => /^[^。、]{0,14}(現在|時点)/.test(text.slice(d.end));
  let cands = dates.filter((d) => !asOf(d) && cue.test(contextOf(d)));
  if (kind === 'discovery') {
    const inc = pickIncident(ctx);
    if (inc.iso) cands = cands.filter((d) => d.iso >= inc.iso! && d.start !== inc.start);
    cands = cands.filter((d) => !inRange(text, d) && !hadHappened(ctx, d));
    // 「…2022 年 10 月 19 日に判明」: the cue right after the date names what the date is.
    const close = cands.filter((d) => DISCOVERY_CUE.test(clauseAfter(text, d.end)));
    if (close.length) cands = close;
  } else {
    cands = cands.filter((d) => !LATER_STEP_AFTER.test(clauseAfter(text, d.end)));
    // An incident sentence that is really about discovery (「…に判明」) is a weaker witness.
    const pure = cands.filter((d) => !DISCOVERY_CUE.test(contextOf(d)));
    if (pure.length) cands = pure;
  }
  if (!cands.length) return { iso: null, start: 0, end: 0, confidence: 0 };
  // Earliest first; a day-precise date wins a tie with its month (`7月` vs `7月19日`).
  const best = cands.reduce((a, b) =>
    b.iso < a.iso ||
    (b.iso.slice(0, 7) === a.iso.slice(0, 7) && a.precision === 'month' && b.precision !== 'month')
      ? b
      : a,
  );
  const monthOnly = best.precision === 'month';
  return {
    iso: best.iso,
    start: best.start,
    end: best.end,
    confidence: (best.explicitYear ? 0.7 : 0.55) - (monthOnly ? 0.15 : 0),
    monthOnly,
  };
}

const toResult = (p: Picked): ExtractorResult<string | null> => ({
  value: p.iso,
  evidence: p.iso ? [span(p.start, p.end)] : [],
  confidence: conf(p.confidence),
  ...(p.monthOnly
    ? {
        warnings: [
          {
            code: 'date_month_only',
            message: `the release gives only a month (${p.iso!.slice(0, 7)}); the day is set to 01`,
            span: span(p.start, p.end),
          },
        ],
      }
    : {}),
});

/** Date the incident happened (ISO), or null. */
export function extractIncidentDate(ctx: PostContext): ExtractorResult<string | null> {
  return toResult(pickIncident(ctx));
}

/** Date the incident was found out (ISO), or null. */
export function extractDiscoveryDate(ctx: PostContext): ExtractorResult<string | null> {
  return toResult(pick(ctx, 'discovery'));
}
