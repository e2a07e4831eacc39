/**
 * One test per extractor rule added after the first run of the fresh-13 held-out set
 * (tests/fixtures/heldout/fresh-13). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { classifyOrganization } from '../../../../src/main/parser/extractors/orgType';
import { affected, cats, leak, org } from './post-snippets';

const typeOf = (name: string) => classifyOrganization(name)?.type ?? null;

describe('special local public bodies are local governments', () => {
  it('reads 一部事務組合 / 消防組合 / 広域連合 as local_government', () => {
    expect(typeOf('あおば環境衛生事務組合')).toBe('local_government');
    expect(typeOf('北湊地区消防組合')).toBe('local_government');
    expect(typeOf('さざなみ県後期高齢者医療広域連合')).toBe('local_government');
    expect(typeOf('西川地域広域連合')).toBe('local_government');
  });
  it('keeps mutual-aid, trade and insurance 組合 and 連合会 as associations', () => {
    expect(typeOf('東湊県市町村職員共済組合')).toBe('association');
    expect(typeOf('みなと食品衛生同業組合')).toBe('association');
    expect(typeOf('西浜印刷健康保険組合')).toBe('association');
    expect(typeOf('全国こども食堂連合会')).toBe('association');
  });
});

describe('JA / JF names are cooperatives', () => {
  it('reads JA〇〇 and JF〇〇 as association', () => {
    expect(typeOf('JAさくら野')).toBe('association');
    expect(typeOf('JF北浜漁協')).toBe('association');
  });
  it('leaves Latin names that only start with JA alone', () => {
    expect(typeOf('JAPANテック株式会社')).toBe('company');
    expect(typeOf('JAXON')).not.toBe('association');
  });
});

describe('a Latin word glued to a legal form ends a company name written with a space', () => {
  it('keeps `Xyz Japan合同会社` and `Acme Widgets株式会社` whole', () => {
    expect(org('Nordlicht Japan株式会社 当社ECサイトへの不正アクセスについて')).toBe(
      'Nordlicht Japan株式会社',
    );
    expect(org('Acme Widgets合同会社 メールの誤送信について')).toBe('Acme Widgets合同会社');
  });
  it('still ends a Latin name before an ordinary title word, and keeps 株式会社ABC Japan', () => {
    expect(org('Contoso 当社サイトの障害について')).toBe('Contoso');
    expect(org('株式会社ABC Japan 当社サイトへの不正アクセスについて')).toBe('株式会社ABC Japan');
  });
});

describe('two organisations announcing together: the first named', () => {
  it('takes the first of two names joined by ・', () => {
    expect(org('京浜市・京浜市教育委員会 学校における個人情報の漏えいについて')).toBe('京浜市');
    expect(org('株式会社ミナト商事・キタ物産株式会社 共同運営サイトへの不正アクセスについて')).toBe(
      '株式会社ミナト商事',
    );
  });
  it('leaves a company name that contains ・ whole', () => {
    expect(org('株式会社ジェイ・エス・ビー 当社従業員による漏えいについて')).toBe(
      '株式会社ジェイ・エス・ビー',
    );
    expect(org('株式会社トヨハシ・レンタリース 顧客情報の紛失について')).toBe(
      '株式会社トヨハシ・レンタリース',
    );
  });
});

describe('credentials typed into a page a link led to are phishing', () => {
  it('adds phishing to an account incident told that way', () => {
    const body =
      '届いたメールに記載されたURLからログイン画面を開き、担当者がIDとパスワードを入力したところ、その後公式Xアカウントが乗っ取られました。';
    expect(cats('某社 公式Xアカウントの乗っ取りについて', body)).toEqual(['phishing', 'account_takeover']);
  });
  it('reads no phishing in advice not to type them in', () => {
    const body =
      '公式Xアカウントが乗っ取られました。不審なURLを開いてIDやパスワードを入力しないようご注意ください。';
    expect(cats('某社 公式Xアカウントの乗っ取りについて', body)).toEqual(['account_takeover']);
    const guide =
      '公式Xアカウントが乗っ取られました。復旧後は、公式サイトのURLからログイン画面を開き、IDとパスワードを入力してください。';
    expect(cats('某社 公式Xアカウントの乗っ取りについて', guide)).toEqual(['account_takeover']);
  });
});

describe('an attack word whose finding is negated with されておらず is no category', () => {
  it('drops 不正アクセス / マルウェア that were not found', () => {
    const body =
      '誤った宛先にメールを送信しました。なお、マルウェアへの感染や不正アクセスは確認されておらず、操作の誤りによるものです。';
    expect(cats('某社 メールの誤送信について', body)).toEqual(['misdelivery']);
  });
  it('keeps an access whose route is what was not found', () => {
    const body =
      'サーバーが不正アクセスを受けました。不正アクセスの侵入経路は特定されておらず、調査を続けております。';
    expect(cats('某社 お知らせ', body)).toEqual(['unauthorized_access']);
  });
});

describe('readers who viewed a page (閲覧された方) are no leak', () => {
  it('does not read the honorific as a confirmed leak', () => {
    const body =
      'ホームページが改ざんされました。改ざん期間中に当該ページを閲覧された皆様は、ウイルス対策ソフトでの確認をお願いいたします。個人情報の流出はありません。';
    expect(leak('某社 ホームページの改ざんについて', body)).toBe('none');
  });
  it('still reads data viewed by someone as confirmed', () => {
    expect(leak('某社 お知らせ', '顧客情報が第三者に閲覧されたことを確認いたしました。')).toBe('confirmed');
  });
});

describe('another person viewing the data, in the active voice, is confirmed', () => {
  it('reads 他の利用者が…閲覧したことを確認 as confirmed', () => {
    expect(
      leak('某市 予約システムの不具合について', '別の利用者が当該ページを閲覧したことを確認しております。'),
    ).toBe('confirmed');
    expect(leak('某社 お知らせ', '第三者が共有フォルダの名簿を閲覧していた事実が判明しました。')).toBe(
      'confirmed',
    );
  });
  it('still reads a viewing that may have happened as possible', () => {
    expect(leak('某社 お知らせ', '別の利用者が当該ページを閲覧した可能性があります。')).toBe('possible');
  });
});

describe('data obtained by deception is a confirmed leak', () => {
  it('reads 不正に取得していた / 不正取得された as confirmed', () => {
    expect(
      leak(
        '某町 戸籍謄本の不正取得について',
        '行政書士が職務上請求書を悪用し、町民の方の戸籍謄本を不正に取得していました。',
      ),
    ).toBe('confirmed');
  });
  it('leaves the credentials an attacker got hold of to log in', () => {
    expect(
      leak('某社 お知らせ', '第三者が不正に取得したIDとパスワードを用いて当社サイトにログインしました。'),
    ).not.toBe('confirmed');
  });
  it('counts the people whose papers were obtained', () => {
    expect(
      affected(
        '某区 住民票の写しの不正取得について',
        '第三者が区民の方2名の住民票の写しを不正に取得していました。',
      ),
    ).toBe(2);
  });
});

describe('data downloaded or sent outside that may have been is possible', () => {
  it('reads ダウンロードされた可能性 / 外部へ送信された可能性 as possible', () => {
    expect(leak('某市 お知らせ', '公開期間中に名簿ファイルがダウンロードされた可能性があります。')).toBe(
      'possible',
    );
    expect(leak('某社 お知らせ', '顧客データが外部のサーバーへ送信された可能性がございます。')).toBe(
      'possible',
    );
  });
  it('does not read spam that may have been sent as a leak', () => {
    expect(leak('某社 お知らせ', '当社のアカウントから迷惑メールが送信された可能性があります。')).toBe(
      'unknown',
    );
  });
});

describe('no trace found (形跡は確認されておりません) is none', () => {
  it('reads the finding as none', () => {
    expect(
      leak(
        '某社 設定誤りについて',
        'ログを調査した結果、第三者によりダウンロードされた形跡は確認されていません。',
      ),
    ).toBe('none');
  });
  it('still reads a hedge beside it as possible', () => {
    expect(
      leak('某社 お知らせ', '閲覧された形跡は確認されておりませんが、閲覧された可能性を否定できません。'),
    ).toBe('possible');
  });
});
