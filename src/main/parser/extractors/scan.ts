/**
 * One pass over a post for many regexes. An extractor's cue lists (60 category cues, 18 data
 * vocabularies, 25 leak phrases) used to scan the post once per regex; most of those regexes start
 * with one of a few known characters (`(紛失|盗難|…)` starts with 紛 or 盗), so a single walk over
 * the text that stops only at such characters and tries the regexes that can start there (a sticky
 * exec) finds the same matches at a fraction of the cost. The unit after the stop is checked
 * too: most stops (の, に, digits, line breaks) are ruled out by it without running a regex.
 *
 * `matchAllMany(res, text, from, to)[i]` equals `matchAll(res[i], text, from, to)` for every i:
 * each regex keeps its own leftmost, non-overlapping matches. Regexes whose first characters are
 * not simple to tell (a character class or `.` in first position, an empty match) are scanned on
 * their own.
 */
import type { PostContext } from '../types';
import { bodyStart, matchAll, matchAllAnchored, perPost, type Match } from './text';

/**
 * What a regex (or a part of one) may match, cut to its first two code units: every match `m`
 * has `m.slice(0, 2)` in the set ('' when it can match empty). {@link WILD} in second place
 * stands for any unit. null: the first unit is not known ("any"). A superset is always safe:
 * the sticky exec decides; the sets only spare it the positions where it cannot match.
 */
type Prefixes = Set<string> | null;

/** "Any code unit" in second place of a prefix. */
const WILD = '\uffff';
/** Above this many pairs a concatenation keeps only first units (second: WILD). */
const MAX_PAIRS = 4096;

const DIGITS = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
/** What \s matches (the same set String#trim removes). */
const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** Zero-width (lookarounds, anchors, \b): matches only ''. */
const EMPTY = (): Prefixes => new Set(['']);
const unitsOf = (codes: Iterable<number>): Prefixes => new Set([...codes].map((c) => String.fromCharCode(c)));

