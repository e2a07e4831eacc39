/**
 * One test per extractor rule added after the first run of the fresh-5 held-out set
 * (tests/fixtures/heldout/fresh-5). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganization } from '../../../../src/main/parser/extractors';
import { makeContext } from './context';
import { leak, types, cats, affected, org } from './post-snippets';

describe('organization: a release title that mentions a leak site', () => {
  it('still opens with the organisation', () => {
    expect(org('株式会社ミドリ工業 当社情報のリークサイト掲載に関するお知らせ')).toBe('株式会社ミドリ工業');
    expect(org('公益財団法人ひかり文化振興会 ランサムウェア攻撃グループによる犯行声明について')).toBe(
      '公益財団法人ひかり文化振興会',
    );
  });
  it('leaves the blog headline about a claim to the body', () => {
    const ctx = makeContext(
      '【セキュリティ事件簿#2025-001】Akiraランサムウェアギャングは、“example.co.jp”をハッキングしたと主張 2025/1/10\n\n株式会社サンプル商事は、…',
    );
    expect(extractOrganization(ctx).value).toBe('株式会社サンプル商事');
  });
});

describe('organization: what a title without a space glues to a company name', () => {
  it('cuts the service the release is about', () => {
    expect(org('株式会社アルファ公式通販サイトへの不正アクセスについて')).toBe('株式会社アルファ');
    expect(org('有限会社みつば堂オンラインショップにおける情報漏えいについて')).toBe('有限会社みつば堂');
  });
  it('cuts a branch named after a prefecture, city or region', () => {
    expect(org('株式会社大和通商大阪支店における書類の紛失について')).toBe('株式会社大和通商');
    expect(org('株式会社ベータ物産九州営業所での誤送信について')).toBe('株式会社ベータ物産');
  });
  it('keeps a name whose branch place it cannot tell, and names that end like a service', () => {
    expect(org('株式会社大和通商八王子営業所における書類の紛失について')).toBe(
      '株式会社大和通商八王子営業所',
    );
    expect(org('株式会社ホームページにおける不具合について')).toBe('株式会社ホームページ');
  });
});

describe('affectedCount: the audience of a hijacked account is not affected', () => {
  it('does not count followers or LINE friends', () => {
    expect(
      affected(
        '株式会社ガンマ 公式Xアカウントの乗っ取りについて',
        '公式アカウントが乗っ取られ、フォロワー約5万人に不審なDMが記載されたURLとともに送られました。',
      ),
    ).toBeNull();
    expect(
      affected(
        '株式会社ガンマ 公式LINEの不正利用について',
        '友だち登録者3,200人に対し、不審なメッセージが配信されたことを確認しました。',
      ),
    ).toBeNull();
  });
  it('still counts followers whose own data was exposed', () => {
    expect(
      affected(
        '株式会社ガンマ 不具合について',
        'フォロワー120名の氏名が他の利用者に表示される状態となっていました。',
      ),
    ).toBe(120);
  });
});

describe('affectedCount: data shown to other users is the exposure', () => {
  it('counts the people whose data a defect showed to others', () => {
    expect(
      affected(
        'ベータ信用金庫 アプリの不具合について',
        '調査の結果、延べ41名のお客様の情報が別のお客様の端末に表示されていたことが分かりました。',
      ),
    ).toBe(41);
  });
});

describe('leakStatus: other viewing verbs under a hedge', () => {
  it('reads 読み取られた可能性 and 見られたおそれ as possible', () => {
    expect(
      leak('県 資料の公開について', '黒塗り部分の文字情報が外部の方に読み取られた可能性があります。'),
    ).toBe('possible');
    expect(leak('市 掲示物について', '掲示期間中、来庁者に氏名が見られたおそれがあります。')).toBe(
      'possible',
    );
  });
});

describe('categories: phishing by a direct message', () => {
  it('reads an impersonating DM with a fake login page as phishing, ahead of the takeover', () => {
    expect(
      cats(
        '株式会社デルタ 公式Instagramアカウントの乗っ取りについて',
        '担当者のもとにInstagram運営を装ったDMが届き、偽のログインページにパスワードを入力したため、アカウントが乗っ取られました。',
      ),
    ).toEqual(['phishing', 'account_takeover']);
  });
  it('does not read a takeover without a lure as phishing', () => {
    expect(
      cats(
        '株式会社デルタ 公式アカウントの乗っ取りについて',
        '公式アカウントが第三者に乗っ取られ、不審な投稿が行われました。',
      ),
    ).toEqual(['account_takeover']);
  });
});

describe('dataTypes: 所属機関 and usage charges', () => {
  it('reads the affiliation and a utility bill', () => {
    expect(types('省 研修の申込みについて', '流出した情報:参加者の氏名、所属機関及びメールアドレス')).toEqual(
      ['email', 'employer', 'name'],
    );
    expect(
      types('町 請求書の誤送付について', '誤送付された情報:氏名、住所、ガス使用量及びご利用料金'),
    ).toEqual(['address', 'name', 'other']);
  });
});
