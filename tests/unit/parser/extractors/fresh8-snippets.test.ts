/**
 * One test per extractor rule added after the first run of the fresh-8 held-out set
 * (tests/fixtures/heldout/fresh-8). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { isDataHeading } from '../../../../src/main/parser/extractors/text';
import { counts, types } from './post-snippets';

describe('data zones: a heading about a document (通知書, 報告書) is not about notifying', () => {
  it('takes 〜書に記載/含まれる headings as data headings', () => {
    expect(isDataHeading('2 通知書に記載されていた情報')).toBe(true);
    expect(isDataHeading('(2) 報告書に含まれていた個人情報')).toBe(true);
    expect(isDataHeading('3.依頼書に記載の項目')).toBe(true);
  });
  it('still leaves headings about the acts of notifying or reporting out', () => {
    expect(isDataHeading('3 対象者への通知及び謝罪')).toBe(false);
    expect(isDataHeading('4 個人情報保護委員会への報告')).toBe(false);
    expect(isDataHeading('5 関係者への説明について')).toBe(false);
  });
  it('reads the items of such a zone', () => {
    expect(
      types(
        '某市 納付書の紛失について',
        '2 納付書兼領収書に記載されていた情報\n\n納税者15名分の氏名、住所、税額\n\n3 対応\n\n該当者に謝罪した。',
      ),
    ).toEqual(['address', 'name', 'other']);
  });
});

describe('dataTypes: the name of a workplace and point balances', () => {
  it('reads 〜の名称 of a company, workplace or body as employer', () => {
    expect(
      types('某社 書類の紛失について', '紛失した書類には、勤務先の名称及び氏名が記載されていました。'),
    ).toEqual(['employer', 'name']);
    expect(
      types('某県 資料の誤送付について', '誤送付した資料に含まれていた情報は、事業所の名称、担当者名です。'),
    ).toContain('employer');
  });
  it('does not read a 名称 that is not of a workplace, nor a name change', () => {
    expect(types('某社 お知らせ', '流出した情報は、商品の名称と価格です。')).not.toContain('employer');
    expect(types('某社 お知らせ', '会社の名称を変更いたしました。')).toEqual([]);
  });
  it('reads point balances as other', () => {
    expect(
      types('某社 不正アクセスについて', '閲覧されたおそれのある情報は、氏名、ポイント残高です。'),
    ).toEqual(['name', 'other']);
    expect(types('某社 不正ログインについて', '会員の保有ポイントが閲覧された可能性があります。')).toEqual([
      'other',
    ]);
    expect(types('某社 お知らせ', 'ポイントサイト経由の登録が流出した経緯を調査しています。')).toEqual([]);
  });
});

describe('counts: 通 starting a word is not the mail counter', () => {
  it('skips a heading number before 通知/通信/通報', () => {
    expect(counts('某社 お知らせ', '3 通信障害の状況\n\n会員120名のデータが閲覧された。')).toEqual([120]);
    expect(counts('某市 お知らせ', '2 通報を受けた経緯\n\n住民から連絡があった。')).toEqual([]);
  });
  it('keeps mail and letter counts', () => {
    expect(counts('某社 お知らせ', 'メール17通を誤って送信した。')).toEqual([17]);
    expect(counts('某市 お知らせ', '通知書 3 通が所在不明となった。')).toEqual([3]);
  });
});