function union(a: Prefixes, b: Prefixes): Prefixes {
  if (a === null || b === null) return null;
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

/** Prefixes of a match of A followed by a match of B, cut to `n` units. */
function concat(a: Prefixes, b: Prefixes, n: number): Prefixes {
  if (a === null) return null;
  const out = new Set<string>();
  // Too many pairs (two long character classes): say only that the next unit is any.
  const wide = b === null || a.size * b.size > MAX_PAIRS;
  for (const x of a) {
    if (x.length === n) out.add(x);
    else if (x.length > 0) {
      if (wide) out.add(x + WILD);
      else for (const y of b!) out.add((x + y).slice(0, n));
    } else if (b === null) return null;
    else for (const y of b) out.add(y);
  }
  return out;
}

/**
 * Reads a regex source far enough to know the first two code units of its matches. Handles what
 * the extractors use: literals, groups, alternation, quantifiers, lookarounds, \b; a character
 * class it cannot list, `.`, or a class escape (\w, \p{…}) stands for "any unit".
 */
class PrefixReader {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
    /** How many leading units to keep. */
    private readonly n: number,
  ) {}

  /** The regex's prefixes (up to `n` units); null when its first unit is unknown or it can match
   * empty. */
  static of(re: RegExp, n = 2): Prefixes {
    try {
      const p = new PrefixReader(re.source, re.ignoreCase, re.unicode || re.flags.includes('v'), n);
      const f = p.alternation();
      if (p.pos !== p.src.length || f === null || f.has('')) return null;
      return f;
    } catch {
      return null;
    }
  }

  private alternation(): Prefixes {
    let f = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      f = union(f, this.sequence());
    }
    return f;
  }

  private sequence(): Prefixes {
    let f: Prefixes = EMPTY();
    let full = false;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const t = this.quantified();
      // Keep reading even once every prefix is `n` units long: the source must be consumed. But
      // then a concatenation only copies f (thousands of digit triples in a count regex).
      if (full) continue;
      f = concat(f, t, this.n);
      full = f !== null && [...f].every((x) => x.length === this.n);
    }
    return f;
  }

  private quantified(): Prefixes {
    const t = this.atom();
    const c = this.src[this.pos];
    let min = 1;
    let max = Infinity;
    if (c === '?' || c === '*') {
      min = 0;
      if (c === '?') max = 1;
      this.pos++;
    } else if (c === '+') this.pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('unsupported quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.pos += m[0].length;
    } else return t;
    if (this.src[this.pos] === '?') this.pos++; // lazy
    // X{min,max} ⊆ X^min | … | X^max, and cut to n units X^k = X^n for k ≥ n: so `\d{4}` starts
    // with three digits, not with one (a digit followed by anything).
    const n = this.n;
    let rep: Prefixes = EMPTY();
    for (let k = 0; k < Math.min(min, n); k++) rep = concat(rep, t, n);
    let some = rep;
    for (let k = Math.min(min, n); k < Math.min(max, n); k++) {
      rep = concat(rep, t, n);
      some = union(some, rep);
    }
    return some;
  }

  /**
   * The units a regex's match may not follow, when it opens with a lookbehind of one character
   * (`(?<!\d)\d{4}`: not after a digit), else null. A superset would be unsafe here: only
   * exactly that character or class is read.
   */
  static notAfter(re: RegExp): Set<number> | null {
    if (!re.source.startsWith('(?<!')) return null;
    try {
      const p = new PrefixReader(re.source, re.ignoreCase, re.unicode || re.flags.includes('v'), 1);
      p.pos = 4;
      const c = re.source[p.pos];
      if (c === '(' || c === '.' || c === '^' || c === '$') return null;
      const units = p.atom();
      if (re.source[p.pos] !== ')' || units === null || units.has('')) return null;
      return new Set([...units].map((x) => x.charCodeAt(0)));
    } catch {
      return null;
    }
  }

  private atom(): Prefixes {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === '(') {
      this.pos++;
      let lookaround = false;
      if (src.startsWith('?:', this.pos)) this.pos += 2;
      else if (/^\?<?[=!]/.test(src.slice(this.pos, this.pos + 3))) {
        lookaround = true;
        this.pos += src[this.pos + 1] === '<' ? 3 : 2;
      } else if (src.startsWith('?<', this.pos)) this.pos = src.indexOf('>', this.pos) + 1;
      const inner = this.alternation();
      if (src[this.pos] !== ')') throw new Error('unbalanced group');
      this.pos++;
      return lookaround ? EMPTY() : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.pos + 1]!;
      this.pos += 2;
      if (e === 'b' || e === 'B') return EMPTY();
      if (e === 'd' || e === 's') return unitsOf(e === 'd' ? DIGITS : SPACES);
      if (/[pPu]/.test(e) && src[this.pos] === '{') {
        this.pos = src.indexOf('}', this.pos) + 1;
        return null;
      }
      if (/[DSwWpPuxck0-9]/.test(e)) throw new Error('escape not handled');
      return this.literal(CONTROL[e] ?? e);
    }
    if (c === '.') {
      this.pos++;
      return null;
    }
    if (c === '^' || c === '$') {
      this.pos++;
      return EMPTY();
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+') throw new Error('unexpected');
    this.pos++;
    return this.literal(c);
  }

  /** `[…]`: its members when it lists characters, ranges, \d or \s; otherwise (negated, other
   * escapes) "any". */
  private charClass(): Prefixes {
    const src = this.src;
    this.pos++;
    let known = src[this.pos] !== '^';
    if (!known) this.pos++;
    const units = new Set<number>();
    let prev = -1;
    while (src[this.pos] !== ']') {
      if (this.pos >= src.length) throw new Error('unbalanced class');
      let ch: string;
      if (src[this.pos] === '\\') {
        const e = src[this.pos + 1]!;
        this.pos += 2;
        if (e === 'd' || e === 's') {
          for (const x of e === 'd' ? DIGITS : SPACES) units.add(x);
          prev = -1;
          continue;
        }
        if (/[a-zA-Z0-9]/.test(e) && !(e in CONTROL)) {
          known = false; // \p{…}, \w, \uXXXX…: not worth reading
          if (src[this.pos] === '{') this.pos = src.indexOf('}', this.pos) + 1;
          prev = -1;
          continue;
        }
        ch = CONTROL[e] ?? e;
      } else if (src[this.pos] === '-' && prev >= 0 && src[this.pos + 1] !== ']') {
        const hi = src.charCodeAt(this.pos + 1);
        this.pos += hi === 0x5c ? 3 : 2;
        if (hi === 0x5c || hi < prev) known = false;
        else if (known) for (let x = prev; x <= hi; x++) this.addUnit(units, String.fromCharCode(x));
        prev = -1;
        continue;
      } else ch = src[this.pos++]!;
      if (known) this.addUnit(units, ch);
      prev = ch.charCodeAt(0);
    }
    this.pos++;
    return known ? unitsOf(units) : null;
  }

  private literal(ch: string): Prefixes {
    const units = new Set<number>();
    this.addUnit(units, ch);
    return unitsOf(units);
  }

  /** Adds a character and, under /i, its other cases (only where those are plain ASCII). */
  private addUnit(units: Set<number>, ch: string): void {
    const u = ch.charCodeAt(0);
    if (u >= 0xd800 && u <= 0xdfff) throw new Error('surrogate');
    units.add(u);
    if (!this.ignoreCase) return;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) return;
    // Outside ASCII, and for k and s under /iu (K, ſ), case folding has more members.
    if (u > 0x7f || (this.unicode && /[ks]/i.test(ch))) throw new Error('case folding not handled');
    units.add(lower.charCodeAt(0));
    units.add(upper.charCodeAt(0));
  }
}

