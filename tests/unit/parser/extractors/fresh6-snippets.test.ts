/**
 * One test per extractor rule added after the first run of the fresh-6 held-out set
 * (tests/fixtures/heldout/fresh-6). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { leak, types, cats, affected } from './post-snippets';

describe('affectedCount: a count right after the people it counts', () => {
  it('is not excluded by a staff word earlier in its clause', () => {
    expect(
      affected(
        'さくら病院 個人情報を含む書類の誤交付について',
        '看護師が退院時に、患者様3名の検査結果票を誤って別の患者様のご家族へお渡しする事案が発生しました。',
      ),
    ).toBe(3);
  });
  it('still leaves the staff themselves out', () => {
    expect(
      affected(
        'さくら病院 個人情報を含む書類の紛失について',
        '職員3名で院内を捜索しましたが、患者様の氏名が記載された受付票12枚は見つかっておりません。',
      ),
    ).toBeNull();
  });
});

describe('affectedCount: the whole mailing and the people in brackets', () => {
  it('takes the people of the wrong letter, not the letters sent', () => {
    expect(
      affected(
        '北山町 納税通知書の誤封入について',
        '本日送付した納税通知書は約5千通ですが、このうち誤封入があったのは1通(4名分)でした。',
      ),
    ).toBe(4);
  });
  it('takes the people behind a number of records', () => {
    expect(
      affected(
        '株式会社サンプル 不正アクセスについて',
        '2.流出した可能性のある情報\n\n顧客データ 5,300件(3,870名分)\n氏名、住所、電話番号',
      ),
    ).toBe(3870);
  });
  it('still counts a wrongly sent batch', () => {
    expect(
      affected(
        '株式会社サンプル メール誤送信について',
        '誤って送信したメールは計 52 通で、宛先が表示されていました。',
      ),
    ).toBe(52);
  });
});

describe('affectedCount: members a service has, and a count still under investigation', () => {
  it('is no count', () => {
    expect(
      affected(
        '株式会社サンプル 会員サイトへの不正アクセスについて',
        '当サービスには約12万人の利用者にご登録いただいておりますが、全ての利用者が対象となるわけではありません。対象となる方の人数は現在調査中です。個人情報が漏えいした可能性があります。',
      ),
    ).toBeNull();
  });
});

describe('affectedCount: the figure an earlier report gave', () => {
  it('is replaced by the corrected one, in the same sentence or the next', () => {
    expect(
      affected(
        '株式会社サンプル 不正アクセスについて(第2報)',
        '前回のお知らせでは「約3,000名」とご報告いたしましたが、精査の結果、漏えいのおそれがある方は2,412名であることが判明しました。',
      ),
    ).toBe(2412);
    expect(
      affected(
        '株式会社サンプル 不正アクセスについて(第3報)',
        '第2報では漏えいのおそれがある情報を最大1万件とお知らせいたしましたが、調査が完了しました。\n\n2.漏えいのおそれがある個人情報\n\nお客様 8,215名分',
      ),
    ).toBe(8215);
  });
});

describe('affectedCount: wrong deliveries and lost documents as the leak', () => {
  it('reads a count beside 誤配信 and under a heading of lost or discarded documents', () => {
    expect(
      affected(
        '株式会社サンプル お知らせの誤配信について',
        '・誤配信されたお知らせ:214件\n・影響を受けた店舗:3店舗',
      ),
    ).toBe(214);
    expect(
      affected(
        '南川村 公文書の誤廃棄について',
        '1 概要\n\n保存期間中の文書を誤って廃棄しました。\n\n2 廃棄した書類\n\n 転入届 約320件\n\n3 原因\n\n確認不足によるものです。',
      ),
    ).toBe(320);
  });
});

describe('affectedCount: numbered entries that end in their count stay in the data zone', () => {
  it('sums to the stated total below them', () => {
    expect(
      affected(
        '株式会社サンプル ランサムウェア被害について',
        '2.漏えいのおそれのある情報\n\n(1)会員 1,200件\n 氏名、メールアドレス\n\n(2)退会者 300件\n 氏名\n\n合計 1,500件\n\n3.今後の対応\n\n順次ご連絡いたします。',
      ),
    ).toBe(1500);
  });
});

describe('leakStatus: viewed, said politely', () => {
  it('is confirmed', () => {
    expect(
      leak(
        '西浜市 ホームページ掲載資料における個人情報の掲載について',
        '公開期間中、当該資料は外部から5回閲覧されておりました。',
      ),
    ).toBe('confirmed');
  });
});

describe('leakStatus and dataTypes: phished credentials used to log in', () => {
  const body =
    'フィッシングサイトで窃取されたIDとパスワードを悪用され、メールボックスに不正にログインされました。メールボックス内のお客様の氏名と住所が流出した可能性があります。';
  it('are the means, not a confirmed leak or exposed data', () => {
    expect(leak('株式会社サンプル 不正ログインについて', body)).toBe('possible');
    expect(types('株式会社サンプル 不正ログインについて', body)).toEqual(['address', 'name']);
  });
  it('still count when they are what leaked', () => {
    expect(
      types('株式会社サンプル 不正アクセスについて', '会員様のログインIDとパスワードが流出しました。'),
    ).toEqual(['credentials']);
  });
});

describe('dataTypes: a topic clause its later predicate negates', () => {
  it('names no exposed data', () => {
    expect(
      types(
        '株式会社サンプル 不正アクセスについて',
        '■流出のおそれがある情報\n\n氏名、電話番号\n\nなお、銀行口座情報は、本システムでは保持しておりません。',
      ),
    ).toEqual(['name', 'phone']);
  });
});

describe('dataTypes: more personal items read as other', () => {
  it('covers inquiry contents, donation amounts, household make-up and holdings', () => {
    const t = '株式会社サンプル 個人情報の流出について';
    expect(types(t, '流出した情報:氏名、ご相談内容')).toEqual(['name', 'other']);
    expect(types(t, '流出した情報:氏名、寄附金額')).toEqual(['name', 'other']);
    expect(types(t, '流出した情報:氏名、世帯構成')).toEqual(['name', 'other']);
    expect(types(t, '流出した情報:氏名、保有資産の状況')).toEqual(['name', 'other']);
  });
});

describe('dataTypes: a grade that names a group or a role', () => {
  it('is not exposed school data', () => {
    expect(
      types(
        '学校法人サンプル学園 メール誤送信について',
        '2年生の学年主任が、第2学年の保護者様120名分のメールアドレスを宛先に入れて送信しました。',
      ),
    ).toEqual(['email']);
  });
  it('still counts when listed as an item', () => {
    expect(
      types('学校法人サンプル学園 個人情報の流出について', '流出した情報:生徒の氏名、学年、クラス'),
    ).toEqual(['name', 'school']);
  });
});

describe('categories: an organisation SNS account logged into by someone else', () => {
  it('is an account takeover alone', () => {
    expect(
      cats(
        '東山町 公式Instagramへの不正アクセスについて',
        '本町の公式Instagramアカウントに第三者が不正にログインし、プロフィールが書き換えられました。',
      ),
    ).toEqual(['account_takeover']);
  });
  it('leaves log-ins to members’ accounts of the own site alone', () => {
    expect(
      cats(
        '株式会社サンプル 会員アカウントへの不正ログインについて',
        '当社通販サイトの会員アカウント約300件に不正ログインが行われました。',
      ),
    ).toEqual(['unauthorized_access']);
  });
});

describe('categories: a published file that held personal data', () => {
  it('is a misconfiguration', () => {
    expect(
      cats(
        '北川市 ホームページ掲載資料について',
        '本市が公開したExcelファイルの非表示シートに、申込者の情報が残っていました。',
      ),
    ).toEqual(['misconfiguration']);
    expect(
      cats(
        '一般社団法人サンプル協会 研修資料の取扱いについて',
        '当協会ウェブサイトに掲載していた研修資料に、受講者の氏名が含まれていたことが判明しました。',
      ),
    ).toEqual(['misconfiguration']);
  });
});
