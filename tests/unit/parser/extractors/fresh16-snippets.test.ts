/**
 * One test per extractor rule added after the first run of the fresh-16 held-out set
 * (tests/fixtures/heldout/fresh-16). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, cats, leak, types } from './post-snippets';

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

describe('a member ID paired with its password', () => {
  it('is a login (credentials), not a member number', () => {
    expect(types('某社 お知らせ', '利用者IDとパスワードが外部に流出しました。')).toEqual(['credentials']);
    expect(types('某社 お知らせ', 'お客様ID・パスワードおよび氏名が閲覧された可能性があります。')).toEqual([
      'credentials',
      'name',
    ]);
  });
  it('leaves a member ID without a password an id_number', () => {
    expect(types('某社 お知らせ', '会員IDと氏名が流出しました。')).toEqual(['id_number', 'name']);
  });
});

describe('学歴 and quoted or contracted amounts', () => {
  it('reads 学歴 as school and 見積金額 / 契約金額 as other', () => {
    expect(types('某社 お知らせ', '応募者の氏名、学歴が流出しました。')).toEqual(['name', 'school']);
    expect(
      types('某社 書類の紛失について', 'お客様の氏名と契約金額が記載された書類を紛失しました。'),
    ).toEqual(['name', 'other']);
    expect(types('某社 お知らせ', '流出した情報は、お客様のお名前と見積額です。')).toEqual(['name', 'other']);
  });
  it('leaves a quotation sent, with no amount named, alone', () => {
    expect(types('某社 お知らせ', '見積書を別のお客様に送付しました。')).toEqual([]);
  });
});

describe('a picture taken of a document or a screen', () => {
  it('is the medium, not a photo of the people', () => {
    expect(
      types(
        '某社 お知らせ',
        '従業員が申込書を撮影した画像がSNSに投稿され、お客様の氏名と住所が公開されていました。',
      ),
    ).toEqual(['address', 'name']);
    expect(types('某社 お知らせ', '画面をスキャンした画像が送信され、会員の氏名が流出しました。')).toEqual([
      'name',
    ]);
  });
  it('keeps a picture of people a photo', () => {
    expect(types('某校 お知らせ', '児童の様子を撮影した写真が誰でも閲覧できる状態でした。')).toEqual([
      'photo',
    ]);
    expect(types('某社 お知らせ', '会員の顔写真が流出しました。')).toEqual(['photo']);
  });
});

describe('telling a caller who posed as someone else', () => {
  it('is a confirmed leak, and what was told is the data', () => {
    const body = 'ご本人になりすました第三者からの電話に対し、職員が契約者の住所を回答してしまいました。';
    expect(leak('某組合 お知らせ', body)).toBe('confirmed');
    expect(types('某組合 お知らせ', body)).toEqual(['address']);
    expect(leak('某社 お知らせ', '本人以外の方に、お客様の電話番号を伝えてしまいました。')).toBe('confirmed');
  });
  it('leaves a rule for the future or the people who answered a survey alone', () => {
    expect(
      leak('某社 お知らせ', '今後は、本人以外の方からのお問い合わせには回答しないよう徹底いたします。'),
    ).toBe('unknown');
    expect(types('某社 お知らせ', 'アンケートに回答した方の氏名を集計しました。')).toEqual([]);
  });
});

describe('data shown to other students, pupils or staff', () => {
  it('is a confirmed leak', () => {
    expect(
      leak('某大学 お知らせ', 'システムの不具合で、一部の学生の成績が他の学生の画面に表示されました。'),
    ).toBe('confirmed');
    expect(leak('某市 お知らせ', '職員の給与明細が他の職員に表示されていました。')).toBe('confirmed');
  });
  it('stays possible when only hedged', () => {
    expect(leak('某大学 お知らせ', '成績が他の学生に表示された可能性があります。')).toBe('possible');
  });
});

describe('a count beside the address or phone number it holds', () => {
  it('counts the people whose data it is', () => {
    expect(affected('某社 お知らせ', '電話で回答した情報は、利用者3名の住所と電話番号です。')).toBe(3);
  });
  it('leaves staff who acted alone', () => {
    expect(affected('某社 お知らせ', '職員2名が住所を確認しました。')).toBe(null);
  });
});

describe('an account balance', () => {
  it('is an other item, not bank_account (as 預金残高)', () => {
    expect(types('某金庫 お知らせ', '流出した情報は、お客様の氏名と口座の残高です。')).toEqual([
      'name',
      'other',
    ]);
    expect(types('某金庫 お知らせ', '預金口座残高が記載された書類を紛失しました。')).toEqual(['other']);
  });
  it('keeps the account itself bank_account', () => {
    expect(types('某金庫 お知らせ', '流出した情報は、口座番号と残高です。')).toEqual([
      'bank_account',
      'other',
    ]);
  });
});
