/**
 * One test per extractor rule added after the first run of the fresh-15 held-out set
 * (tests/fixtures/heldout/fresh-15). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { leak } from './post-snippets';

describe('a trace of the leak, looked for', () => {
  it('is none when the trace was not found (流出した痕跡は確認されませんでした, 漏えいした形跡はない)', () => {
    expect(
      leak('某社 システム障害について', '調査の結果、顧客情報が外部へ流出した痕跡は確認されておりません。'),
    ).toBe('none');
    expect(leak('某社 不正アクセスについて', '社内のデータが漏えいした形跡はございません。')).toBe('none');
    expect(
      leak('某団体 サーバーの障害について', 'サーバーから会員情報が漏洩した形跡は見当たりませんでした。'),
    ).toBe('none');
  });
  it('is confirmed when the trace was found, and a stated leak stays confirmed', () => {
    expect(
      leak('某社 不正アクセスについて', '調査の結果、顧客データが外部に流出した痕跡が確認されました。'),
    ).toBe('confirmed');
    expect(leak('某社 不正アクセスについて', '会員情報が流出した形跡を確認いたしました。')).toBe('confirmed');
    expect(leak('某社 不正アクセスについて', '会員情報が外部に流出しました。')).toBe('confirmed');
  });
  it('keeps a hedge a hedge', () => {
    expect(
      leak('某社 お知らせ', '流出した痕跡は確認されていませんが、流出した可能性を否定できません。'),
    ).toBe('possible');
  });
});
