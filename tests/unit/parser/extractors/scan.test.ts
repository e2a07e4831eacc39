/**
 * matchAllMany must find, for every regex, exactly what matchAll finds on its own: checked on the
 * real dumps and the held-out posts with every cue list the extractors walk, and on random text
 * built from the pieces those cues are made of (so matches overlap, touch and straddle ranges).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_RES } from '../../../../src/main/parser/extractors/categories';
import { COUNT_RES } from '../../../../src/main/parser/extractors/counts';
import { VOCAB_RES } from '../../../../src/main/parser/extractors/dataTypes';
import { DATE_RES } from '../../../../src/main/parser/extractors/dates';
import { LEAK_RES } from '../../../../src/main/parser/extractors/leakStatus';
import { PREFIX_RES } from '../../../../src/main/parser/extractors/relatedOrganizations';
import { firstUnitsOf, matchAllMany, prefixesOf } from '../../../../src/main/parser/extractors/scan';
import { matchAll } from '../../../../src/main/parser/extractors/text';
import { normalise } from '../../../../src/main/parser/normalise';

const root = resolve(__dirname, '../../../..');
const dirs = [
  join(root, '../shared/dumps'),
  join(root, 'tests/fixtures/heldout'),
  join(root, 'tests/fixtures/heldout/fresh'),
];
const realTexts = dirs.flatMap((d) => {
  try {
    return readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => normalise(readFileSync(join(d, f), 'utf8')));
  } catch {
    return [];
  }
});

const LISTS: [string, readonly RegExp[]][] = [
  ['categories', CUE_RES],
  ['dataTypes', VOCAB_RES],
  ['leakStatus', LEAK_RES],
  ['counts', COUNT_RES],
  ['dates', DATE_RES],
  ['relatedOrganizations', PREFIX_RES],
  [
    'edge cases',
    [
      /\bB?CC\b|Bcc/i,
      /(?<!\d)(\d{1,2})\s*月/,
      /(?<!\d)(\d{4})\s*年/,
      /(?<![A-Za-z])([MTSHR])\s*(\d{1,2})\./,
      /(?<![a-c,])1{2,3}/i,
      /^株式会社/,
      /[ア-コ]\s/,
      /(mail|E-?mail) ?アドレス/i,
      /[^。]{0,3}漏えい/u,
      /\s*日/,
      /(漏えい|流出)[^。]{0,12}可能性は?(ない|低い)/,
      /「?To」?(欄|に)/,
    ],
  ],
];

/** Random strings from the pieces: Japanese words, digits, spaces, separators, a surrogate pair. */
function randomTexts(n: number): string[] {
  const pieces = [
    '漏えい',
    '流出',
    'した',
    '可能性',
    '不正アクセス',
    'BCC',
    'cc',
    'メール',
    'アドレス',
    '氏名',
    '電話',
    '番号',
    '年',
    '同年',
    '今年',
    '月',
    '日',
    '12',
    '3',
    ' ',
    '\n',
    '、',
    '。',
    '株式会社',
    '𠮷',
    'E-mail',
    'の',
    'を',
    '紛失',
    '誤',
    '送信',
  ];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(
      '',
    ),
  );
}

describe('matchAllMany', () => {
  it.each(LISTS)('finds what matchAll finds, regex by regex (%s)', (_name, res) => {
    const texts = [...realTexts, ...randomTexts(1500)];
    for (const text of texts)
      for (const [from, to] of [
        [0, text.length],
        [1, text.length],
        [3, Math.max(3, text.length - 2)],
      ] as const) {
        const many = matchAllMany(res, text, from, to);
        res.forEach((re, i) => expect(many[i]).toEqual(matchAll(re, text, from, to)));
      }
  });

  it('finds no count across a line break, so a post splits into title and body walks', () => {
    for (const text of [...realTexts, ...randomTexts(500)]) {
      const nl = text.indexOf('\n') + 1;
      const whole = matchAllMany(COUNT_RES, text);
      const title = matchAllMany(COUNT_RES, text, 0, nl);
      const body = matchAllMany(COUNT_RES, text, nl);
      COUNT_RES.forEach((_re, i) => expect([...title[i]!, ...body[i]!]).toEqual(whole[i]));
      for (const ms of whole) for (const m of ms) expect(m.text).not.toContain('\n');
    }
  });

  it('knows the first characters of simple regexes and gives up on the rest', () => {
    const chars = (re: RegExp) =>
      [...(firstUnitsOf(re) ?? [])]
        .map((c) => String.fromCharCode(c))
        .sort()
        .join('');
    expect(chars(/(紛失|盗難|盗まれ)/)).toBe('盗紛');
    expect(chars(/(?:(約|計)[ \t]*)?(\d+)件/)).toBe('0123456789約計');
    expect(chars(/\bB?CC\b|Bcc/i)).toBe('BCbc');
    expect(firstUnitsOf(/[^。]{0,3}漏えい/)).toBeNull();
    expect(firstUnitsOf(/x*/)).toBeNull();
  });

  it('knows the first two units of a match, or that the second can be any', () => {
    expect(prefixesOf(/(紛失|盗難|盗まれ)/)).toEqual(['盗ま', '盗難', '紛失']);
    expect(prefixesOf(/(のべ|計)[ \t]*\d/)).toEqual(
      ['のべ', '計\t', '計 ', ...'0123456789'.split('').map((d) => '計' + d)].sort(),
    );
    expect(prefixesOf(/a(?=b)c?|x[^y]/)).toEqual(['a', 'ac', 'x*']);
    expect(prefixesOf(/\s?日/)).toEqual(
      ['日', ...[9, 10, 11, 12, 13, 32].map((c) => String.fromCharCode(c) + '日')]
        .concat(prefixesOf(/\s?日/)!.filter((x) => x.charCodeAt(0) > 32 && x !== '日'))
        .sort(),
    );
    expect(prefixesOf(/.x/)).toBeNull();
    // A repeat starts with its minimum number of repetitions.
    expect(prefixesOf(/\d{4}年/)).toHaveLength(100);
    expect(prefixesOf(/a{2,}|b{0,1}c/)).toEqual(['aa', 'bc', 'c']);
  });
});
