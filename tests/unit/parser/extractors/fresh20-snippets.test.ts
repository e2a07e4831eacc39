/**
 * One test per extractor rule added after the first run of the fresh-20 held-out set
 * (tests/fixtures/heldout/fresh-20). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { types } from './post-snippets';

describe('items said not to have been held (…に保存されていなかったことを確認)', () => {
  it('does not list items the release says were not stored', () => {
    expect(
      types(
        '某社 お知らせ',
        'なお、クレジットカード情報及び口座情報は当該サーバに保存されていなかったことを確認しております。流出した情報は氏名及びメールアドレスです。',
      ),
    ).toEqual(['email', 'name']);
    expect(types('某社 お知らせ', '住所と電話番号は当該端末に記録されていなかった。')).toEqual([]);
  });
  it('leaves a clause where ていなかった describes the medium or the cause alone', () => {
    expect(
      types('某社 お知らせ', '暗号化されていなかったUSBメモリに、顧客の氏名と住所を保存していました。'),
    ).toEqual(['address', 'name']);
    expect(
      types('某社 お知らせ', 'パスワードが設定されていなかったため、氏名と電話番号が閲覧できる状態でした。'),
    ).toEqual(['name', 'phone']);
  });
});

describe('a cleft sentence naming what leaked (閲覧されたのは…, 流出したのは…)', () => {
  it('reads the items after the cleft as affected', () => {
    expect(
      types(
        '某市 職員の処分について',
        '閲覧されたのは市民5人分の氏名、生年月日、税額などで、外部への流出は確認されていない。',
      ),
    ).toEqual(['birthdate', 'name', 'other']);
    expect(types('某社 お知らせ', '流出したのは、会員のメールアドレスのみです。')).toEqual(['email']);
    expect(types('某病院 お知らせ', '紛失した書類に含まれていたのは、患者3名の氏名と病名です。')).toEqual([
      'health',
      'name',
    ]);
  });
  it('still drops a list whose own clause is negated', () => {
    expect(types('某社 お知らせ', '氏名、住所などで、これらは暗号化されていません。')).toEqual([]);
    expect(types('某社 お知らせ', 'なお、住所や電話番号は含まれておりません。')).toEqual([]);
  });
});

describe('the text of mails (メール本文) as other', () => {
  it('lists the bodies of stolen mails as other', () => {
    expect(types('某社 お知らせ', 'お客様の氏名、メールアドレス及びメール本文が窃取されました。')).toEqual([
      'email',
      'name',
      'other',
    ]);
  });
  it('leaves the body of a lure mail, where a link stood, alone', () => {
    expect(types('某社 お知らせ', '不審なメールの本文に記載されたURLにはアクセスしないでください。')).toEqual(
      [],
    );
    expect(
      types(
        '某社 お知らせ',
        'メール本文中のリンクを開いた従業員の端末が感染し、取引先の氏名が流出しました。',
      ),
    ).toEqual(['name']);
  });
});
