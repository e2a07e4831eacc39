import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithMap } from '../../../src/main/parser/normalise';

/** The original text a normalised span maps back to. */
function back(s: string, start: number, end: number): string {
  const n = normaliseWithMap(s);
  return s.slice(n.toOriginal(start, 'start'), n.toOriginal(end, 'end'));
}

describe('normaliseWithMap', () => {
  it('leaves stable text alone with an identity map', () => {
    const s =
      '【セキュリティ事件簿#2024-403】岐阜県 物件調査再委託業者サーバーへの不正アクセスについて 2024/9/12';
    const n = normaliseWithMap(s);
    expect(n.text).toBe(s);
    expect(n.toOriginal(10)).toBe(10);
  });

  it('applies NFKC: full-width digits, parentheses and spaces', () => {
    // casebook-2023-01.txt line 287 style, with full-width characters as releases write them
    const s = '\u3000（１）概要　令和５年２月３日（金）';
    const n = normaliseWithMap(s);
    expect(n.text).toBe(' (1)概要 令和5年2月3日(金)');
    // same length: offsets map one to one
    expect(n.toOriginal(4)).toBe(4);
  });

  it('maps through expansions: ⑴ → (1), … → ...', () => {
    const s = '⑴ 株式会社中央ビジネスサービス…以上';
    const n = normaliseWithMap(s);
    expect(n.text).toBe('(1) 株式会社中央ビジネスサービス...以上');
    const i = n.text.indexOf('株式会社');
    expect(back(s, i, i + 4)).toBe('株式会社');
    // a span starting inside the expansion covers the whole original character
    expect(back(s, 1, 2)).toBe('⑴');
    const j = n.text.indexOf('以上');
    expect(back(s, j, j + 2)).toBe('以上');
    expect(back(s, 0, n.text.length)).toBe(s);
  });

  it('maps through contractions: half-width kana with voicing marks', () => {
    const s = 'ｾｷｭﾘﾃｨ ｶﾞｲﾄﾞ 2件';
    const n = normaliseWithMap(s);
    expect(n.text).toBe('セキュリティ ガイド 2件');
    const i = n.text.indexOf('ガイド');
    expect(back(s, i, i + 3)).toBe('ｶﾞｲﾄﾞ');
    const k = n.text.indexOf('2件');
    expect(back(s, k, k + 2)).toBe('2件');
  });

  it('drops zero-width characters and keeps line breaks', () => {
    const s = '氏名\u200b、住所\n\nメール\ufeffアドレス';
    const n = normaliseWithMap(s);
    expect(n.text).toBe('氏名、住所\n\nメールアドレス');
    const i = n.text.indexOf('メールアドレス');
    expect(back(s, i, i + 7)).toBe('メール\ufeffアドレス');
  });

  it('keeps surrogate pairs and combining marks whole', () => {
    const s = '𠮷野家 か\u3099ん';
    const n = normaliseWithMap(s);
    expect(n.text).toBe('𠮷野家 がん');
    const i = n.text.indexOf('がん');
    expect(back(s, i, i + 2)).toBe('か\u3099ん');
  });

  it('maps every span to original text that normalises to a superset of it', () => {
    const s = '①漏えい情報:㈱柴山事務所 ５５名分(約１，０００件)… ｶﾞｲﾄﾞ ﾃﾞｰﾀ';
    const n = normaliseWithMap(s);
    for (let a = 0; a <= n.text.length; a++)
      for (let b = a; b <= n.text.length; b++) {
        const o = s.slice(n.toOriginal(a, 'start'), n.toOriginal(b, 'end'));
        expect(o.normalize('NFKC')).toContain(n.text.slice(a, b));
      }
  });

  it('gives the same text as the map-free normalise()', () => {
    for (const s of [
      '①漏えい情報:㈱柴山事務所 ５５名分…',
      'ｶﾞｲﾄﾞ\u200b か\u3099ん 𠮷',
      '（１）概要　令和５年',
      'plain ascii',
    ])
      expect(normalise(s)).toBe(normaliseWithMap(s).text);
  });
});
