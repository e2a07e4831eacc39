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

/**
 * Code units NFKC leaves alone on their own: ASCII, kana, CJK ideographs, common CJK punctuation.
 * The bulk of Japanese text is in these ranges; the regex jumps over runs of them natively.
 */
const UNSTABLE =
  /[^\t\n\x20-\x7e\u3001-\u301c\u3041-\u3096\u30a1-\u30fe\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]/g;

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

/** Length change NFKC makes to a lone character, by code (full-width forms: 0; `…`: +2). */
const LENGTH_DELTA = new Map<number, number>();

function lengthDelta(c: number): number {
  let d = LENGTH_DELTA.get(c);
  if (d === undefined) {
    d = isZeroWidth(c) ? -1 : String.fromCharCode(c).normalize('NFKC').length - 1;
    LENGTH_DELTA.set(c, d);
  }
  return d;
}

/**
 * True when every unstable character is a lone BMP character that NFKC maps to exactly one
 * character (full-width digits, brackets, spaces: the usual case). Then one native NFKC call gives
 * the text and offsets map to themselves.
 */
function lengthPreserving(s: string): boolean {
  UNSTABLE.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = UNSTABLE.exec(s))) {
    const i = hit.index;
    const c = s.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || isContinuation(c) || lengthDelta(c) !== 0) return false;
    if (i + 1 < s.length && isContinuation(s.charCodeAt(i + 1))) return false;
  }
  return true;
}

export function normaliseWithMap(s: string): NormalisedText {
  const n = s.length;
  UNSTABLE.lastIndex = 0;
  let hit = UNSTABLE.exec(s);
  if (!hit) return new Identity(s);
  if (lengthPreserving(s)) return new Identity(s.normalize('NFKC'));
  UNSTABLE.lastIndex = 0;
  hit = UNSTABLE.exec(s);
  const parts: string[] = [];
  const normStarts: number[] = [];
  const normEnds: number[] = [];
  const origStarts: number[] = [];
  const origEnds: number[] = [];
  let outLen = 0;
  let runStart = 0;
  while (hit) {
    let i = hit.index;
    if (i < runStart) i = runStart; // already consumed as part of the previous chunk
    const c = s.charCodeAt(i);
    // A mark composes with the character before it (`か` + U+3099 → `が`): start the chunk there.
    if (i > runStart && isContinuation(c)) {
      i--;
      const low = s.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff && i > runStart) i--; // keep a surrogate pair whole
    }
    if (i > runStart) {
      parts.push(s.slice(runStart, i));
      outLen += i - runStart;
    }
    let end = i + 1;
    const first = s.charCodeAt(i);
    if (first >= 0xd800 && first <= 0xdbff && end < n) {
      const d = s.charCodeAt(end);
      if (d >= 0xdc00 && d <= 0xdfff) end++;
    }
    while (end < n && isContinuation(s.charCodeAt(end))) end++;
    const chunk = s.slice(i, end);
    const norm = end === i + 1 && isZeroWidth(first) ? '' : chunk.normalize('NFKC');
    parts.push(norm);
    if (norm.length !== chunk.length) {
      normStarts.push(outLen);
      normEnds.push(outLen + norm.length);
      origStarts.push(i);
      origEnds.push(end);
    }
    outLen += norm.length;
    runStart = end;
    UNSTABLE.lastIndex = end;
    hit = UNSTABLE.exec(s);
  }
  if (runStart < n) parts.push(s.slice(runStart));
  const text = parts.join('');
  if (normStarts.length === 0) return new Identity(text);
  return new Mapped(text, normStarts, normEnds, origStarts, origEnds);
}

/** Same length everywhere: offsets map to themselves. */
class Identity implements NormalisedText {
  constructor(readonly text: string) {}
  toOriginal(offset: number): number {
    return clamp(offset, this.text.length);
  }
}

/** Piecewise shift: the sorted chunks whose length NFKC changed (classes, not closures: cheap per call). */
class Mapped implements NormalisedText {
  constructor(
    readonly text: string,
    private readonly normStarts: number[],
    private readonly normEnds: number[],
    private readonly origStarts: number[],
    private readonly origEnds: number[],
  ) {}

  toOriginal(offset: number, bias: Bias = 'start'): number {
    const { normStarts, normEnds, origStarts, origEnds } = this;
    const o = clamp(offset, this.text.length);
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
}

function clamp(o: number, max: number): number {
  return o < 0 ? 0 : o > max ? max : o;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** The text of `normaliseWithMap(s)` without building a map: NFKC, zero-width characters dropped. */
export function normalise(s: string): string {
  UNSTABLE.lastIndex = 0;
  if (!UNSTABLE.test(s)) return s;
  return s.normalize('NFKC').replace(ZERO_WIDTH, '');
}
