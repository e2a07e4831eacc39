/**
 * One pass over a post for many regexes. An extractor's cue lists (60 category cues, 18 data
 * vocabularies, 25 leak phrases) used to scan the post once per regex; most of those regexes start
 * with one of a few known characters (`(紛失|盗難|…)` starts with 紛 or 盗), so a single walk over
 * the text that stops only at such characters and tries the regexes that can start there (a sticky
 * exec) finds the same matches at a fraction of the cost.
 *
 * `matchAllMany(res, text, from, to)[i]` equals `matchAll(res[i], text, from, to)` for every i:
 * each regex keeps its own leftmost, non-overlapping matches. Regexes whose first characters are
 * not simple to tell (a character class or `.` in first position, an empty match) are scanned on
 * their own.
 */
import { matchAll, type Match } from './text';

/** What may start a match of a regex (or a part of one), and whether it can match empty. */
interface First {
  /** Code units a non-empty match may start with; null: any. */
  units: Set<number> | null;
  nullable: boolean;
}

const DIGITS = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
/** What \s matches (the same set String#trim removes). */
const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

const ANY: First = { units: null, nullable: false };
const EMPTY: First = { units: new Set(), nullable: true };

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

/**
 * Reads a regex source far enough to know the code units its matches start with. Handles what
 * the extractors use: literals, groups, alternation, quantifiers, lookarounds, \b; a character
 * class, `.`, or a class escape (\s, \d, \p{…}) in first position makes the answer "any".
 */
class FirstUnits {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  static of(re: RegExp): Set<number> | null {
    try {
      const p = new FirstUnits(re.source, re.ignoreCase, re.unicode || re.flags.includes('v'));
      const f = p.alternation();
      if (p.pos !== p.src.length || f.nullable) return null;
      return f.units;
    } catch {
      return null;
    }
  }

  private alternation(): First {
    let f = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      const g = this.sequence();
      f = { units: union(f.units, g.units), nullable: f.nullable || g.nullable };
    }
    return f;
  }

  private sequence(): First {
    let units: Set<number> | null = new Set();
    let nullable = true;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const t = this.quantified();
      if (nullable) units = union(units, t.units);
      nullable &&= t.nullable;
    }
    return { units, nullable };
  }

  private quantified(): First {
    const t = this.atom();
    const c = this.src[this.pos];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.pos++;
    } else if (c === '+') this.pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('unsupported quantifier');
      optional = Number(m[1]) === 0;
      this.pos += m[0].length;
    } else return t;
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return optional ? { units: t.units, nullable: true } : t;
  }

  private atom(): First {
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
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.pos + 1]!;
      this.pos += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if (e === 'd' || e === 's') return { units: new Set(e === 'd' ? DIGITS : SPACES), nullable: false };
      if (/[pPu]/.test(e) && src[this.pos] === '{') {
        this.pos = src.indexOf('}', this.pos) + 1;
        return ANY;
      }
      if (/[DSwWpPuxck0-9]/.test(e)) throw new Error('escape not handled in first position');
      return this.literal(CONTROL[e] ?? e);
    }
    if (c === '.') {
      this.pos++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.pos++;
      return EMPTY;
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+') throw new Error('unexpected');
    this.pos++;
    return this.literal(c);
  }

  /** `[…]`: its members when it lists characters, ranges, \d or \s; otherwise (negated, other
   * escapes) "any". */
  private charClass(): First {
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
    return known ? { units, nullable: false } : ANY;
  }

  private literal(ch: string): First {
    const units = new Set<number>();
    this.addUnit(units, ch);
    return { units, nullable: false };
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

/** The walk's tables for one list of regexes, built on first use. */
interface Scanner {
  /** Per code unit: index into `lists` (0: no regex starts there). */
  slot: Uint16Array;
  lists: number[][];
  sticky: RegExp[];
  /** Regexes scanned on their own (first characters unknown). */
  alone: number[];
}

const SCANNERS = new WeakMap<readonly RegExp[], Scanner>();

function scannerFor(res: readonly RegExp[]): Scanner {
  let sc = SCANNERS.get(res);
  if (sc) return sc;
  const byUnit = new Map<number, number[]>();
  const alone: number[] = [];
  res.forEach((re, i) => {
    const units = FirstUnits.of(re);
    if (!units) return alone.push(i);
    for (const u of units) {
      const list = byUnit.get(u) ?? [];
      list.push(i);
      byUnit.set(u, list);
    }
  });
  const slot = new Uint16Array(0x10000);
  const lists: number[][] = [[]];
  for (const [u, list] of byUnit) {
    slot[u] = lists.length;
    lists.push(list);
  }
  const sticky = res.map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y'));
  sc = { slot, lists, sticky, alone };
  SCANNERS.set(res, sc);
  return sc;
}

/**
 * `res.map((re) => matchAll(re, text, from, to))` in one walk over text[from, to) (see module doc).
 * Pass the same array object each time: its tables are built once.
 */
export function matchAllMany(res: readonly RegExp[], text: string, from = 0, to = text.length): Match[][] {
  const { slot, lists, sticky, alone } = scannerFor(res);
  const out: Match[][] = res.map(() => []);
  for (const i of alone) out[i] = matchAll(res[i]!, text, from, to);
  // Work on the same slice matchAll would: what lies outside it is invisible to lookbehinds.
  const s = text.slice(from, to);
  const base = Math.min(from, text.length);
  const lastEnd = new Int32Array(res.length);
  for (let p = 0; p < s.length; p++) {
    const k = slot[s.charCodeAt(p)]!;
    if (k === 0) continue;
    for (const i of lists[k]!) {
      if (p < lastEnd[i]!) continue;
      const y = sticky[i]!;
      // A /u scan steps over surrogate pairs: it never starts a match between the two halves.
      if (y.unicode && p > 0 && isTrail(s.charCodeAt(p)) && isLead(s.charCodeAt(p - 1))) continue;
      y.lastIndex = p;
      const m = y.exec(s);
      if (m === null) continue;
      const start = base + m.index;
      out[i]!.push({ text: m[0], start, end: start + m[0].length, groups: m.slice(1) });
      lastEnd[i] = m.index + m[0].length;
    }
  }
  return out;
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** @internal For tests: the first code units of `re`, or null. */
export const firstUnitsOf = (re: RegExp): Set<number> | null => FirstUnits.of(re);
