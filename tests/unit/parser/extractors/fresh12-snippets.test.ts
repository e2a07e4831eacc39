/**
 * One test per extractor rule added after the first run of the fresh-12 held-out set
 * (tests/fixtures/heldout/fresh-12). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, cats, leak, types } from './post-snippets';

describe('a hedge word in a heading line is a topic, not a hedge', () => {
  it('reads a release whose only hedge is a `…の可能性について` heading by its finding', () => {
    const body = [
      '3.個人情報流出の可能性について',
      '',
      '書類は施錠された倉庫で保管されていたことを確認しており、個人情報の流出はないものと判断しております。',
    ].join('\n');
    expect(leak('某社 書類の所在不明について', body)).toBe('none');
    expect(leak('某社 お知らせ', '■漏えいのおそれに関して\n\n外部への漏えいはありません。')).toBe('none');
  });
  it('still reads a hedge in running text, or after a heading word inside a sentence', () => {
    expect(leak('某社 お知らせ', '顧客情報が流出した可能性があります。')).toBe('possible');
    expect(leak('某社 お知らせ', '情報漏えいの可能性について、現在も調査を続けております。')).toBe(
      'possible',
    );
  });
});

describe('a negated hedge rules the leak out', () => {
  it('reads おそれはない / 恐れはありません / 可能性はございません as none', () => {
    expect(
      leak(
        '某市 パソコンの盗難について',
        '盗まれたパソコンは暗号化されており、個人情報が漏えいするおそれはないと考えております。',
      ),
    ).toBe('none');
    expect(leak('某社 お知らせ', 'データは消去済みのため、情報流出の恐れはありません。')).toBe('none');
  });
  it('still reads the hedge when it is not negated, or its negation is doubted', () => {
    expect(leak('某社 お知らせ', '個人情報が流出したおそれがあります。')).toBe('possible');
    expect(leak('某社 お知らせ', '情報漏えいのおそれはないとは言い切れません。')).toBe('possible');
    expect(leak('某社 お知らせ', '第三者に閲覧されていないと断言することはできません。')).toBe('possible');
  });
});

describe('no trace of access, in the active or the passive voice, is none', () => {
  it('reads アクセスした形跡はありませんでした / ダウンロードされた形跡は認められませんでした as none', () => {
    expect(
      leak('某社 お知らせ', 'ログを確認したところ、外部の者がファイルにアクセスした形跡はありませんでした。'),
    ).toBe('none');
    expect(leak('某町 お知らせ', '当該ファイルがダウンロードされた形跡は認められませんでした。')).toBe(
      'none',
    );
  });
  it('still reads a trace that is not ruled out as possible', () => {
    expect(
      leak('某社 お知らせ', 'アクセスした形跡は確認されていませんが、閲覧された可能性を否定できません。'),
    ).toBe('possible');
  });
});

describe("someone else's data on what was handed out or sent is a confirmed leak", () => {
  it('reads 他の方の情報が記載された…を送付しました / 別人のデータが印字された…を交付 as confirmed', () => {
    expect(
      leak(
        '某社 システム不具合に関するお詫び',
        'プログラムの誤りにより、他のお客様の情報が記載された明細書を送付しました。',
      ),
    ).toBe('confirmed');
    expect(leak('某区 お知らせ', '窓口で、別人のデータが印字された証明書を交付していました。')).toBe(
      'confirmed',
    );
  });
  it('leaves a hedged delivery and words like 個別 alone', () => {
    expect(leak('某社 お知らせ', '他のお客様の情報が記載された明細書を送付した可能性があります。')).not.toBe(
      'confirmed',
    );
    expect(leak('某社 お知らせ', '対象のお客様には、お詫びを記載した書面を個別に送付しました。')).toBe(
      'unknown',
    );
  });
});

describe('a de-duplicated count of people wins over a cumulative one', () => {
  it('reads 重複を除くと / 重複を除いた / 実人数は as the count', () => {
    expect(
      affected('某社 お知らせ', '流出した可能性のあるデータは延べ 5,120 件、重複を除くと 4,388 名分です。'),
    ).toBe(4388);
    expect(affected('某市 お知らせ', '漏えいした記録は延べ812件で、実人数は640名です。')).toBe(640);
  });
  it('still takes a cumulative count alone', () => {
    expect(affected('某社 お知らせ', '流出した可能性がある情報は、のべ 683 名分です。')).toBe(683);
  });
});

describe('mails or letters that hold the people counted beside them are not added', () => {
  it('takes the people, not the mails, in one sentence', () => {
    expect(
      affected(
        '某大学 お知らせ',
        '閲覧された可能性のあるメール約 1,500 通には、卒業生 210名分 の氏名が含まれていました。',
      ),
    ).toBe(210);
  });
  it('still takes letters alone as the count', () => {
    expect(affected('某市 お知らせ', '誤送付した通知書 312 通に、別の方の氏名が記載されていました。')).toBe(
      312,
    );
  });
});

describe('a figure an earlier report gave is superseded, also after …において', () => {
  it('takes the corrected figure after 第1報において…と公表しましたが', () => {
    expect(
      affected(
        '某社 お知らせ(第2報)',
        '前回において漏えい件数を約900件と発表いたしましたが、精査の結果、漏えいしたのは812件でした。',
      ),
    ).toBe(812);
  });
  it('still takes a count in a sentence that cites no earlier report', () => {
    expect(affected('某社 お知らせ', '調査において、漏えいした件数は812件であることが判明しました。')).toBe(
      812,
    );
  });
});

describe('a count of staff whose data it is (職員情報 N名分) is affected', () => {
  it('sums the staff data and the customer data given as parts', () => {
    const body = [
      '2.流出した情報',
      '',
      '職員情報 52名分(氏名、内線番号)',
      '顧客情報 310名分(氏名、電話番号)',
    ].join('\n');
    expect(affected('某社 ランサムウェア被害について', body)).toBe(362);
  });
  it('still leaves staff who acted out', () => {
    expect(
      affected(
        '某社 お知らせ',
        '顧客 140名分 の氏名が流出しました。職員情報を確認した担当者 2名 が対応しております。',
      ),
    ).toBe(140);
  });
});

describe("a sentence saying someone else's papers were enclosed is about the leak", () => {
  it('counts the enclosures', () => {
    expect(
      affected('某協会 お知らせ', '発送した案内のうち、3件について、他の会員の書類が同封されていました。'),
    ).toBe(3);
  });
});

describe('a wrong delivery a program defect made is the defect, not a misdelivery too', () => {
  it('drops misdelivery when the title names the defect as the cause', () => {
    expect(
      cats('某市 システムの不具合による納税通知書の誤送付について', '別の方の通知書が届きました。'),
    ).toEqual(['system_bug']);
  });
  it('keeps both when the defect and the mis-send are two things', () => {
    expect(
      cats(
        '某社 システム不具合及びメール誤送信について',
        '職員が誤ってメールを別の宛先に送信しました。また、プログラムの不具合により画面が表示されませんでした。',
      ),
    ).toEqual(['system_bug', 'misdelivery']);
  });
});

describe('a health insurance scheme names no health data', () => {
  it('reads 国民健康保険 / 健康保険証 as no health item', () => {
    expect(
      types('某市 国民健康保険の通知書の誤送付について', '誤送付された情報は、氏名、住所です。'),
    ).toEqual(['address', 'name']);
  });
  it('still reads health check results as health', () => {
    expect(types('某社 お知らせ', '漏えいした情報は、氏名、健康診断の結果です。')).toEqual([
      'health',
      'name',
    ]);
  });
});
