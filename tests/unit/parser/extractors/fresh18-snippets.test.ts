/**
 * One test per extractor rule added after the first run of the fresh-18 held-out set
 * (tests/fixtures/heldout/fresh-18). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, types } from './post-snippets';

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

describe('a numbered entry of a data zone that ends in a count and an item', () => {
  it('lists data (…98名の成績, …120人分のメールアドレス), as an entry ending in its count does', () => {
    expect(
      types(
        '某大学 USBメモリの紛失について',
        '1.紛失した情報\n\n(1)受講者 60名の氏名\n(2)上記のうち実習に参加した 25名の健康診断結果\n\n2.原因\n\n確認不足です。',
      ),
    ).toEqual(['health', 'name']);
    expect(
      types(
        '某市 誤送信について',
        '■流出した情報\n\n(1)児童 80名分の氏名\n(2)保護者 120人分のメールアドレス\n\n■今後の対応\n\n再発防止に努めます。',
      ),
    ).toEqual(['email', 'name']);
  });
  it('still ends the zone at a numbered heading of another section', () => {
    expect(
      types(
        '某市 誤送信について',
        '(1)流出した情報\n\n児童 80名分の氏名\n\n(2)対象の 80名の方への対応\n\n電話番号を確認のうえ、個別に連絡しました。',
      ),
    ).toEqual(['name']);
  });
});

describe('a subset named by what its members did', () => {
  it('is no part of a sum (上記のうち…した25名, このうち、実際に閲覧された3名)', () => {
    expect(
      affected(
        '某大学 USBメモリの紛失について',
        '1.紛失した情報\n\n(1)受講者 60名の氏名\n(2)上記のうち実習に参加した 25名の健康診断結果\n\n2.原因\n\n確認不足です。',
      ),
    ).toBe(60);
    expect(
      affected(
        '某社 設定不備について',
        'お客様 412名の氏名と住所が閲覧可能な状態でした。このうち、実際に閲覧された3名の方には個別にご連絡しました。',
      ),
    ).toBe(412);
  });
  it('leaves parts that are not a subset summed', () => {
    expect(
      affected(
        '某市 誤送信について',
        '■流出した情報\n\n(1)児童 80名分の氏名\n(2)保護者 120人分のメールアドレス\n\n■今後の対応\n\n再発防止に努めます。',
      ),
    ).toBe(200);
  });
});

describe('the header row of a count table', () => {
  it('names no exposed item (学年\\t人数, 所属\\t件数)', () => {
    expect(
      types(
        '某県 USBメモリの紛失について',
        '■保存されていた情報\n\n児童の氏名、テストの点数\n\n■対象者\n\n学年\t人数\n4年\t31名\n5年\t29名',
      ),
    ).toEqual(['grades', 'name']);
    expect(
      types(
        '某社 誤送信について',
        '【流出した情報】\n\nお客様のメールアドレス\n\n【対象件数】\n\n所属\t件数\n本社\t12件\n支店\t8件',
      ),
    ).toEqual(['email']);
  });
  it('leaves a header row of items, and a row naming an item with its count, alone', () => {
    expect(
      types('某会 誤送付について', '【名簿に記載されていた情報】\n\n氏名\t住所\t学年\n\n会員 54名分'),
    ).toEqual(['address', 'name', 'school']);
    expect(
      types('某社 誤送信について', '【流出した情報】\n\n項目\t件数\nメールアドレス\t120件\n電話番号\t35件'),
    ).toEqual(['email', 'phone']);
  });
});
