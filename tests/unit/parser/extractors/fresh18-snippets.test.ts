/**
 * One test per extractor rule added after the first run of the fresh-18 held-out set
 * (tests/fixtures/heldout/fresh-18). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { types } from './post-snippets';

describe('the subject of a notice about a procedure', () => {
  it('is no exposed item (住所変更のお知らせ, 配達日時変更のご案内, パスワード再設定に関するご案内)', () => {
    expect(
      types(
        '某社 メール誤送信について',
        '住所変更のお知らせを会員120名に送信した際、宛先をTOに入力しました。',
      ),
    ).toEqual([]);
    expect(
      types(
        '某社 メール誤送信について',
        '配達日時変更のご案内を送信した際、お客様のメールアドレスが他の受信者に表示されました。',
      ),
    ).toEqual(['email']);
    expect(
      types(
        '某社 メール誤送信について',
        'パスワード再設定に関するご案内を送信した際、メールアドレスが流出しました。',
      ),
    ).toEqual(['email']);
  });
  it('leaves the items a mail held, and a change the data underwent, alone', () => {
    expect(
      types('某社 メール誤送信について', 'お届け日時と住所を記載したメールを別のお客様に送信しました。'),
    ).toEqual(['address', 'other']);
    expect(types('某社 誤送付について', '変更後の住所が記載された通知書を誤って送付しました。')).toEqual([
      'address',
    ]);
  });
});
