/**
 * One test per extractor rule added after the first run of the fresh-11 held-out set
 * (tests/fixtures/heldout/fresh-11). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { types } from './post-snippets';

describe("a membership card's number is an id_number, not card data", () => {
  it('reads 会員カード番号 / 図書館カード番号 / ポイントカードの番号 as id_number', () => {
    expect(types('某社 お知らせ', '流出した情報は、会員の氏名、会員カード番号です。')).toEqual([
      'id_number',
      'name',
    ]);
    expect(
      types('某市 お知らせ', '紛失した書類には、利用者の氏名、図書館カード番号が記載されていました。'),
    ).toEqual(['id_number', 'name']);
    expect(types('某社 お知らせ', '漏えいした情報は、ポイントカードの番号、電話番号です。')).toEqual([
      'id_number',
      'phone',
    ]);
  });
  it('still reads a payment card number as payment_card', () => {
    expect(types('某社 お知らせ', '漏洩した可能性のある情報は、カード番号、有効期限です。')).toEqual([
      'payment_card',
    ]);
    expect(types('某社 お知らせ', '流出した情報は、クレジットカード番号、カード名義人名です。')).toEqual([
      'name',
      'payment_card',
    ]);
  });
});

describe('a password the reader is told about using is not exposed data', () => {
  it('leaves 同じパスワードをお使いの / ご利用の in advice to the reader', () => {
    // The advice follows the data heading's items under an unnumbered heading.
    const body = [
      '2.閲覧された情報',
      '',
      'お客様の氏名、メールアドレス',
      '',
      'お客様へのお願い',
      '',
      '他のサイトと同じパスワードをお使いの方は、変更をお願いいたします。',
      '同一のパスワードをご利用の場合も同様です。',
    ].join('\n');
    expect(types('某社 不正ログインについて', body)).toEqual(['email', 'name']);
  });
  it('still reads passwords the release says leaked', () => {
    expect(
      types('某社 お知らせ', '流出した情報は、お客様のログインID、パスワード、メールアドレスです。'),
    ).toEqual(['credentials', 'email']);
  });
});
