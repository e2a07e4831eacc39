/**
 * Text helpers shared by the field extractors: regex scanning with spans, sentence and line
 * segmentation, the title/lead/body zones of a post, and the "data zones" that follow headings
 * such as 【漏えいのおそれのある個人情報】. Everything works on `PostContext.text` offsets.
 */
import type { Span } from '@shared/record';
import type { PostContext } from '../types';

export interface Match {
  text: string;
  start: number;
  end: number;
  groups: (string | undefined)[];
}

/** A global copy of an extractor's regex, compiled once, and whether it may look before a match. */
interface Compiled {
  g: RegExp;
  /** `^`, `\b`, `\B` or a lookbehind: its matches depend on the text before the match start. */
  looksBehind: boolean;
}
const COMPILED = new WeakMap<RegExp, Compiled>();

function compiled(re: RegExp): Compiled {
  let c = COMPILED.get(re);
  if (!c) {
    const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
    // Escapes other than \b/\B and character classes ([^。]) cannot look behind: drop them first.
    const bare = re.source
      .replace(/\\./g, (e) => (e === '\\b' || e === '\\B' ? '^' : ''))
      .replace(/\[[^\]]*\]/g, '');
    const looksBehind = /\^|\(\?<[=!]/.test(bare) || re.multiline || re.sticky;
    c = { g: new RegExp(re.source, flags), looksBehind };
    COMPILED.set(re, c);
  }
  return c;
}

/**
 * All matches of `re` (made global) in text[from, to), with absolute offsets. The global copy is
 * compiled once per regex (recompiling per call was a third of the parse time). The text is only
 * sliced when the result could differ from scanning the whole text: a range that stops before the
 * end (a match must not run past `to`), or a regex that looks before its match (`^`, lookbehind).
 */
export function matchAll(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const { g, looksBehind } = compiled(re);
  const whole =
    to >= text.length &&
    from <= text.length &&
    (from === 0 || !looksBehind) &&
    !(g.unicode && splitsPair(text, from));
  const s = whole ? text : text.slice(from, to);
  const base = whole ? 0 : from;
  const out: Match[] = [];
  g.lastIndex = whole ? from : 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) {
    const start = base + m.index;
    out.push({ text: m[0], start, end: start + m[0].length, groups: m.slice(1) });
    // An empty match would match again at the same place (String#matchAll steps over it).
    if (m[0] === '') g.lastIndex = advance(s, g.lastIndex, g.unicode);
  }
  return out;
}

/** Offset `i` falls between the two halves of a surrogate pair (a /u regex would back up). */
function splitsPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const b = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
}

/**
 * `matchAll(re, text, from)` for a regex like `[漢字カナ]{2,30}株式会社`, which tries up to 30
 * characters at every position of the text (40 ns a character): every match of `re` must
 * contain a hit of `anchor` (株式会社) at least two characters after its start, and every
 * character before that hit must pass `inRun`. Only the positions in the run of such characters
 * right before each anchor hit are tried, with a sticky copy of `re`, in order, so the matches are
 * the ones the plain scan finds.
 */
export function matchAllAnchored(
  re: RegExp,
  anchor: RegExp,
  inRun: (code: number) => boolean,
  text: string,
  from = 0,
): Match[] {
  const sticky = stickyCopy(re);
  if (sticky.unicode && splitsPair(text, from)) return matchAll(re, text, from);
  const a = compiled(anchor).g;
  const out: Match[] = [];
  let earliest = from; // no match starts before this
  a.lastIndex = from;
  let hit: RegExpExecArray | null;
  scan: while ((hit = a.exec(text)) !== null) {
    const q = hit.index;
    let p = q;
    while (p > earliest && inRun(text.charCodeAt(p - 1))) p--;
    for (; p < q; p++) {
      if (sticky.unicode && p > from && splitsPair(text, p)) continue; // a scan steps over pairs
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length, groups: m.slice(1) });
        earliest = a.lastIndex = m.index + m[0].length;
        continue scan;
      }
    }
    // No match starts before this hit; one starting at it needs a later hit.
    earliest = q;
    a.lastIndex = q + 1;
  }
  return out;
}

