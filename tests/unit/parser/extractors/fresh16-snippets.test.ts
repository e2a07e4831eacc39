/**
 * One test per extractor rule added after the first run of the fresh-16 held-out set
 * (tests/fixtures/heldout/fresh-16). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { cats } from './post-snippets';

describe('an attack word before 痕跡はなく / 形跡も無く is negated', () => {
  it('adds no category', () => {
    expect(
      cats(
        '某市 メールの誤送信について',
        '職員がBCCに入力すべきアドレスを宛先に入力しました。なお、庁内システムへの不正アクセスの痕跡はなく、他の情報の流出もありません。',
      ),
    ).toEqual(['misdelivery']);
    expect(
      cats(
        '某社 偽サイトに関する注意喚起',
        '当社を装ったフィッシングサイトが確認されました。当社サーバーへの不正ログインの形跡も無く、お客様情報は安全に管理されています。',
      ),
    ).toEqual(['phishing']);
  });
  it('leaves a trace that was found alone', () => {
    expect(
      cats(
        '某社 サーバーの調査結果について',
        '調査の結果、外部からの不正アクセスの痕跡があり、ログが消去されていました。',
      ),
    ).toEqual(['unauthorized_access']);
  });
});

describe('a staff mailbox taken over is unauthorized_access', () => {
  it('reads 乗っ取り of a メールアカウント / メールボックス as an intrusion into the mail', () => {
    expect(
      cats(
        '某協会 職員のメールボックスの乗っ取りについて',
        '職員が偽のログイン画面にパスワードを入力したため、メールボックスが第三者に乗っ取られ、不審なメールが送信されました。',
      ),
    ).toEqual(['unauthorized_access']);
    expect(
      cats(
        '某社 迷惑メールの送信について',
        'フィッシングメールにより、従業員のメールアカウントが乗っ取られ、取引先に迷惑メールが送信されました。',
      ),
    ).toEqual(['phishing', 'unauthorized_access']);
  });
  it('leaves an SNS account taken over alone, even with a mail account in the sentence', () => {
    expect(
      cats(
        '某社 公式アカウントの乗っ取りについて',
        '当社の公式Instagramアカウントが乗っ取られ、登録していたメールアカウントも変更されました。',
      ),
    ).toEqual(['account_takeover']);
  });
});

describe('data that could be seen, in a release about an attack or a takeover', () => {
  it('is what the intruder could see, not a misconfiguration', () => {
    expect(
      cats(
        '某社 会員サイトへの不正アクセスについて',
        '第三者による不正アクセスにより、会員の登録情報が外部から閲覧できる状態となっていました。',
      ),
    ).toEqual(['unauthorized_access']);
    expect(
      cats(
        '某店 出店アカウントの乗っ取りについて',
        '出店管理アカウントが第三者に乗っ取られました。管理画面ではお客様の配送先を閲覧できる状態でした。',
      ),
    ).toEqual(['account_takeover']);
  });
  it('keeps a setting error or a publishing cue beside the attack', () => {
    expect(
      cats(
        '某社 不正アクセス及び設定不備について',
        '不正アクセスを受けました。また、調査の過程で、共有フォルダの公開設定の誤りにより顧客情報が閲覧できる状態であったことが判明しました。',
      ),
    ).toContain('misconfiguration');
    expect(
      cats('某市 個人情報の誤掲載について', '名簿を誤ってホームページに公開し、誰でも閲覧できる状態でした。'),
    ).toEqual(['misconfiguration']);
  });
});

describe('a domain that leads visitors to a fake site', () => {
  it('is the domain incident, not phishing', () => {
    expect(
      cats(
        '某町 旧ホームページのドメインについて',
        '旧ホームページのドメインが第三者に取得され、当町を装ったサイトが表示されています。偽のサイトには情報を入力しないでください。',
      ),
    ).toEqual(['domain']);
  });
  it('keeps phishing when a mail or message lured people', () => {
    expect(
      cats(
        '某社 ドメインの乗っ取りについて',
        '当社ドメインが第三者に乗っ取られ、そのドメインから当社を装ったメールが送信され、偽のログインページに誘導されていました。',
      ),
    ).toEqual(expect.arrayContaining(['domain', 'phishing']));
  });
});
