/**
 * Japanese-aware text search without a tokenizer: NFKC + lower case (so ＡＢＣ, ｱｲｳ and abc
 * meet), and a hashed character-bigram signature per record (a small Bloom filter) that rules
 * out most records before the exact substring check. Japanese has no spaces between words;
 * bigrams find 「不正アクセス」 inside 「サーバーへの不正アクセスについて」 without a dictionary.
 */

/** Bits per record signature: 2048 bits = 256 bytes, about 25 MB at 100 000 records. */
export const SIGNATURE_WORDS = 64;
const SIGNATURE_BITS = SIGNATURE_WORDS * 32;

/** Text as search compares it. Whitespace is left alone: query terms never contain any. */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The query's terms: whitespace (full-width too) separates terms, and all must match. */
export function searchTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

function bigramBit(a: number, b: number): number {
  // Cheap integer mix of the two UTF-16 units; good enough to spread CJK bigrams.
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  h ^= h >>> 15;
  return (h >>> 0) % SIGNATURE_BITS;
}

export function bigramSignature(haystack: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_WORDS);
  for (let i = 0; i + 1 < haystack.length; i++) {
    const bit = bigramBit(haystack.charCodeAt(i), haystack.charCodeAt(i + 1));
    signature[bit >>> 5]! |= 1 << (bit & 31);
  }
  return signature;
}

/** A compiled query: the signature bits every matching record must have, and the terms. */
export interface CompiledQuery {
  terms: string[];
  words: Uint32Array;
  masks: Uint32Array;
}

export function compileQuery(query: string): CompiledQuery | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const required = new Uint32Array(SIGNATURE_WORDS);
  for (const term of terms)
    for (let i = 0; i + 1 < term.length; i++) {
      const bit = bigramBit(term.charCodeAt(i), term.charCodeAt(i + 1));
      required[bit >>> 5]! |= 1 << (bit & 31);
    }
  const words: number[] = [];
  const masks: number[] = [];
  required.forEach((mask, word) => {
    if (mask !== 0) {
      words.push(word);
      masks.push(mask);
    }
  });
  return { terms, words: Uint32Array.from(words), masks: Uint32Array.from(masks) };
}

/** Exact: every term occurs in the haystack. The signature only skips the substring checks. */
export function matchesQuery(query: CompiledQuery, haystack: string, signature: Uint32Array): boolean {
  for (let i = 0; i < query.words.length; i++) {
    const mask = query.masks[i]!;
    if ((signature[query.words[i]!]! & mask) >>> 0 !== mask) return false; // >>> 0: bit 31 unsigned
  }
  for (const term of query.terms) if (!haystack.includes(term)) return false;
  return true;
}
