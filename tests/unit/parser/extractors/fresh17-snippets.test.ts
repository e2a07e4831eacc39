/**
 * One test per extractor rule added after the first run of the fresh-17 held-out set
 * (tests/fixtures/heldout/fresh-17). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { leak } from './post-snippets';

describe('a leak the release says did not happen as a fact (…した事実はない)', () => {
  it('reads 流出した事実はございません / 漏えいした事実はありません as none', () => {
    expect(leak('某社 旧ドメインについて', 'なお、お客様の個人情報が流出した事実はございません。')).toBe(
      'none',
    );
    expect(leak('某協会 お知らせ', '現時点で、会員情報が漏えいした事実はありません。')).toBe('none');
  });
  it('still reads a leak stated as a fact, and a fact not yet established, as before', () => {
    expect(leak('某社 お知らせ', '調査の結果、個人情報が漏えいした事実を確認いたしました。')).toBe(
      'confirmed',
    );
    expect(leak('某社 お知らせ', 'お客様の情報が流出した事実は確認されておりません。')).toBe('none');
    expect(leak('某社 お知らせ', '流出した事実はございませんが、漏えいした可能性は否定できません。')).toBe(
      'possible',
    );
  });
});

describe('no trace of the data being sent out (送信/転送された形跡はない)', () => {
  it('reads 外部へ送信された形跡は確認されませんでした / 転送された痕跡はありません as none', () => {
    expect(
      leak(
        '某市 事案について',
        'ログの調査の結果、端末内のファイルが外部へ送信された形跡は確認されませんでした。',
      ),
    ).toBe('none');
    expect(leak('某社 お知らせ', 'メールが外部に転送された痕跡はありませんでした。')).toBe('none');
  });
  it('leaves a sending that may have happened, or did, alone', () => {
    expect(leak('某市 お知らせ', 'データが外部に送信された可能性があります。')).toBe('possible');
    expect(leak('某市 お知らせ', '調査の結果、ファイルが外部へ送信されていたことが判明しました。')).not.toBe(
      'none',
    );
  });
});