/**
 * A regex that may start at white space (`\\s*(\\d{1,2})月`) would be tried at every line break
 * and at every unit of a run of spaces, each try reading the rest of the run: the engine's own
 * scan does that in native code at a fraction of the cost, so such a regex is scanned alone.
 */
function startsAtSpace(prefixes: Set<string>): boolean {
  for (const x of prefixes) if (SPACES.includes(x.charCodeAt(0))) return true;
  return false;
}

/** The walk's tables for one list of regexes, built on first use. */
interface Scanner {
  /** Per code unit, one bit: some regex may start there whatever unit follows. */
  anyStarts: Uint32Array;
  /** 2^16 bits by a hash of two units: some regex may start with that pair. 8 KB each, so the
   * walk's per-character test stays in the L1 cache and most stops (の, に, を, digits) are
   * ruled out by the pair without reading the tables below. */
  pairs: Uint32Array;
  /** Per code unit: index into the lists below (0: no regex starts there). */
  slot: Uint16Array;
  /** Regexes that may start at the unit whatever follows it (one-unit matches, `.`, …). */
  anyNext: number[][];
  /** Regexes that may start at the unit, by the unit that follows it (null: none). One map
   * lookup per stop rules out every regex whose second unit does not fit; the third unit rules
   * out more (`情報` starts many cues, few of which go on with the same unit). */
  byNext: (Map<number, Fitting> | null)[];
  sticky: RegExp[];
  /** Per regex, the units its leading lookbehind rules out before a match (null: none). */
  notAfter: (Set<number> | null)[];
  /** Per regex, the run its matches extend over to the left (see {@link extendsLeft}). */
  leftRun: (((code: number) => boolean) | null)[];
  /** Regexes scanned on their own (first characters unknown). */
  alone: number[];
  /** Scratch for one walk: per regex, where its last match ended. */
  lastEnd: Int32Array;
}

