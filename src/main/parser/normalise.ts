/**
 * Stage 2: NFKC normalisation that remembers where every normalised offset came from.
 *
 * NFKC changes lengths (`…` → `...`, `⑴` → `(1)`, `ｶﾞ` → `ガ`), so extractor spans over the
 * normalised text must be mapped back before they are shown on the original. We normalise chunk by
 * chunk (a base character plus the marks that may compose with it) and record only the chunks
 * whose length changed; everything between them is a constant shift.
 */

export type Bias = 'start' | 'end';

export interface NormalisedText {
  text: string;
  /**
   * Original offset for a normalised offset. Inside a chunk that NFKC expanded (`⑴` → `(1)`),
   * `start` maps to the chunk's start and `end` to its end, so a mapped span always covers
   * whole original characters.
   */
  toOriginal(offset: number, bias?: Bias): number;
}

/** Zero-width characters that only get in the way of matching: dropped. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Code units NFKC leaves alone on their own: the bulk of Japanese text takes this fast path. */
function isStable(c: number): boolean {
  if (c < 0x80) return c >= 0x20 || c === 0x0a || c === 0x09;
  if (c >= 0x4e00) return c <= 0x9fff || (c >= 0xac00 && c <= 0xd7a3);
  if (c >= 0x3041 && c <= 0x3096) return true; // hiragana
  if (c >= 0x30a1 && c <= 0x30fe) return true; // katakana, ・ ー ヽ ヾ
  if (c >= 0x3001 && c <= 0x301c) return true; // 、。々〆〇〈〉「」『』【】〜
  return c >= 0x3400 && c <= 0x4dbf;
}

const MARK = /\p{M}/u;

/** Characters that compose with the one before them (combining marks, half-width voicing marks). */
function isContinuation(c: number): boolean {
  if (c < 0x0300) return false;
  if (c <= 0x036f) return true;
  if (c === 0x3099 || c === 0x309a || c === 0xff9e || c === 0xff9f) return true;
  if (c >= 0x302a && c <= 0x302f) return true;
  if (c >= 0x3000 && c <= 0x9fff) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return MARK.test(String.fromCharCode(c));
}

export function normaliseWithMap(s: string): NormalisedText {
  const parts: string[] = [];
  const normStarts: number[] = [];
  const normEnds: number[] = [];
  const origStarts: number[] = [];
  const origEnds: number[] = [];
  const n = s.length;
  let outLen = 0;
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isStable(c) && (i + 1 >= n || !isContinuation(s.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    if (i > runStart) {
      parts.push(s.slice(runStart, i));
      outLen += i - runStart;
    }
    let end = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && end < n) {
      const d = s.charCodeAt(end);
      if (d >= 0xdc00 && d <= 0xdfff) end++;
    }
    while (end < n && isContinuation(s.charCodeAt(end))) end++;
    const chunk = s.slice(i, end);
    const norm = end === i + 1 && isZeroWidth(c) ? '' : chunk.normalize('NFKC');
    parts.push(norm);
    if (norm.length !== chunk.length) {
      normStarts.push(outLen);
      normEnds.push(outLen + norm.length);
      origStarts.push(i);
      origEnds.push(end);
    }
    outLen += norm.length;
    i = end;
    runStart = end;
  }
  if (runStart === 0) return { text: s, toOriginal: (o) => clamp(o, n) };
  if (runStart < n) parts.push(s.slice(runStart));
  const text = parts.join('');

  function toOriginal(offset: number, bias: Bias = 'start'): number {
    const o = clamp(offset, text.length);
    // last changed chunk starting at or before o
    let lo = 0;
    let hi = normStarts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (normStarts[mid]! <= o) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return o;
    const ns = normStarts[k]!;
    const ne = normEnds[k]!;
    if (o > ne) return origEnds[k]! + (o - ne);
    if (ns === ne) return bias === 'start' ? origEnds[k]! : origStarts[k]!; // dropped character
    if (o === ns) return origStarts[k]!;
    if (o === ne) return origEnds[k]!;
    return bias === 'start' ? origStarts[k]! : origEnds[k]!;
  }
  return { text, toOriginal };
}

function clamp(o: number, max: number): number {
  return o < 0 ? 0 : o > max ? max : o;
}

/** Plain NFKC with zero-width characters removed: same text as `normaliseWithMap(s).text`. */
export function normalise(s: string): string {
  return normaliseWithMap(s).text;
}
