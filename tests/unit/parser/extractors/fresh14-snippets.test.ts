/**
 * One test per extractor rule added after the first run of the fresh-14 held-out set
 * (tests/fixtures/heldout/fresh-14). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, leak, types } from './post-snippets';

describe('a sentence pointing to the list below it opens a data zone', () => {
  it('reads the items of a 記 … 以上 block or bullet lines after …は下記のとおりです', () => {
    const body = [
      '紛失した書類に記載されていた個人情報は、以下の通りとなります。',
      '',
      '記',
      '',
      '・申込者のお名前、ご住所',
      '',
      '・会員番号',
      '',
      '以上',
    ].join('\n');
    expect(types('某社 書類の紛失について', body)).toEqual(['address', 'id_number', 'name']);
    expect(
      types(
        '某市 お知らせ',
        '流出した可能性のある情報は下記のとおりです。\n\n・利用者の方の生年月日\n\n・受付番号',
      ),
    ).toEqual(['birthdate', 'id_number']);
  });
  it('leaves a pointer to the course of events or the countermeasures alone', () => {
    const body = ['経緯は下記のとおりです。', '', '・担当者の氏名を確認した上で電話連絡', ''].join('\n');
    expect(types('某社 お知らせ', body)).toEqual([]);
    expect(
      types('某社 お知らせ', '今後の対応は以下のとおりです。\n\n・パスワードの管理方法の見直し'),
    ).toEqual([]);
  });
});

describe('an other term inside a bracket that spells out another item', () => {
  it('is part of that item (健診の値, 建物名 of an address)', () => {
    expect(
      types('某町 お知らせ', '誤って送付された情報は、健診結果(身長・体重・腹囲)及び氏名です。'),
    ).toEqual(['health', 'name']);
    expect(types('某社 お知らせ', '流出した情報は、お客様の氏名、住所(建物名を含む)です。')).toEqual([
      'address',
      'name',
    ]);
  });
  it('still counts an other term in a bracket after an other item, or standing alone', () => {
    expect(types('某社 お知らせ', '漏えいした情報は、ご契約内容(契約情報、保険料)です。')).toEqual(['other']);
    expect(types('某社 お知らせ', '流出した情報は、氏名、身長及び体重です。')).toEqual(['name', 'other']);
  });
});

describe('the copy of an identity document is an id_number', () => {
  it('reads 免許証/保険証/在留カード/パスポートの写し or コピー as id_number', () => {
    expect(
      types('某社 お知らせ', '紛失した書類には、本人確認書類として保険証のコピーが含まれておりました。'),
    ).toEqual(['id_number']);
    expect(types('某社 お知らせ', '流出した可能性のある情報:在留カードの写し、パスポートの写し')).toEqual([
      'id_number',
    ]);
  });
  it('leaves a copy named only to say it was not held, or a copy of another document', () => {
    expect(types('某社 お知らせ', 'なお、運転免許証の写しは含まれておりません。')).toEqual([]);
    expect(types('某社 お知らせ', '流出した情報は、申込書の写しに記載の氏名です。')).toEqual(['name']);
  });
});

describe('所属チーム / クラブ / 団体 is an employer item (SPEC: 所属)', () => {
  it('reads a club or team the people belong to', () => {
    expect(
      types('某協会 お知らせ', '誤送信したファイルには、選手の氏名及び所属クラブ名が記載されていました。'),
    ).toEqual(['employer', 'name']);
    expect(types('某連盟 お知らせ', '閲覧可能となっていた情報:氏名、所属団体')).toEqual(['employer', 'name']);
  });
  it('leaves a team named as who sent or received something', () => {
    expect(types('某協会 お知らせ', '所属チームの代表者に誤ってメールを送信しました。')).toEqual([]);
  });
});

describe('game and delivery items are other', () => {
  it('reads ニックネーム, 購入履歴, 保有アイテム, 品名 and a delivery date as other', () => {
    expect(types('某社 お知らせ', '閲覧された可能性のある情報は、ハンドルネーム及び購入履歴です。')).toEqual([
      'other',
    ]);
    expect(types('某社 お知らせ', '流出した情報は、お届け先のお名前及び配送日です。')).toEqual([
      'name',
      'other',
    ]);
    expect(
      types('某社 お知らせ', '紛失した伝票には、氏名、商品の品名、お届け日時が記載されていました。'),
    ).toEqual(['name', 'other']);
  });
  it('leaves them when they are negated', () => {
    expect(types('某社 お知らせ', 'なお、購入履歴や保有アイテムは流出しておりません。')).toEqual([]);
  });
});

describe("a negated finding or another service's leak is no confirmed leak", () => {
  it('reads 漏えいしたことは確認されておりませんが…可能性 as possible', () => {
    expect(
      leak(
        '某社 お知らせ',
        '現在のところ、お客様の情報が漏えいしたことは確認されていませんが、第三者に閲覧された可能性がございます。',
      ),
    ).toBe('possible');
    expect(
      leak(
        '某社 不正ログインについて',
        '他社サービスから流出したパスワードを用いた不正ログインにより、登録情報が閲覧された可能性があります。',
      ),
    ).toBe('possible');
  });
  it('still reads a stated leak, or one found and confirmed', () => {
    expect(leak('某社 お知らせ', 'お客様の個人情報が外部に流出したことを確認いたしました。')).toBe(
      'confirmed',
    );
    expect(leak('某社 お知らせ', '顧客情報約500件が流出しました。')).toBe('confirmed');
  });
});

describe('a stated total after its parts', () => {
  it('wins even when a part before it counts staff or it stands in brackets', () => {
    expect(
      affected('某病院 お知らせ', '漏えいした可能性のある方は、患者様120名、看護師6名の合計126名です。'),
    ).toBe(126);
    expect(
      affected(
        '某校 お知らせ',
        '流出した可能性のある情報の対象者:生徒 80名、保護者 75名、教員 9名(合計164名)',
      ),
    ).toBe(164);
  });
  it('leaves a total of staff alone, and sums parts without a total', () => {
    expect(
      affected(
        '某社 お知らせ',
        '漏えいした可能性のあるお客様情報は1,200件です。現在、職員計15名で対応にあたっております。',
      ),
    ).toBe(1200);
    expect(
      affected(
        '某社 お知らせ',
        '流出した可能性のある情報は、会員様 約300名分、取引先のご担当者様 約40名分です。',
      ),
    ).toBe(340);
  });
  it('reads 最大 約 N件 as the maximum, not a part to add', () => {
    const body = [
      '2.流出した可能性のある情報',
      '',
      '最大 約 5,200 件(内訳は以下のとおり)',
      '',
      '① 取引先様のご担当者情報 約 5,000 件',
      '',
      '② 当社従業員の情報 200 名分',
    ].join('\n');
    expect(affected('某社 ランサムウェア被害について', body)).toBe(5200);
  });
});