/**
 * The regexes to try where a pair of units fits: whatever the third unit, or by the third unit.
 * One lookup by the third unit finds the few that fit, instead of a test per regex (a pair like
 * 漏え starts some twenty leak phrases).
 */
interface Fitting {
  anyThird: number[];
  byThird: Map<number, number[]>;
}

/** Leading units the scanner reads from each regex: a try needs all three to fit. */
const SCAN_UNITS = 3;

const SCANNERS = new WeakMap<readonly RegExp[], Scanner>();

/** Each regex's scan prefixes, read once: a cue list is walked both in the shared body walk and
 * on its own over the title, two scanners with the same regexes. */
const PREFIXES = new WeakMap<RegExp, Prefixes>();
function scanPrefixes(re: RegExp): Prefixes {
  if (!PREFIXES.has(re)) PREFIXES.set(re, PrefixReader.of(re, SCAN_UNITS));
  return PREFIXES.get(re)!;
}

function scannerFor(res: readonly RegExp[]): Scanner {
  let sc = SCANNERS.get(res);
  if (sc) return sc;
  /** first unit → regex index → second unit → third units (null: any; outer null: any second). */
  type Seconds = Map<number, Set<number> | null>;
  const byUnit = new Map<number, Map<number, Seconds | null>>();
  const alone: number[] = [];
  res.forEach((re, i) => {
    const prefixes = scanPrefixes(re);
    if (!prefixes || startsAtSpace(prefixes)) return alone.push(i);
    for (const x of prefixes) {
      const u = x.charCodeAt(0);
      const forUnit = byUnit.get(u) ?? new Map<number, Seconds | null>();
      byUnit.set(u, forUnit);
      const known = forUnit.has(i) ? forUnit.get(i)! : new Map<number, Set<number> | null>();
      // A one-unit match, or any second unit: the second unit cannot rule this regex out.
      if (known === null || x.length < 2 || x[1] === WILD) {
        forUnit.set(i, null);
        continue;
      }
      forUnit.set(i, known);
      const v = x.charCodeAt(1);
      const thirds = known.has(v) ? known.get(v)! : new Set<number>();
      // Likewise a two-unit match, or any third unit.
      known.set(v, thirds === null || x.length < 3 || x[2] === WILD ? null : thirds.add(x.charCodeAt(2)));
    }
  });
  const slot = new Uint16Array(0x10000);
  const anyNext: number[][] = [[]];
  const byNext: (Map<number, Fitting> | null)[] = [null];
  for (const [u, forUnit] of byUnit) {
    slot[u] = anyNext.length;
    const any: number[] = [];
    const next = new Map<number, Fitting>();
    for (const [i, seconds] of [...forUnit].sort((x, y) => x[0] - y[0])) {
      if (seconds === null) {
        any.push(i);
        continue;
      }
      for (const [v, thirds] of seconds) {
        const f = next.get(v) ?? { anyThird: [], byThird: new Map<number, number[]>() };
        next.set(v, f);
        if (thirds === null) f.anyThird.push(i);
        else for (const w of thirds) f.byThird.set(w, [...(f.byThird.get(w) ?? []), i]);
      }
    }
    anyNext.push(any);
    byNext.push(next.size ? next : null);
  }
  const anyStarts = new Uint32Array(0x10000 / 32);
  const pairs = new Uint32Array(0x10000 / 32);
  for (const [u, k] of [...byUnit.keys()].map((u) => [u, slot[u]!] as const)) {
    if (anyNext[k]!.length) anyStarts[u >> 5]! |= 1 << (u & 31);
    for (const v of byNext[k]?.keys() ?? []) {
      const h = pairHash(u, v);
      pairs[h >> 5]! |= 1 << (h & 31);
    }
  }
  const sticky = res.map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y'));
  const notAfter = res.map((re) => PrefixReader.notAfter(re));
  const leftRun = res.map((re) => LEFT_RUNS.get(re) ?? null);
  sc = {
    anyStarts,
    pairs,
    slot,
    anyNext,
    byNext,
    sticky,
    notAfter,
    leftRun,
    alone,
    lastEnd: new Int32Array(res.length),
  };
  SCANNERS.set(res, sc);
  return sc;
}

