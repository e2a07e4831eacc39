/**
 * One test per extractor rule added after the first run of the fresh-9 held-out set
 * (tests/fixtures/heldout/fresh-9). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { isDataHeading } from '../../../../src/main/parser/extractors/text';
import { leak, types } from './post-snippets';

describe("credentials of the organisation's own staff or admin login", () => {
  const admin =
    '当社の管理者のIDとパスワードが外部に流出し、管理画面に不正にログインされました。会員の氏名、住所が閲覧された可能性があります。';
  const staffMail =
    '職員のメールアカウントのパスワードが漏えいし、当該アカウントから迷惑メールが送信されました。メールボックス内の取引先の氏名、メールアドレスが流出したおそれがあります。';
  it('are not exposed data', () => {
    expect(types('某社 管理画面への不正ログインについて', admin)).toEqual(['address', 'name']);
    expect(types('某法人 メールアカウントへの不正アクセスについて', staffMail)).toEqual(['email', 'name']);
  });
  it('leaking them is how the attacker got in, not the leak of the data', () => {
    expect(leak('某社 管理画面への不正ログインについて', admin)).toBe('possible');
    expect(leak('某法人 メールアカウントへの不正アクセスについて', staffMail)).toBe('possible');
  });
  it('still reads the credentials of members or customers as exposed', () => {
    const members = '会員のIDおよびパスワードが流出しました。';
    expect(types('某社 お知らせ', members)).toEqual(['credentials']);
    expect(leak('某社 お知らせ', members)).toBe('confirmed');
    expect(types('某社 お知らせ', 'お客様のログインID、パスワードが漏えいした可能性があります。')).toEqual([
      'credentials',
    ]);
  });
});

describe('a faculty named as part of the university is not a school item', () => {
  it('skips 学部/学科 right after 本学, 同大学 or a university name', () => {
    expect(
      types(
        '某大学 不正アクセスについて',
        '同大学医学部の教員が管理するサーバーから、患者の氏名が流出した可能性があります。',
      ),
    ).toEqual(['name']);
    expect(
      types(
        '某大学 メール誤送信について',
        '本学経済学部の学生120名の氏名、学籍番号が記載されたファイルを誤って送信しました。',
      ),
    ).toEqual(['id_number', 'name']);
  });
  it('still reads 学部 and 学科 listed as items', () => {
    expect(types('某学園 お知らせ', '流出した情報は、学生の氏名、学部、学科、学年です。')).toEqual([
      'name',
      'school',
    ]);
  });
});

describe('a general item spelled out in brackets', () => {
  it('takes the bracketed items instead of `other`', () => {
    expect(types('某社 応募者情報の流出', '流出した情報は、氏名、経歴(出身校、勤務先)です。')).toEqual([
      'employer',
      'name',
      'school',
    ]);
    expect(
      types('某医院 お知らせ', '流出したおそれのある情報は、問診票の回答内容(氏名、年齢)です。'),
    ).toEqual(['age', 'name']);
  });
  it('keeps `other` when the bracket names no vocabulary item', () => {
    expect(
      types('某生命保険 誤送付について', '記載されていた情報は、氏名、ご契約内容(保険種類、保険金額)です。'),
    ).toEqual(['name', 'other']);
  });
});

describe('a term in a clause saying who the people are', () => {
  it('is not an exposed item', () => {
    expect(
      types('某市 名簿の紛失について', '口座振替をご利用の皆様の氏名、住所が記載された名簿を紛失しました。'),
    ).toEqual(['address', 'name']);
    expect(
      types(
        '某社 不正アクセスについて',
        'クレジットカード決済で購入されたお客様の氏名、住所、電話番号が流出した可能性があります。',
      ),
    ).toEqual(['address', 'name', 'phone']);
  });
  it('leaves data the people gave (入力, 登録) as items', () => {
    expect(
      types('某社 偽サイトについて', 'ログインID、パスワードを入力されたお客様の情報が流出しました。'),
    ).toEqual(['credentials']);
    expect(types('某社 お知らせ', 'メールアドレスをご登録いただいたお客様の氏名が流出しました。')).toEqual([
      'email',
      'name',
    ]);
  });
});

describe('the answers of a form named in passing, when a data heading lists the items', () => {
  const listed = (lead: string) =>
    `${lead}\n\n2. 閲覧可能となっていた情報\n\n申込者の氏名、電話番号\n\n3. 今後の対応\n\n設定を見直します。`;
  it('add no `other` of their own', () => {
    expect(
      types(
        '某協会 フォームの設定誤りについて',
        listed('設定の誤りにより、他の申込者の回答内容が閲覧できる状態となっていました。'),
      ),
    ).toEqual(['name', 'phone']);
    expect(
      types(
        '某社 アンケートの設定誤りについて',
        listed('回答者が、他の方の入力いただいた情報を閲覧できる状態でした。'),
      ),
    ).toEqual(['name', 'phone']);
  });
  it('still count where no heading lists the items, or when listed under it', () => {
    expect(
      types(
        '某協会 フォームの設定誤りについて',
        '設定の誤りにより、他の申込者の回答内容が閲覧できる状態となっていました。',
      ),
    ).toEqual(['other']);
    expect(
      types(
        '某社 フォームの設定誤りについて',
        '2. 漏えいした恐れのある情報\n\n- 氏名\n- フォームに入力いただいた情報\n\n3. 今後の対応\n\n設定を見直します。',
      ),
    ).toEqual(['name', 'other']);
  });
});

describe('data zones: a heading about the incident itself is not a data heading', () => {
  it('leaves 事案の内容 / 事故の概要 out', () => {
    expect(isDataHeading('■事案の内容')).toBe(false);
    expect(isDataHeading('○ 事故の概要')).toBe(false);
    expect(isDataHeading('1 本件の概要')).toBe(false);
  });
  it('keeps headings about the content of the data', () => {
    expect(isDataHeading('■漏えいした情報の内容')).toBe(true);
    expect(isDataHeading('2 誤送付した書類の内容')).toBe(true);
  });
});

describe('attendance records as `other`', () => {
  it('reads 勤務時間の記録 / 勤怠情報 as other', () => {
    expect(types('某市 誤送付について', '誤送付された情報は、職員の氏名及び勤務時間の記録です。')).toEqual([
      'name',
      'other',
    ]);
    expect(types('某社 不正アクセスについて', '流出したおそれのある情報は、従業員の勤怠情報です。')).toEqual([
      'other',
    ]);
  });
  it('does not read working hours as a time of day', () => {
    expect(
      types(
        '某市 USBメモリの紛失について',
        '職員が勤務時間外に住民の氏名を記録したUSBメモリを持ち出し、紛失した。',
      ),
    ).toEqual(['name']);
  });
});
