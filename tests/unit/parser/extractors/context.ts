/**
 * Builds a PostContext the way the parser does, for extractor tests and the dev scorer:
 * NFKC-normalised text, header parsed with a simple regex, body after the first line,
 * no sections.
 */
import type { PostContext } from '../../../../src/main/parser/types';

const HEADER = /^【セキュリティ事件簿#([0-9-]+)】\s*(.*?)\s*(?:(\d{4})[/年](\d{1,2})[/月](\d{1,2})日?)?\s*$/;

export function makeContext(raw: string): PostContext {
  const text = raw.normalize('NFKC').replace(/\r\n?/g, '\n');
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const m = HEADER.exec(first);
  const title = m ? m[2]! : first.trim();
  const titleStart = text.indexOf(title);
  const pad = (s: string) => s.padStart(2, '0');
  return {
    text,
    header: {
      caseId: m ? m[1]! : null,
      caseIdSpan: null,
      title,
      titleSpan: { start: titleStart, end: titleStart + title.length },
      publishedDate: m && m[3] ? `${m[3]}-${pad(m[4]!)}-${pad(m[5]!)}` : null,
      publishedDateSpan: null,
    },
    bodyStart: nl < 0 ? text.length : nl + 1,
    sections: [],
  };
}