/**
 * `res.map((re) => matchAll(re, text, from, to))` in one walk over text[from, to) (see module doc).
 * Pass the same array object each time: its tables are built once.
 */
export function matchAllMany(
  res: readonly RegExp[],
  text: string,
  from = 0,
  to = text.length,
): (readonly Match[])[] {
  const sc = scannerFor(res);
  const { anyStarts, pairs, slot, anyNext, byNext, sticky, alone, lastEnd } = sc;
  // Most regexes match nowhere in a post: they share one empty list instead of a new one each.
  const out = new Array<readonly Match[]>(res.length).fill(NO_MATCHES);
  for (const i of alone) out[i] = scanAlone(res[i]!, text, from, to);
  // Run the regexes on the same slice matchAll would: what lies outside it is invisible to
  // lookbehinds. The walk itself reads `text` (a flat string) at the slice's offsets.
  const s = text.slice(from, to);
  const base = Math.min(from, text.length);
  const end = base + s.length;
  lastEnd.fill(0);
  /** Tries regex i at p (each regex keeps its own leftmost, non-overlapping matches). */
  const tryAt = (i: number, p: number) => {
    if (p < lastEnd[i]!) return;
    const y = sticky[i]!;
    // A /u scan steps over surrogate pairs: it never starts a match between the two halves.
    if (y.unicode && p > base && isTrail(text.charCodeAt(p)) && isLead(text.charCodeAt(p - 1))) return;
    const na = sc.notAfter[i];
    if (na && p > base && na.has(text.charCodeAt(p - 1))) return;
    // p - 1 was tried (or could not start a match) and failed: so does p, inside the same run.
    const run = sc.leftRun[i];
    if (run && p > base && p - 1 >= lastEnd[i]! && run(text.charCodeAt(p - 1)) && run(text.charCodeAt(p)))
      return;
    y.lastIndex = p - base;
    const m = y.exec(s);
    if (m === null) return;
    const start = base + m.index;
    const found: Match = { text: m[0], start, end: start + m[0].length, groups: m.slice(1) };
    if (out[i] === NO_MATCHES) out[i] = [found];
    else (out[i] as Match[]).push(found);
    lastEnd[i] = start + m[0].length;
  };
  // At the end there is no next unit (-1): no two- or three-unit match starts there.
  let c2 = base < end ? text.charCodeAt(base) : -1;
  for (let p = base; p < end; p++) {
    const c = c2;
    c2 = p + 1 < end ? text.charCodeAt(p + 1) : -1;
    const anyHere = (anyStarts[c >> 5]! >>> (c & 31)) & 1;
    const h = pairHash(c, c2);
    if (anyHere === 0 && ((pairs[h >> 5]! >>> (h & 31)) & 1) === 0) continue;
    const k = slot[c]!;
    if (anyHere !== 0) {
      const any = anyNext[k]!;
      for (let j = 0; j < any.length; j++) tryAt(any[j]!, p);
    }
    const fitting = byNext[k]?.get(c2);
    if (fitting === undefined) continue;
    const { anyThird } = fitting;
    for (let j = 0; j < anyThird.length; j++) tryAt(anyThird[j]!, p);
    const byThird = fitting.byThird.get(p + 2 < end ? text.charCodeAt(p + 2) : -1);
    if (byThird !== undefined) for (let j = 0; j < byThird.length; j++) tryAt(byThird[j]!, p);
  }
  return out;
}

/** What matchAllMany gives a regex without a match (its lists are typed read-only). Not frozen:
 * V8 iterates a frozen array on a slower path, at every for-of over the results. */
const NO_MATCHES: readonly Match[] = [];

const LEFT_RUNS = new WeakMap<RegExp, (code: number) => boolean>();

