/**
 * One test per extractor rule added after the first run of the fresh-7 held-out set
 * (tests/fixtures/heldout/fresh-7). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, org, types } from './post-snippets';

describe('organization: a Latin company name over English corporate words', () => {
  it('keeps Japan, Holdings, Inc. with the name', () => {
    expect(org('株式会社XYZ Japan 当社ECサイトへの不正アクセスについて')).toBe('株式会社XYZ Japan');
    expect(org('Sample Holdings 子会社における情報漏えいについて')).toBe('Sample Holdings');
    expect(org('ACME Inc. ランサムウェア被害のお知らせ')).toBe('ACME Inc.');
  });
  it('leaves other Latin words of the title alone', () => {
    expect(org('株式会社XYZ Webサイト改ざんのお知らせ')).toBe('株式会社XYZ');
    expect(org('株式会社みどり Japan Expo出展者情報の誤送信について')).toBe('株式会社みどり');
  });
});

describe('affectedCount: the figure an earlier report gave, in other tenses', () => {
  it('is superseded when the report said it had announced it (しておりましたが)', () => {
    expect(
      affected(
        '株式会社サンプル 個人情報流出に関するご報告(第3報)',
        '前回のお知らせでは、対象となる会員様を約6千名とご案内しておりましたが、調査の結果、対象は4,105名であることが判明しました。',
      ),
    ).toBe(4105);
    expect(
      affected(
        '株式会社サンプル 不正アクセスに関するご報告(最終報)',
        '第2報では流出したおそれのある件数を最大1万件と公表していましたが、確定した件数は7,380件です。',
      ),
    ).toBe(7380);
  });
});

describe('affectedCount: accounts an attacker logged in to', () => {
  it('counts the accounts where the login succeeded', () => {
    expect(
      affected(
        '株式会社サンプル 会員アカウントへの不正なログインについて',
        'リスト型攻撃により、約12万回のログイン試行があり、そのうち642件のアカウントでログインに成功されたことを確認しました。',
      ),
    ).toBe(642);
    expect(
      affected(
        '株式会社サンプル 当社アプリへの不正ログインについて',
        '第三者による試行の結果、会員様305名のアカウントへのログインが成功していました。',
      ),
    ).toBe(305);
  });
});

describe('dataTypes: a password set on a lost device and 健康 in a programme name', () => {
  it('does not read the lock on a lost or stolen device as exposed credentials', () => {
    expect(
      types(
        '株式会社サンプル ノートパソコンの紛失について',
        '紛失したパソコンには顧客32名の氏名、電話番号が保存されていました。なお、当該パソコンにはパスワードが設定されており、ハードディスクは暗号化されています。',
      ),
    ).toEqual(['name', 'phone']);
    expect(
      types(
        'サンプル市 USBメモリの紛失について',
        'USBメモリには市民の氏名、住所が記録されていました。当該USBメモリにはパスワードはかけられておりませんでした。',
      ),
    ).toEqual(['address', 'name']);
  });
  it('still reads passwords named as leaked', () => {
    expect(
      types(
        '株式会社サンプル 不正アクセスについて',
        '流出したおそれのある情報は、会員様のログインIDとパスワードです。',
      ),
    ).toEqual(['credentials']);
  });
  it('does not read 健康 in a programme or department name as health data', () => {
    expect(
      types(
        'サンプル市 メールの誤送信について',
        '健康推進課が健康づくり教室の参加者へ送ったメールで、参加者45名のメールアドレスが漏えいしました。',
      ),
    ).toEqual(['email']);
    expect(
      types(
        'サンプル市 書類の紛失について',
        '紛失した書類には、受診者の氏名、健康状態が記載されていました。',
      ),
    ).toEqual(['health', 'name']);
  });
});