const STICKY = new WeakMap<RegExp, RegExp>();
function stickyCopy(re: RegExp): RegExp {
  let y = STICKY.get(re);
  if (!y) STICKY.set(re, (y = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y')));
  return y;
}

export const span = (start: number, end: number): Span => ({ start, end });

/**
 * Memoises a pure function of a post: every extractor that needs the post's lines, sentences or
 * data zones shares one computation. Posts are parsed one after another, so the cache holds the
 * last post only (a WeakMap per helper cost a hash lookup per call and ephemeron work in every
 * young-generation GC); another post simply recomputes. Callers must treat the result as
 * read-only.
 */
export function perPost<T>(compute: (ctx: PostContext) => T): (ctx: PostContext) => T {
  let lastCtx: PostContext | null = null;
  let lastValue: T | undefined;
  return (ctx) => {
    if (ctx !== lastCtx) {
      // Forget the previous post first: if compute throws, no stale value is left behind.
      lastCtx = null;
      lastValue = compute(ctx);
      lastCtx = ctx;
    }
    return lastValue as T;
  };
}

/** Span of the title text inside ctx.text (falls back to the first line). */
export function titleRange(ctx: PostContext): Span {
  const s = ctx.header.titleSpan;
  if (s && s.end > s.start && s.end <= ctx.text.length) return s;
  const nl = ctx.text.indexOf('\n');
  return span(0, nl < 0 ? ctx.text.length : nl);
}

/** Offset where the body starts (after the header line). */
export function bodyStart(ctx: PostContext): number {
  if (ctx.bodyStart > 0 && ctx.bodyStart <= ctx.text.length) return ctx.bodyStart;
  const nl = ctx.text.indexOf('\n');
  return nl < 0 ? ctx.text.length : nl + 1;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
}

/** Sentences: split after 。 and at line breaks. Empty pieces are dropped. */
export function sentences(text: string, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 /* 。 */ || c === 0x0a) {
      const e = c === 0x0a ? i : i + 1;
      if (hasNonSpace(text, s, e)) out.push({ text: text.slice(s, e), start: s, end: e });
      s = i + 1;
    }
  }
  if (s < to && hasNonSpace(text, s, to)) out.push({ text: text.slice(s, to), start: s, end: to });
  return out;
}

/** The body's sentences, shared by the extractors of one post. */
export const bodySentences = perPost((ctx) => sentences(ctx.text, bodyStart(ctx)));

/** The body's lines, shared by the extractors of one post. */
export const bodyLines = perPost((ctx) => lines(ctx.text, bodyStart(ctx)));

/** True when text[from, to) holds a character that `trim()` keeps (without slicing it out). */
export function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** The code units `\s` and `String#trim` treat as white space. */
export function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The sentence containing offset `pos`. */
export function sentenceAt(text: string, pos: number): Segment {
  let s = pos;
  while (s > 0 && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < text.length && !endsSentence(text.charCodeAt(e))) e++;
  if (e < text.length && text.charCodeAt(e) === 0x3002 /* 。 */) e++;
  return { text: text.slice(s, e), start: s, end: e };
}

const endsSentence = (c: number): boolean => c === 0x3002 /* 。 */ || c === 0x0a;

/**
 * `sentenceAt(ctx.text, pos)`, looked up among the body's sentences (computed once per post)
 * instead of scanned out of the text and sliced for every match; a position outside them (in the
 * title, or on a blank) is scanned as before.
 */
export function sentenceOf(ctx: PostContext, pos: number): Segment {
  const ss = bodySentences(ctx);
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const seg = ss[lo - 1];
  // The first body sentence starts where the body does: the same as a scan only after a break.
  const bounded = seg && (seg.start === 0 || endsSentence(ctx.text.charCodeAt(seg.start - 1)));
  return seg && pos < seg.end && bounded ? seg : sentenceAt(ctx.text, pos);
}

/** Lines with their offsets (without the trailing "\n"). */
export function lines(text: string, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  // Jumps from line break to line break (a native search) rather than reading every unit.
  for (let s = from; s <= to;) {
    let i = text.indexOf('\n', s);
    if (i < 0 || i > to) i = to;
    out.push({ text: text.slice(s, i), start: s, end: i });
    s = i + 1;
  }
  return out;
}

/**
 * Clauses: a sentence cut where a contrast or a new predicate starts (`…のみであり、`,
 * `…ですが、`), so that 「メールアドレスのみであり、氏名…は含まれておりません」 yields a positive
 * and a negated clause.
 */
export function clauses(seg: Segment): Segment[] {
  const t = seg.text;
  const out: Segment[] = [];
  let s = 0;
  // Blank pieces are dropped: tested in place rather than trimmed out.
  const piece = (e: number, end = seg.start + e) => {
    if (hasNonSpace(t, s, e)) out.push({ text: t.slice(s, e), start: seg.start + s, end });
    s = e;
  };
  CLAUSE_END.lastIndex = 0;
  for (let m; (m = CLAUSE_END.exec(t)) !== null;) piece(m.index + m[0].length);
  piece(t.length, seg.end);
  return out;
}
const CLAUSE_END =
  /(であり|ですが|ますが|ものの|であるが|でしたが|ましたが|ていたが|いるが|おらず|ておらず)、/g;

