/**
 * Heading markers shared by the post splitter (a numbered heading is never a post title) and the
 * section finder. Works on one NFKC-normalised line; the raw line tells circled numbers apart,
 * since NFKC turns `①` into `1` and `⑴` into `(1)`.
 */

export interface HeadingMarker {
  /** Numbering family: `dai` (第1), `num` (1 / 1.), `paren` ((1)), `pcirc` (⑴), `circled` (①), `kana` (ア), `bracket:【`, `sym:■`. */
  style: string;
  /** Position in its numbering family, when it has one. */
  number: number | null;
  /** Heading text after the marker. */
  text: string;
  /** Offset of the heading text in the trimmed line. */
  textOffset: number;
}

const KANJI_DIGITS: Record<string, number> = {
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

export function kanjiNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const tens = m[2] ? (m[1] ? KANJI_DIGITS[m[1]]! : 1) : 0;
  const ones = m[2] ? (m[3] ? KANJI_DIGITS[m[3]]! : 0) : m[1] ? KANJI_DIGITS[m[1]]! : 0;
  return tens * 10 + ones || null;
}

// `第1 概要`, `第二章 …`; not `第5学年の…`, `第三者機関による…`, `第2報`: an ordinal with its
// counter word opens a sentence or a list line.
const DAI =
  /^第\s*([0-9]+|[一二三四五六七八九十]+)(?![0-9一二三四五六七八九十]|\s*(?:学年|学期|年|回|期|号|報|者|位|次|弾))\s*[章節項]?[\s.、:]*/;
const NUM_DOT = /^(\d{1,2})\s*[.、](?![\d])\s*/;
// `1 経緯`, but not `8 月 19 日` or `2 件`: a unit right after the number is a quantity.
const NUM_SPACE = /^(\d{1,2})\s+(?![年月日時分秒件名人社個台枚回通%])/;
const PAREN = /^\((\d{1,2})\)\s*/;
const KANA = /^([アイウエオカキクケコサシスセソタチツテト])[\s、.]\s*/;
const SYMBOL = /^([■□◆◇●○◎◯▼▽▲△☆★])\s*/;
const BRACKETED = /^([【[<〈《(])\s*([^【[<〈《()\]>〉》】]+?)\s*([】\]>〉》)])$/;
const CLOSE: Record<string, string> = { '【': '】', '[': ']', '<': '>', '〈': '〉', '《': '》', '(': ')' };

const CIRCLED_DIGIT = /^[\u2460-\u2473]/; // ①..⑳
const PAREN_DIGIT = /^[\u2474-\u2487]/; // ⑴..⒇

/** Cheap test on the raw line: can its first character start a heading marker at all? */
const HEADING_START =
  /^[\s\u3000]*[0-9０-９第(（\u2460-\u2487アイウエオカキクケコサシスセソタチツテト■□◆◇●○◎◯▼▽▲△☆★【[［<＜〈《]/;
export function mayStartHeading(raw: string): boolean {
  return HEADING_START.test(raw);
}

/** Parses a heading marker at the start of a trimmed, normalised line; null when there is none. */
export function headingMarker(norm: string, raw: string): HeadingMarker | null {
  const rawTrim = raw.trimStart();
  let m: RegExpExecArray | null;
  if ((m = DAI.exec(norm)) && m[0].length < norm.length)
    return {
      style: 'dai',
      number: kanjiNumber(m[1]!),
      text: norm.slice(m[0].length),
      textOffset: m[0].length,
    };
  if ((m = PAREN.exec(norm)) && m[0].length < norm.length)
    return {
      style: PAREN_DIGIT.test(rawTrim) ? 'pcirc' : 'paren',
      number: Number(m[1]),
      text: norm.slice(m[0].length),
      textOffset: m[0].length,
    };
  if ((m = NUM_DOT.exec(norm) ?? NUM_SPACE.exec(norm)) && m[0].length < norm.length)
    return {
      style: CIRCLED_DIGIT.test(rawTrim) ? 'circled' : 'num',
      number: Number(m[1]),
      text: norm.slice(m[0].length),
      textOffset: m[0].length,
    };
  if (CIRCLED_DIGIT.test(rawTrim) && (m = /^\d{1,2}\s*/.exec(norm)) && m[0].length < norm.length)
    return {
      style: 'circled',
      number: Number(m[0].trim()),
      text: norm.slice(m[0].length),
      textOffset: m[0].length,
    };
  if ((m = KANA.exec(norm)) && m[0].length < norm.length)
    return {
      style: 'kana',
      number: 'アイウエオカキクケコサシスセソタチツテト'.indexOf(m[1]!) + 1,
      text: norm.slice(m[0].length),
      textOffset: m[0].length,
    };
  if ((m = SYMBOL.exec(norm)) && m[0].length < norm.length)
    return { style: `sym:${m[1]}`, number: null, text: norm.slice(m[0].length), textOffset: m[0].length };
  if ((m = BRACKETED.exec(norm)) && CLOSE[m[1]!] === m[3])
    return { style: `bracket:${m[1]}`, number: null, text: m[2]!, textOffset: norm.indexOf(m[2]!) };
  return null;
}

/** Bullets and notes start list items, never titles or headings. */
export const LIST_MARKER = /^[・•◦‣\-–—※*＊→>]/;
