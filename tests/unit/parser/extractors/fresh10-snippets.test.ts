/**
 * One test per extractor rule added after the first run of the fresh-10 held-out set
 * (tests/fixtures/heldout/fresh-10). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, cats, leak, types } from './post-snippets';

describe('amounts paid or charged and what was ordered are `other` items', () => {
  it('reads 支給額 / 給付額 / 還付額 / 請求額 / 保険料 / 注文内容 as other', () => {
    expect(
      types('某市 通知書の誤送付について', '誤送付した通知書には、氏名、給付額が記載されていました。'),
    ).toEqual(['name', 'other']);
    expect(types('某社 お知らせ', '漏えいした情報は、お客様の氏名、請求予定額です。')).toEqual([
      'name',
      'other',
    ]);
    expect(types('某社 お知らせ', '漏えいした情報は、お客様の氏名、月々の保険料です。')).toEqual([
      'name',
      'other',
    ]);
    expect(types('某社 お知らせ', '流出した情報は、お客様の住所、ご注文の内容です。')).toEqual([
      'address',
      'other',
    ]);
  });
  it('leaves 保険料 that names the account it is paid from', () => {
    expect(
      types('某社 お知らせ', '書類には、氏名、保険料の引落口座の口座番号が記載されておりました。'),
    ).toEqual(['bank_account', 'name']);
  });
});

describe("a vehicle's registration number is `other`, not an id_number", () => {
  it('reads 車両の登録番号 / 自動車登録番号 as other', () => {
    expect(
      types('某県 お知らせ', '誤送付した通知書には、氏名、自動車登録番号が記載されていました。'),
    ).toEqual(['name', 'other']);
    expect(types('某社 お知らせ', '漏えいした情報は、契約者の氏名、車両の登録番号です。')).toEqual([
      'name',
      'other',
    ]);
  });
  it('still reads other registration numbers as id_number', () => {
    expect(types('某協会 お知らせ', '漏えいした情報は、会員の氏名、登録番号です。')).toEqual([
      'id_number',
      'name',
    ]);
  });
});

describe('an address picked and sent to is the destination, not exposed data', () => {
  it('skips the address chosen for the send', () => {
    expect(
      types(
        '某社 お知らせ',
        '担当者が、別のお客様のメールアドレスを選択して送信しました。送信したメールには、お客様の氏名、電話番号が記載されていました。',
      ),
    ).toEqual(['name', 'phone']);
    expect(
      types(
        '某院 お知らせ',
        '職員がFAX番号を入力して送信したところ、患者の氏名、病名を記載した書類が別の事業者へ届きました。',
      ),
    ).toEqual(['health', 'name']);
  });
  it('still reads an address the mail carried', () => {
    expect(types('某社 お知らせ', '他のお客様のメールアドレスが記載されたファイルを送信しました。')).toEqual([
      'email',
    ]);
  });
});

describe('data printed on a document is named as exposed', () => {
  it('takes 印字 / 印刷され as the predicate', () => {
    expect(
      types('某市 はがきの記載誤りについて', 'はがきの表面に、被保険者番号と病名が印字されていました。'),
    ).toEqual(['health', 'id_number']);
    expect(types('某校 お知らせ', '配布した資料に、生徒の氏名と得点が印刷されていました。')).toEqual([
      'grades',
      'name',
    ]);
  });
});

describe('a figure an earlier report gave is superseded after …としておりましたが', () => {
  it('takes the new figure, not the sum', () => {
    expect(
      affected(
        '某財団 メール誤送信について(第2報)',
        '第1報では約120件としておりましたが、調査の結果、表示されたメールアドレスは 98 件であることが判明しました。',
      ),
    ).toBe(98);
    expect(
      affected(
        '某社 流出について(続報)',
        '前回のお知らせでは最大3,000名としていましたが、精査の結果、流出した個人情報は2,412名分です。',
      ),
    ).toBe(2412);
  });
  it('keeps a count that follows the earlier statement', () => {
    expect(
      affected(
        '某社 流出について(第2報)',
        '当初は外部への流出はないものとしておりましたが、調査の結果、会員42名の氏名が流出していたことが判明しました。',
      ),
    ).toBe(42);
  });
});

describe('letters or mails are the count when no count of people is given', () => {
  it('takes N通 of letters that carried the data', () => {
    expect(
      affected(
        '某市 通知書の誤送付について',
        '発送準備の誤りにより、納税通知書312通に別の納税者の氏名が記載されていました。',
      ),
    ).toBe(312);
    expect(
      affected(
        '某社 案内状の記載誤りについて',
        '案内状85通の宛名面に、お客様の会員番号が印字されていました。',
      ),
    ).toBe(85);
  });
  it('prefers a count of people beside the letters', () => {
    expect(
      affected(
        '某市 通知書の誤送付について',
        '通知書12通を誤って送付しました。対象となった方は市民9名の氏名、住所です。',
      ),
    ).toBe(9);
  });
});

describe('a count in brackets right after the people it counts', () => {
  it('stands when it is the only count', () => {
    expect(
      affected(
        '某校 資料の誤配布について',
        '配布した資料に、学年全員(142名)の氏名と点数が記載されていました。',
      ),
    ).toBe(142);
    expect(affected('某院 お知らせ', '入院患者(12人)の氏名が記載された書類を誤って送付しました。')).toBe(12);
  });
  it('still loses to a count outside brackets', () => {
    expect(
      affected(
        '某社 お知らせ',
        '会員様2,030名の氏名、メールアドレスが流出しました(うち会員(1,200名)は退会済みです)。',
      ),
    ).toBe(2030);
  });
});

describe('a setting mistake', () => {
  it('given as the cause of a page showing data is misconfiguration', () => {
    expect(
      cats(
        '某社 お申込みページにおける他のお客様情報の表示について',
        'サーバーの設定を誤って変更したため、他のお客様の氏名が表示される状態となっていました。',
      ),
    ).toContain('misconfiguration');
  });
  it('in a sentence about sending is the misdelivery, not a second incident', () => {
    expect(
      cats(
        '某大学 成績通知メールの誤送信について',
        '差し込みの設定を誤り、別の学生の成績をメールで送信しました。',
      ),
    ).toEqual(['misdelivery']);
    expect(
      cats(
        '某社 ご案内の誤送付について',
        '封入機の設定を誤ったまま郵送したため、別のお客様の書類が同封されました。',
      ),
    ).toEqual(['misdelivery']);
  });
});

describe('a defect in a program or a system', () => {
  it('reads プログラムに不具合 / システムに不具合 as system_bug', () => {
    expect(
      cats(
        '某社 会員情報の表示について',
        '会員ページのプログラムに不具合があり、他の会員の住所が表示されました。',
      ),
    ).toContain('system_bug');
    expect(cats('某市 お知らせ', '予約システムに不具合が生じ、他の利用者の氏名が表示されました。')).toContain(
      'system_bug',
    );
  });
});

describe('seen by third parties as a hedge', () => {
  it('reads 目に触れた可能性 / 目に触れたおそれ as possible', () => {
    expect(
      leak(
        '某市 はがきの記載誤りについて',
        'はがきの表面に氏名と病名が印字されており、配達の過程で第三者の目に触れた可能性があります。',
      ),
    ).toBe('possible');
    expect(
      leak('某社 お知らせ', '窓あき封筒から口座番号が見える状態であり、第三者の目に触れたおそれがあります。'),
    ).toBe('possible');
  });
  it('leaves a release that rules it out', () => {
    expect(
      leak('某市 お知らせ', '郵便物は未開封で返送されており、第三者の目に触れた可能性はありません。'),
    ).not.toBe('possible');
  });
});