/** True when offset pos lies inside (…) or 「…」 on its line. */
export function inParens(text: string, pos: number): boolean {
  let depth = 0;
  // Char codes, not text[i]: a one-character string of a kana or kanji is a new string each time.
  for (let i = pos - 1; i >= 0 && text.charCodeAt(i) !== 0x0a; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29 /* ) */ || c === 0x300d /* 」 */ || c === 0x3011 /* 】 */) depth--;
    else if (c === 0x28 /* ( */ || c === 0x300c /* 「 */ || c === 0x3010 /* 【 */) {
      if (depth === 0) return true;
      depth++;
    }
  }
  return false;
}

// A numbered or bracketed heading prefix as it looks after NFKC: `1.`, `2 `, `(3)`, `第1`,
// `ア `, `○`, `●`, `■`, `<…>`, `【…】`. `第5学年…`, `第3回…`, `第2報…` open prose or list lines,
// not sections: an ordinal followed by its counter word is not a heading number.
const HEADING_PREFIX =
  /^\s*(?:\d{1,2}(?:\s*[.、)]\s*|\s+)(?![\d年月日時分])|\(\d{1,2}\)\s*|第\d+(?!\d|\s*(?:学年|学期|年|回|期|号|報|者|位|次|弾))\s*|[ア-コ]\s+|[○●■□◆◇▼▽<【]|[一二三四五六七八九十]+[.、\s])/;

/** A line that looks like a heading: short, no sentence end, or a numbered/bracketed prefix. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 50) return false;
  if (/[。]$/.test(t)) return false;
  if (/^[・•\-‐-]/.test(t)) return false;
  return HEADING_PREFIX.test(t) || t.length <= 20;
}

/** Nouns that make a heading announce a list of affected data or people; `範囲` with an event
 * word (`■影響範囲`, `対象範囲`, `流出の範囲`) announces whom it reached. */
const DATA_HEAD_NOUN = /(個人情報|情報|項目|内容|データ|該当|対象|件数|人数|の数|文書|書類|資料|範囲|内訳)/;
/** Words that make such a heading about a leak/exposure. */
const DATA_HEAD_EVENT =
  /(漏えい|漏洩|流出|流失|閲覧|誤送信|送付|送信|含まれ|記載|記録|紛失|廃棄|おそれ|恐れ|可能性|対象|該当|件数|人数|の数|内訳|項目|内容|影響|保存|格納|登録|表示|掲載|公開|封入|交付|配布|配付|盗難|盗まれ|持ち出|窃取|所在(が)?不明|行方不明)/;
/** Short lines that open a new, non-data section and so end a data zone. */
const ZONE_STOP =
  /(原因|経緯|経過|対応|再発防止|今後|問い?合わ?せ|対策|期間|概要|お詫び|発覚|判明|状況|送信先|発生日|発生場所|確認日|備考|その他|認知)/;

/** Headings about what was done or will be done, even when they mention the data, and about
 * the incident itself (`■事案の内容`: what happened, not what leaked). A document
 * (`通知書に記載されていた情報`, `報告書に含まれる項目`) is not the act of notifying or reporting. */
const DATA_HEAD_EXCLUDE =
  /((事案|事故|事象|事件|本件)の?(内容|概要)|調査(の)?(内容|方法)|削除|依頼(?!書)|通知(?!書)|対応|防止|原因|経緯|お詫び|謝罪|連絡(?!票|帳)|報告(?!書)|説明(?!書)|二次被害|被害状況|問い?合わ?せ|今後)/;

/** A numbered line that ends in its count (`(1)配車サービスをご利用のお客様 46,950件`), also with 万/千
 * or in brackets (`(1)お客様に関する情報(約2万9千件)`). */
const COUNTED_ENTRY = /\d[\d,]*\s*(?:[万千]\s*(?:\d[\d,]*\s*[千百]?)?)?\s*(件|名|人)分?\s*\)?$/;
/** A numbered line of a data zone that lists items itself (`(2)教職員 48 名分:氏名、メールアドレス`). */
const isItemEntry = (t: string): boolean =>
  HEADING_PREFIX.test(t) && !ZONE_STOP.test(t) && (/[::、]./.test(t) || COUNTED_ENTRY.test(t));

export interface Zone {
  heading: Segment;
  start: number;
  end: number;
}

/** A sentence that points to the list below it (`記載されていた情報は下記のとおりです。`, `…は以下の通り
 * となります`): a heading in prose. */
const POINTS_BELOW =
  /^[^。]{4,60}(下記|以下)の?(とおり|通り)(です|でございます|となります|となっております)?。?$/;

/** True when a heading line announces affected data/people (`2.漏えいした個人情報`). */
export function isDataHeading(line: string): boolean {
  const t = line.trim();
  if (!(isHeadingLine(t) || POINTS_BELOW.test(t)) || !DATA_HEAD_NOUN.test(t) || !DATA_HEAD_EVENT.test(t))
    return false;
  // `流出等の可能性のある個人情報とお客様への対応` still announces the data.
  return !DATA_HEAD_EXCLUDE.test(t) || /(漏えい|漏洩|流出|流失)[^、。]*(個人情報|情報)/.test(t);
}

