/**
 * Stage 4: the casebook header `【セキュリティ事件簿#2024-086】大阪市 … 2024/3/8`.
 * Works on the NFKC-normalised title line (so `＃`, `２０２４` and full-width spaces are plain);
 * spans are offsets into that line, which is also the start of the normalised post text.
 */
import type { RecordWarning, Span } from '@shared/record';
import type { PostHeader } from './types';

const HEADER = /^(\s*)【\s*セキュリティ事件簿\s*(?:#\s*(\d{4}(?:\s*-\s*\d{1,4})?))?[^】]*】/;

/** Trailing date: `2024/3/8`, `2024-03-08`, `2023年2月9日`, `令和6年9月12日`, with an optional weekday. */
const TRAILING_DATE =
  /(?<![\d/.-])(?:(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})|(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(令和|平成)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)\s*(?:\(\s*[月火水木金土日]\s*\))?\s*$/;

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988 };

export interface HeaderResult {
  header: PostHeader;
  warnings: RecordWarning[];
}

/** ISO date, or null when the parts do not make a real calendar date. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2199) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function trimmedSpan(line: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Parses a casebook header line; for any other title line, the whole line is the title. */
export function parseHeader(line: string): HeaderResult {
  const warnings: RecordWarning[] = [];
  const m = HEADER.exec(line);
  if (!m) {
    if (/^\s*【\s*セキュリティ事件簿/.test(line))
      warnings.push({ code: 'malformed_header', message: 'the casebook header has no closing 】' });
    const titleSpan = trimmedSpan(line, 0, line.length);
    return {
      header: {
        caseId: null,
        caseIdSpan: null,
        title: collapse(line.slice(titleSpan.start, titleSpan.end)),
        titleSpan,
        publishedDate: null,
        publishedDateSpan: null,
      },
      warnings,
    };
  }
  let caseId: string | null = null;
  let caseIdSpan: Span | null = null;
  if (m[2] !== undefined) {
    caseId = m[2].replace(/\s+/g, '');
    const at = line.indexOf(m[2], m[1]!.length);
    caseIdSpan = { start: at, end: at + m[2].length };
    if (!/^\d{4}-\d+$/.test(caseId))
      warnings.push({
        code: 'incomplete_case_id',
        message: `case id "#${caseId}" has no serial number (expected YYYY-NNN)`,
        span: caseIdSpan,
      });
  } else {
    const span = { start: m[1]!.length, end: m[0].length };
    warnings.push({ code: 'no_case_id', message: 'the casebook header has no case id', span });
  }

  const restStart = m[0].length;
  const rest = line.slice(restStart);
  let titleEnd = line.length;
  let publishedDate: string | null = null;
  let publishedDateSpan: Span | null = null;
  // The date is at the very end: match on the tail only (the regex is anchored there anyway).
  const tailStart = Math.max(0, rest.length - 48);
  const d = TRAILING_DATE.exec(rest.slice(tailStart));
  if (d && rest.slice(0, tailStart + d.index).trim() !== '') {
    titleEnd = restStart + tailStart + d.index;
    publishedDateSpan = trimmedSpan(line, titleEnd, line.length);
    if (d[1]) publishedDate = isoDate(Number(d[1]), Number(d[2]), Number(d[3]));
    else if (d[4]) publishedDate = isoDate(Number(d[4]), Number(d[5]), Number(d[6]));
    else if (d[7]) {
      const year = d[8] === '元' ? 1 : Number(d[8]);
      publishedDate = isoDate(ERA_BASE[d[7]]! + year, Number(d[9]), Number(d[10]));
    }
    if (!publishedDate)
      warnings.push({
        code: 'invalid_published_date',
        message: `"${line.slice(publishedDateSpan.start, publishedDateSpan.end)}" is not a valid date`,
        span: publishedDateSpan,
      });
  } else {
    warnings.push({ code: 'no_published_date', message: 'the header has no published date at its end' });
  }
  const titleSpan = trimmedSpan(line, restStart, titleEnd);
  const title = collapse(line.slice(titleSpan.start, titleSpan.end));
  if (!title) warnings.push({ code: 'empty_title', message: 'the header has no title after 】' });
  return {
    header: {
      caseId,
      caseIdSpan,
      title,
      titleSpan,
      publishedDate,
      publishedDateSpan: publishedDate ? publishedDateSpan : null,
    },
    warnings,
  };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