/**
 * Declares that whenever `re` matches at p with the units at p - 1 and p both passing `inRun`, it
 * also matches at p - 1 (`\d[\d,]*件`: one more digit in front still matches). A leftmost scan
 * that found no match at p - 1 then finds none at p either, so the walk tries only the first unit
 * of such a run (in `20240`, the 2: the other digits cost a failed exec each). Call it at module
 * load.
 */
export function extendsLeft(re: RegExp, inRun: (code: number) => boolean): void {
  LEFT_RUNS.set(re, inRun);
}

/** A literal every match of a regex holds, and the units that may stand before it in a match. */
interface Anchor {
  anchor: RegExp;
  inRun: (code: number) => boolean;
}
const ANCHORS = new WeakMap<RegExp, Anchor>();

/**
 * Declares that every match of `re` holds a hit of `anchor`, preceded within the match only by
 * units that pass `inRun` (at least one). A regex the walk must leave alone (one that may start at
 * white space) is then tried only in the runs right before the anchor's hits instead of being
 * scanned at every position (`\s*(\d{1,2})\s*月…`: only before each 月). Call it at module load.
 */
export function anchorAlone(re: RegExp, anchor: RegExp, inRun: (code: number) => boolean): void {
  ANCHORS.set(re, { anchor, inRun });
}

/** `matchAll(re, text, from, to)` for a regex the walk leaves alone. */
function scanAlone(re: RegExp, text: string, from: number, to: number): Match[] {
  const a = ANCHORS.get(re);
  if (!a) return matchAll(re, text, from, to);
  // The slice matchAll scans: a lookbehind sees nothing before `from`, a match ends by `to`.
  const base = Math.min(from, text.length);
  const found = matchAllAnchored(re, a.anchor, a.inRun, text.slice(from, to));
  for (const m of found) {
    m.start += base;
    m.end += base;
  }
  return found;
}

/** The lists of every extractor that walks the body, in the order they were registered. */
const BODY_LISTS: (readonly RegExp[])[] = [];
let bodyRes: readonly RegExp[] | null = null;

/** One walk per post over its body for all the registered lists (see {@link bodyScan}). */
const walkBody = perPost((ctx: PostContext) => {
  bodyRes ??= BODY_LISTS.flat();
  return matchAllMany(bodyRes, ctx.text, bodyStart(ctx));
});

/**
 * Registers a list for the shared body walk and returns its reader: `bodyScan(res)(ctx)` equals
 * `matchAllMany(res, ctx.text, bodyStart(ctx))`. Four extractors walk the same body; one walk
 * for all their regexes pays the per-character loop once instead of four times. Call it at
 * module load (the combined list is fixed by the first walk).
 */
export function bodyScan(res: readonly RegExp[]): (ctx: PostContext) => (readonly Match[])[] {
  if (bodyRes) throw new Error('bodyScan: lists must be registered before the first walk');
  const offset = BODY_LISTS.reduce((n, l) => n + l.length, 0);
  BODY_LISTS.push(res);
  return (ctx) => walkBody(ctx).slice(offset, offset + res.length);
}

/** 16-bit hash of a unit pair (a collision only costs a map lookup). */
const pairHash = (c: number, next: number): number => ((Math.imul(c, 0x9e3779b1) >>> 16) ^ next) & 0xffff;

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** @internal For tests: the first code units of `re`, or null. */
export const firstUnitsOf = (re: RegExp): Set<number> | null => {
  const prefixes = PrefixReader.of(re);
  return prefixes && new Set([...prefixes].map((x) => x.charCodeAt(0)));
};

/** @internal For tests: the two-unit prefixes of `re` (WILD shown as `*`), or null. */
export const prefixesOf = (re: RegExp): string[] | null => {
  const prefixes = PrefixReader.of(re);
  return prefixes && [...prefixes].map((x) => x.replace(WILD, '*')).sort();
};