/** A horizontal rule line (`-----`, `━━━━━`, `=====`; the text is NFKC). */
const RULE_LINE = /^\s*[-─━=―]{5,}\s*$/;
/** How many lines apart two rule lines may be and still frame one quotation. */
const MAX_QUOTED_LINES = 80;

/**
 * Spans framed by two horizontal rule lines: a quoted message (the text of a phishing mail, a
 * notice as it was sent), whose lines say what the message said, not which data leaked. Rule
 * lines pair up in order; one left unpaired frames nothing.
 */
const ruledQuotations = perPost((ctx: PostContext): Span[] => {
  const quoted: Span[] = [];
  let open: { end: number; index: number } | null = null;
  bodyLines(ctx).forEach((l, index) => {
    if (!RULE_LINE.test(l.text)) return;
    if (open && index - open.index <= MAX_QUOTED_LINES) {
      quoted.push(span(open.end, l.start));
      open = null;
    } else open = { end: l.end, index };
  });
  return quoted;
});

export const inRuledQuotation = (ctx: PostContext, pos: number): boolean =>
  ruledQuotations(ctx).some((q) => pos >= q.start && pos < q.end);

/**
 * Data zones: from a data heading to the next heading that starts another topic (or 40
 * lines). Bullet lines and table cells inside stay in the zone. A heading inside a quoted
 * message (`ご注文内容` in a sample of the phishing mail) opens none.
 */
export const dataZones = perPost((ctx: PostContext): Zone[] => {
  const ls = bodyLines(ctx);
  const zones: Zone[] = [];
  for (let i = 0; i < ls.length; i++) {
    const head = ls[i]!;
    if (!isDataHeading(head.text) || inRuledQuotation(ctx, head.start)) continue;
    let end = head.end;
    let n = 0;
    for (let j = i + 1; j < ls.length && n < 40; j++) {
      const l = ls[j]!;
      const t = l.text.trim();
      if (!t) continue;
      n++;
      if (isDataHeading(t)) {
        end = l.end;
        continue;
      }
      // Bullets and ア/イ items are entries of the zone, not new headings.
      if (/^([・•-]|[ア-コ]\s)/.test(t)) {
        end = l.end;
        continue;
      }
      // `(1)学生 1,932 名分:氏名、学籍番号`: a numbered entry that carries its own items (a colon
      // or a 、 list) lists data; a heading names a topic.
      if (isHeadingLine(t) && (HEADING_PREFIX.test(t) || ZONE_STOP.test(t)) && !isItemEntry(t)) break;
      end = l.end;
    }
    zones.push({ heading: head, start: head.start, end });
  }
  return zones;
});

export function inZone(zones: Zone[], pos: number): Zone | undefined {
  for (const z of zones) if (pos >= z.start && pos < z.end) return z;
  return undefined;
}

/** Lead: the body's first paragraphs up to the first numbered heading (max 600 chars). */
export function leadRange(ctx: PostContext): Span {
  const start = bodyStart(ctx);
  const end = Math.min(ctx.text.length, start + 600);
  // The body's lines (shared), the one that runs past `end` cut there.
  for (const l of bodyLines(ctx)) {
    if (l.start > end) break;
    const t = l.end > end ? ctx.text.slice(l.start, end) : l.text;
    if (l.start > start + 20 && isHeadingLine(t) && HEADING_PREFIX.test(t.trim()))
      return span(start, l.start);
  }
  return span(start, end);
}

/** Clamp to [0,1] and round to two decimals so confidences print cleanly. */
export const conf = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/**
 * The owner of a login that is the organisation's own, right before its credentials
 * (`管理者アカウント1件のIDおよびパスワード`, `従業員のメールアカウントの認証情報`, `管理用のID・パスワード`):
 * those credentials are how an attacker got in, not personal data of the people concerned.
 */
const STAFF_LOGIN =
  '((管理者|管理用|運営者|システム管理)|(従業員|職員|社員|教職員|教員|担当者|スタッフ)(の|用)?(メール)?アカウント)';
/** Ends right before a credentials term owned by a staff or admin login (see STAFF_LOGIN). */
export const STAFF_CREDENTIALS_OWNER = new RegExp(`${STAFF_LOGIN}[^。、\\n]{0,14}$`);
/** Ends right before a leak verb whose subject is such credentials (`管理者のIDとパスワードが外部に`). */
export const STAFF_CREDENTIALS_SUBJECT = new RegExp(
  `${STAFF_LOGIN}[^。、\\n]{0,14}(ID|パスワード|認証情報|アカウント情報|ログイン情報)[^。、\\n]{0,20}$`,
);
