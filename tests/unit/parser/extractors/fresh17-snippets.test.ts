/**
 * One test per extractor rule added after the first run of the fresh-17 held-out set
 * (tests/fixtures/heldout/fresh-17). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { affected, cats, leak, types } from './post-snippets';

describe('a leak the release says did not happen as a fact (…した事実はない)', () => {
  it('reads 流出した事実はございません / 漏えいした事実はありません as none', () => {
    expect(leak('某社 旧ドメインについて', 'なお、お客様の個人情報が流出した事実はございません。')).toBe(
      'none',
    );
    expect(leak('某協会 お知らせ', '現時点で、会員情報が漏えいした事実はありません。')).toBe('none');
  });
  it('still reads a leak stated as a fact, and a fact not yet established, as before', () => {
    expect(leak('某社 お知らせ', '調査の結果、個人情報が漏えいした事実を確認いたしました。')).toBe(
      'confirmed',
    );
    expect(leak('某社 お知らせ', 'お客様の情報が流出した事実は確認されておりません。')).toBe('none');
    expect(leak('某社 お知らせ', '流出した事実はございませんが、漏えいした可能性は否定できません。')).toBe(
      'possible',
    );
  });
});

describe('no trace of the data being sent out (送信/転送された形跡はない)', () => {
  it('reads 外部へ送信された形跡は確認されませんでした / 転送された痕跡はありません as none', () => {
    expect(
      leak(
        '某市 事案について',
        'ログの調査の結果、端末内のファイルが外部へ送信された形跡は確認されませんでした。',
      ),
    ).toBe('none');
    expect(leak('某社 お知らせ', 'メールが外部に転送された痕跡はありませんでした。')).toBe('none');
  });
  it('leaves a sending that may have happened, or did, alone', () => {
    expect(leak('某市 お知らせ', 'データが外部に送信された可能性があります。')).toBe('possible');
    expect(leak('某市 お知らせ', '調査の結果、ファイルが外部へ送信されていたことが判明しました。')).not.toBe(
      'none',
    );
  });
});

describe('delivered or handed over by mistake (誤って配送/渡し)', () => {
  it('reads 誤って配送されました / 誤って…に渡しました as misdelivery', () => {
    expect(cats('某社 お知らせ', '給与明細書が別の事業所に誤って配送されました。')).toEqual(['misdelivery']);
    expect(cats('某校 お知らせ', '誤って他の生徒の成績票を1名の生徒に手渡しました。')).toEqual([
      'misdelivery',
    ]);
    expect(cats('某社 お知らせ', '宅配業者が誤って隣家に配達しました。')).toEqual(['misdelivery']);
  });
  it('leaves 誤って with another act, and 渡し inside another word, alone', () => {
    expect(cats('某市 お知らせ', '誤って渡り廊下の掲示物を撤去しました。')).not.toContain('misdelivery');
    expect(cats('某社 お知らせ', '配送業者が荷物を誤って破損しました。')).not.toContain('misdelivery');
  });
});

describe('data held on what went missing (所在不明 / 行方不明)', () => {
  it('reads the items under a 所在不明となった情報 heading or of a 行方不明 document', () => {
    expect(
      types('某町 お知らせ', '3 所在不明となった書類の情報\n\n 児童15名分の氏名、学年・組、アレルギーの有無'),
    ).toEqual(['health', 'name', 'school']);
    expect(
      types('某社 お知らせ', '行方不明となっている伝票には、お客様の氏名と電話番号が記載されています。'),
    ).toEqual(['name', 'phone']);
  });
  it('leaves a person whose whereabouts are unknown alone', () => {
    expect(types('某社 お知らせ', '担当者の所在が不明となり、連絡が取れない状態が続きました。')).toEqual([]);
  });
});

describe('booking details are other data (予約内容/予約日時/予約情報)', () => {
  it('reads 予約内容 / 予約日時 in a list of exposed items as other', () => {
    expect(types('某社 お知らせ', '表示された情報:氏名、電話番号、予約内容')).toEqual([
      'name',
      'other',
      'phone',
    ]);
    expect(types('某院 お知らせ', '流出した可能性のある情報は、患者様の氏名及び予約日時です。')).toEqual([
      'name',
      'other',
    ]);
  });
  it('leaves a lure or an instruction about checking a booking alone', () => {
    expect(
      types(
        '某社 お知らせ',
        '「予約内容の確認が必要です」という文言のSMSに記載されたURLから、クレジットカード情報を入力されたお客様の情報が流出しました。',
      ),
    ).not.toContain('other');
  });
});

describe('a numbered entry ending in its count in 万/千 or brackets stays in the data zone', () => {
  it('keeps `(1)…(約2万9千件)` entries and a closing total in the zone', () => {
    const body = [
      '2.流出したおそれのある情報',
      '',
      '(1)会員様に関する情報(約1万5千件)',
      '',
      '・氏名、メールアドレス',
      '',
      '(2)取引先様に関する情報(約2千件)',
      '',
      '・会社名、電話番号',
      '',
      '合計で最大約1万7千件となります。',
    ].join('\n');
    expect(affected('某社 お知らせ', body)).toBe(17000);
    expect(types('某社 お知らせ', body)).toEqual(['email', 'employer', 'name', 'phone']);
  });
  it('still ends the zone at a numbered heading without a count', () => {
    const body = [
      '2.流出したおそれのある情報',
      '',
      '・氏名、メールアドレス',
      '',
      '(3)今後の対応について',
      '',
      '担当者の電話番号をお知らせいたします。',
    ].join('\n');
    expect(types('某社 お知らせ', body)).toEqual(['email', 'name']);
  });
});

describe('a total word before a maximum or an estimate (合計で最大約…, 合計 約…)', () => {
  it('takes the stated total, not the sum of it and its parts', () => {
    const body = [
      '流出した可能性のある情報',
      '',
      '・会員の氏名 約8千件',
      '',
      '・職員の氏名 約5百件',
      '',
      '合計 約8千5百件',
    ];
    expect(affected('某社 お知らせ', body.join('\n'))).toBe(8500);
    expect(
      affected(
        '某社 お知らせ',
        '漏えいした可能性のある件数は、会員4,210件、退会者1,390件の合計で約5,600件です。',
      ),
    ).toBe(5600);
  });
  it('leaves a word ending in 計 (設計, 会計) alone', () => {
    expect(
      affected('某社 お知らせ', '流出した情報\n\n・会計約120件の取引先の氏名\n\n・設計約80件の顧客の氏名'),
    ).toBe(200);
  });
});

describe('the figure a correction replaces (誤:/訂正前: lines, 「…」を/から…に訂正)', () => {
  it('takes the corrected figure, not the sum of both', () => {
    expect(affected('某市 一部訂正について', '誤送信の対象者数\n\n誤:1,034名\n\n正:1,043名')).toBe(1043);
    expect(affected('某市 一部訂正について', '漏えいした件数\n\n訂正前:約2,400件\n\n訂正後:約2,040件')).toBe(
      2040,
    );
    expect(affected('某市 一部訂正について', '誤送信の対象者数を86名から68名に訂正いたします。')).toBe(68);
  });
  it('leaves a line that merely starts with 誤 (誤送信, 誤配布) alone', () => {
    expect(affected('某市 お知らせ', '誤送信の対象者\n\n誤送信先:12名\n\n')).toBe(12);
    expect(affected('某市 お知らせ', '誤って送付した通知書は 312名分です。')).toBe(312);
  });
});

describe('a de-duplicated count with its noun (重複を除いた…の数は)', () => {
  it('takes the de-duplicated people, also in brackets', () => {
    expect(
      affected('某社 お知らせ', '持ち出された情報\n\n 延べ約4万件(重複を除いた顧客の数は約2万6千名)'),
    ).toBe(26000);
    expect(affected('某社 お知らせ', '流出した情報は延べ3,450件で、重複を除いた人数は2,981名です。')).toBe(
      2981,
    );
  });
  it('leaves a cumulative count with no de-duplicated one as the count', () => {
    expect(affected('某社 お知らせ', '持ち出された情報\n\n 延べ約4万件(氏名、電話番号)')).toBe(40000);
  });
});

describe('credentials a staff member typed in earlier in the sentence (…が…を入力したことにより、…が窃取)', () => {
  it('leaves the staff login given away out of the exposed data', () => {
    expect(
      types(
        '某社 お知らせ',
        '従業員が偽のログイン画面にIDとパスワードを入力したため、認証情報が第三者に窃取され、不正にログインされました。',
      ),
    ).toEqual([]);
    expect(
      types(
        '某市 お知らせ',
        '職員は、市を装ったメールのリンク先でパスワードを入力してしまい、その後アカウント情報が盗まれました。',
      ),
    ).toEqual([]);
  });
  it('still reads credentials the customers entered, or named as the customers', () => {
    expect(
      types('某社 お知らせ', '偽サイトにログインID、パスワードを入力されたお客様の情報が流出しました。'),
    ).toEqual(['credentials']);
    expect(
      types(
        '某社 お知らせ',
        '従業員がシステムに入力した際の設定誤りにより、会員様のパスワードが他の会員に表示されました。',
      ),
    ).toEqual(['credentials']);
    expect(
      types(
        '某社 お知らせ',
        '担当者が宛先を誤って入力し、会員ID及びパスワードを記載したメールを別の方に送信しました。',
      ),
    ).toContain('credentials');
  });
});
