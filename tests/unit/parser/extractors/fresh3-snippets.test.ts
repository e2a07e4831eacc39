/**
 * One test per extractor rule added after the first run of the fresh-3 held-out set
 * (tests/fixtures/heldout/fresh-3). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganization, extractOrgType } from '../../../../src/main/parser/extractors';
import { headingMarker } from '../../../../src/main/parser/headings';
import { isHeadingLine } from '../../../../src/main/parser/extractors/text';
import { ctxOf, leak, types, affected } from './post-snippets';

describe('headings: an ordinal with its counter word is not a section number', () => {
  it('keeps 第1 概要 a heading but not 第2学年…, 第三者…, 第3回…', () => {
    expect(isHeadingLine('第1 概要')).toBe(true);
    expect(isHeadingLine('第2学年生徒 45名の氏名、出席番号、保護者の電話番号')).toBe(false);
    expect(isHeadingLine('第3回 研修会の参加者 12名の氏名及び所属先の一覧')).toBe(false);
    expect(headingMarker('第1 概要', '第1 概要')?.style).toBe('dai');
    expect(headingMarker('第二章 経緯', '第二章 経緯')?.number).toBe(2);
    expect(headingMarker('第三者機関による調査の結果', '第三者機関による調査の結果')).toBeNull();
    expect(headingMarker('第4学年児童の名簿', '第4学年児童の名簿')).toBeNull();
  });

  it('reads the item line under a data heading that starts with 第N学年', () => {
    expect(
      types(
        '若葉市 市立小学校における個人情報の紛失について',
        '1 紛失した書類に記載されていた情報\n\n第6学年児童 28名の氏名、学級、保護者の電話番号\n\n2 経緯\n\n持ち帰った書類を紛失しました。',
      ),
    ).toEqual(['name', 'phone', 'school']);
  });
});

describe('dataTypes', () => {
  it('reads the list under a heading about published data', () => {
    expect(
      types(
        '東浜市 ホームページへの個人情報の誤掲載について',
        '2 公開された個人情報\n\n応募者 15名の氏名、年齢、作品の講評\n\n3 対応\n\n直ちに削除しました。',
      ),
    ).toEqual(['age', 'name']);
  });

  it('does not read a password-protected attachment as exposed credentials', () => {
    expect(
      types(
        '株式会社サンプル商事 不審メールに関するお詫び',
        'パスワード付きZIPファイルが添付された不審なメールにご注意ください。\n\n感染した端末に保存されていたメールアドレスが流出した可能性があります。',
      ),
    ).toEqual(['email']);
    expect(
      types(
        '株式会社サンプル商事 不正ログインについて',
        'ログインIDとパスワードが流出した可能性があります。',
      ),
    ).toEqual(['credentials']);
  });

  it('does not read a number or address picked by mistake as exposed data', () => {
    expect(
      types(
        'さくら町 FAXの誤送信について',
        '職員が短縮ダイヤルの番号を誤って選択し、住民1名の氏名と住所を記載した書類を送信しました。',
      ),
    ).toEqual(['address', 'name']);
    expect(
      types(
        'さくら町 メールの誤送信について',
        '職員がメールアドレスを打ち間違えて送信し、申請者の氏名が記載されたファイルが第三者に送信されました。',
      ),
    ).toEqual(['name']);
  });

  it('reads data told to someone outside (deliberate disclosure)', () => {
    expect(
      types(
        '北浜市 職員による個人情報の漏えいについて',
        '職員が、住民2名の氏名及び住所を家族に教えていました。',
      ),
    ).toEqual(['address', 'name']);
    expect(
      types('北浜市 窓口の混雑について', 'お問い合わせの際は、氏名と電話番号をお伝えください。'),
    ).toEqual([]);
  });

  it('reads 所属 as employer only as a listed item', () => {
    expect(
      types(
        '一般社団法人サンプル協会 名簿の誤送付について',
        '2 誤送付した情報\n\n会員 40名の氏名、所属、役職',
      ),
    ).toEqual(['employer', 'name']);
    expect(
      types(
        '一般社団法人サンプル協会 メール誤送信について',
        '受講者の(所属会社等における)責任者に対して、氏名が記載されたメールを送信しました。',
      ),
    ).toEqual(['name']);
  });

  it('reads tax arrears, contract contents and amounts as other', () => {
    expect(
      types('若葉市 通知書の誤送付について', '2 誤送付した情報\n\n納税者1名の氏名、住所、市税の滞納額'),
    ).toEqual(['address', 'name', 'other']);
    expect(
      types(
        'サンプル信用金庫 帳票の紛失について',
        '紛失した帳票には、お客様12名の氏名、口座番号、預金残高が記載されていました。',
      ),
    ).toEqual(['bank_account', 'name', 'other']);
    expect(
      types(
        '株式会社サンプル保険 顧客情報の流出について',
        '流出した情報は、お客様の氏名及びご契約内容です。',
      ),
    ).toEqual(['name', 'other']);
  });
});

describe('leakStatus', () => {
  it('reads 漏らした / told someone outside as a confirmed disclosure', () => {
    expect(
      leak('北浜市 職員の不適切な事務処理について', '職員が住民の個人情報を知人に漏らしていました。'),
    ).toBe('confirmed');
    expect(
      leak(
        '北浜市 職員の不適切な事務処理について',
        '職員が業務で知り得た住民の家族構成を、友人に話していたことが判明しました。',
      ),
    ).toBe('confirmed');
    expect(
      leak('北浜市 職員の不適切な事務処理について', '調査の結果、外部に漏らしていないことを確認しました。'),
    ).toBe('none');
  });

  it('reads data shown to other users: possible when hedged, confirmed when found', () => {
    expect(
      leak(
        '株式会社サンプルEC システム不具合について',
        'プログラムの不具合により、お客様の氏名と住所が他のお客様に表示された可能性があります。',
      ),
    ).toBe('possible');
    expect(
      leak(
        '株式会社サンプルEC システム不具合について',
        '不具合の発生中に、3名のお客様の注文画面に別のお客様の氏名が表示されていました。',
      ),
    ).toBe('confirmed');
    // A ransom note or an error on screen is not data shown to someone.
    expect(
      leak('株式会社サンプルEC ランサムウェア被害について', 'サーバーの画面に脅迫文が表示されました。'),
    ).toBe('unknown');
  });
});

describe('affectedCount', () => {
  it('counts the people of a household count once (1世帯3名)', () => {
    expect(affected('若葉市 通知書の誤送付について', '2 誤送付した情報\n\n2世帯5名分の氏名、住所')).toBe(5);
  });

  it('sums staff counts whose own data was exposed, when no total is given', () => {
    expect(
      affected(
        '若葉市 名簿の誤送付について',
        '2 誤送付した情報\n\n教職員 20名の氏名、電話番号\n児童 4名の氏名\n\n3 対応\n\n回収しました。',
      ),
    ).toBe(24);
    // Staff who acted are still not affected.
    expect(
      affected(
        '若葉市 名簿の誤送付について',
        '職員2名で確認を行いましたが、住民15名分の名簿を誤って送付しました。',
      ),
    ).toBe(15);
  });

  it('leaves out people the release says were not affected', () => {
    expect(
      affected(
        '湾岸病院 不正アクセスによる情報流出について',
        '患者 約3,000人分の氏名が流出したことを確認しました。\n\n2 流出した情報\n\n患者 約3,000人分の氏名、病名\nなお、職員 120名の情報については、流出の痕跡は確認されませんでした。',
      ),
    ).toBe(3000);
  });

  it('takes このうちN件 as the headline when no count stands before it', () => {
    expect(
      affected(
        '株式会社サンプル 会員サイトへの不正ログインについて',
        '約5万回のログイン試行があり、このうち85件のアカウントで不正ログインが確認されました。',
      ),
    ).toBe(85);
    expect(
      affected(
        '株式会社サンプル 会員サイトへの不正ログインについて',
        '会員1,200名のメールアドレスが流出した可能性があり、このうち85件で不正ログインが確認されました。',
      ),
    ).toBe(1200);
  });

  it('counts people who reported damage', () => {
    expect(
      affected(
        '株式会社サンプル旅行 フィッシングサイトについて',
        '当社を装うSMSで偽サイトに誘導され、カード情報が流出する被害が発生しています。\n被害に遭われたお客様は 14 名です。',
      ),
    ).toBe(14);
  });
});

describe('organization: 独立行政法人 kinds written before the name', () => {
  it('keeps 国立研究開発法人 with its name and types it national', () => {
    const ctx = ctxOf('国立研究開発法人 サンプル科学研究機構 職員のPC紛失について', '紛失しました。');
    const org = extractOrganization(ctx).value;
    expect(org).toBe('国立研究開発法人 サンプル科学研究機構');
    expect(extractOrgType(ctx, org).value).toBe('national_government');
  });
});
