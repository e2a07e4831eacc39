/**
 * Stage 5: section headings in a post body, classified into SECTION_KINDS.
 *
 * Heading levels are not fixed per style: the first numbering style met is the top level, a new
 * style seen below it nests, and a style already open closes everything opened after it (how
 * outline numbering is read: `1 概要` → `(1) 発生日` → `2 原因` closes the `(1)`). A section spans
 * from the end of its heading line to the next heading of the same or a higher level.
 */
import type { Section, SectionKind } from '@shared/record';
import { hasNonSpace, isSpace } from './extractors/text';
import { headingMarker, mayStartHeading } from './headings';

const MAX_HEADING_TEXT = 40;
const MAX_PLAIN_HEADING = 20;
const MAX_BRACKET_HEADING = 25;

/** Most specific first: `再発防止に向けた対応` is countermeasures, not response. */
const KIND_RULES: [SectionKind, RegExp][] = [
  ['contact', /問い?合わ?せ|問合せ|窓口|連絡先/],
  [
    'countermeasures',
    /再発防止|防止策|防止対策|今後の対策|今後の対応|今後の取り?組|今後について|改善策|対策/,
  ],
  ['cause', /原因/],
  ['timeline', /経緯|経過|時系列|発生状況|発覚|発生日|発生日時|発生期間/],
  ['impact', /被害|影響|二次/],
  [
    'data',
    /(?:漏え?い|漏洩|流出|流失|誤送信|誤送付|送付され|紛失|盗難|盗ま|閲覧|含まれ|持ち出さ|(?:記載|記録|保存|掲載|表示|印字|格納)さ).*(?:情報|内容|項目|データ)|個人情報の(?:内容|項目|数)|対象(?:者|となる|の情報)|情報の(?:内容|項目)|漏えい状況|漏洩状況/,
  ],
  ['response', /対応|対処|措置|お詫び|謝罪|報告|連絡|通知|お願い/],
  ['overview', /概要|要旨|事案の内容|事故の内容|事案について|本件について|はじめに|発生事象/],
];

export function classifyHeading(text: string): SectionKind {
  const t = text.replace(/\s+/g, '');
  for (const [kind, re] of KIND_RULES) if (re.test(t)) return kind;
  return 'other';
}

interface Found {
  style: string;
  kind: SectionKind;
  heading: string;
  start: number;
  end: number;
}

/** Lines longer than this are paragraphs: skipped without slicing (most of a post). */
const MAX_LINE_FOR_HEADING = 64;

/**
 * Finds section headings in `text` (the normalised post) from `bodyStart` on. `rawLines` are the
 * original post's lines, one per line of `text` (NFKC never adds or removes line breaks); they tell
 * `①` from `1` and give the heading as written.
 */
export function findSections(text: string, bodyStart: number, rawLines?: readonly string[]): Section[] {
  const found: Found[] = [];
  let lineStart = 0;
  let lineIndex = 0;
  let prevBlank = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineStart >= bodyStart) {
      const len = lineEnd - lineStart;
      if (len === 0) prevBlank = true;
      else if (len > MAX_LINE_FOR_HEADING) prevBlank = false;
      else if (!prevBlank && rawLines?.[lineIndex] !== undefined && !mayStartHeading(rawLines[lineIndex]!)) {
        // Neither marked nor after a blank line: not a heading, and only its blankness matters.
        prevBlank = !hasNonSpace(text, lineStart, lineEnd);
      } else {
        const line = text.slice(lineStart, lineEnd);
        const trimmed = line.trim();
        if (trimmed === '') prevBlank = true;
        else {
          const rawLine = rawLines?.[lineIndex] ?? line;
          const h = headingOf(trimmed, rawLine, prevBlank);
          if (h) {
            const lead = line.length - line.trimStart().length;
            found.push({
              style: h.style,
              kind: h.kind,
              // As written (`①発生`, not NFKC's `1発生`): the heading is shown to the librarian.
              heading: rawLine.trim(),
              start: lineStart + lead,
              end: lineStart + lead + trimmed.length,
            });
          }
          prevBlank = false;
        }
      }
    }
    lineStart = lineEnd + 1;
    lineIndex++;
  }
  return nest(found, text);
}

function headingOf(
  trimmed: string,
  raw: string,
  prevBlank: boolean,
): { style: string; kind: SectionKind } | null {
  if (trimmed.length > MAX_HEADING_TEXT + 8 || trimmed.endsWith('。')) return null;
  const m = mayStartHeading(raw) ? headingMarker(trimmed, raw) : null;
  if (m) {
    const text = m.text.trim();
    if (text.length === 0 || text.length > MAX_HEADING_TEXT) return null;
    const kind = classifyHeading(text);
    if (m.style.startsWith('bracket:')) {
      // A bracketed list of fields (`<募集人ID、受験者姓名、…>`) is data, not a heading.
      if (text.length > MAX_BRACKET_HEADING || (text.match(/、/g)?.length ?? 0) > 1) return null;
    }
    // `ア 入院患者(4人)の氏名…` is a list item unless it names a known section.
    if (m.style === 'kana' && kind === 'other') return null;
    return { style: m.style, kind };
  }
  // Unmarked heading: a short line after a blank that names a known section (`概要`, `原因`).
  if (!prevBlank || trimmed.length > MAX_PLAIN_HEADING || /[、,。:]/.test(trimmed)) return null;
  const kind = classifyHeading(trimmed);
  return kind === 'other' ? null : { style: 'plain', kind };
}

function nest(found: Found[], text: string): Section[] {
  const sections: Section[] = [];
  const stack: { style: string; index: number }[] = [];
  const ends: number[] = new Array<number>(found.length).fill(text.length);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const at = stack.findIndex((s) => s.style === f.style);
    if (at >= 0) {
      for (let k = at; k < stack.length; k++) ends[stack[k]!.index] = f.start;
      stack.length = at;
    }
    stack.push({ style: f.style, index: i });
  }
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    let bodyStart = Math.min(text.length, f.end + 1);
    let bodyEnd = Math.max(bodyStart, ends[i]!);
    while (bodyStart < bodyEnd && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
    while (bodyEnd > bodyStart && isSpace(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
    sections.push({
      kind: f.kind,
      heading: f.heading,
      headingSpan: { start: f.start, end: f.end },
      span: { start: bodyStart, end: bodyEnd },
    });
  }
  return sections;
}
