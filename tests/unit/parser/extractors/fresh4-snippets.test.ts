/**
 * One test per extractor rule added after the first run of the fresh-4 held-out set
 * (tests/fixtures/heldout/fresh-4). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractOrgType } from '../../../../src/main/parser/extractors';
import { ctxOf, leak, types, cats, counts, affected, org } from './post-snippets';

describe('organization: a municipality that starts a longer name written without a space', () => {
  it('keeps the whole name of a body named after its town', () => {
    expect(org('港北町商工会における会員情報の誤送信について')).toBe('港北町商工会');
    expect(org('西浜市医師会ホームページへの不正アクセスについて')).toBe('西浜市医師会');
    expect(org('東原市民病院における患者情報の紛失について')).toBe('東原市民病院');
    const name = org('南川町社会福祉協議会からのお知らせ');
    expect(name).toBe('南川町社会福祉協議会');
    expect(extractOrgType(ctxOf('南川町社会福祉協議会からのお知らせ', '本文です。'), name).value).toBe(
      'association',
    );
  });

  it('leaves 市立 schools to the city and the city alone before other words', () => {
    expect(org('東原市立西中学校における生徒情報の紛失について')).toBe('東原市');
    expect(org('東原市子育て支援課における書類の紛失について')).toBe('東原市');
  });
});

describe('counts', () => {
  it('reads spaced 万 and 千 as one count, not a second 千人', () => {
    expect(counts('X病院 お知らせ', '患者 約 3 万 2 千人分の情報が対象です。')).toEqual([32000]);
    expect(counts('X病院 お知らせ', '会員 1 万 5 千 件の情報です。')).toEqual([15000]);
  });

  it('counts the people of households given in brackets', () => {
    expect(
      affected(
        '東原市 書類の紛失について',
        '1 紛失した書類に記載されていた情報\n\n申請者 5 世帯(9 名)分の氏名、住所\n',
      ),
    ).toBe(9);
    // The bracketed breakdown of a total of people is still not added to it.
    expect(
      affected('東原市 書類の紛失について', '1 紛失した個人情報\n\n対象者 12名(個人11名、法人1社)\n'),
    ).toBe(12);
  });

  it('keeps staff whose data a list line names (`職員 N名分:氏名…`) in the sum', () => {
    expect(
      affected(
        'Y大学 不正アクセスについて',
        '2. 漏えいした可能性のある個人情報\n\n(1)受講生 300 名分:氏名、受講番号\n(2)職員 12 名分:氏名、内線番号\n\n3. 今後の対応\n',
      ),
    ).toBe(312);
  });
});

describe('dataTypes', () => {
  it('does not read the words of a quoted mail subject as data', () => {
    expect(
      types(
        'Z機構 職員アカウントへの不正アクセスについて',
        '職員が「アカウントのパスワードを更新してください」との件名のメールに記載されたリンクを開きました。\n\n流出した可能性のある情報は、取引先の氏名、メールアドレスです。',
      ),
    ).toEqual(['email', 'name']);
    // A quotation that lists the items is still read (「氏名」「住所」が記載).
    expect(types('Z市 書類の紛失について', '紛失した書類には「氏名」「住所」が記載されていました。')).toEqual(
      ['address', 'name'],
    );
  });

  it('does not read 職業訓練 or 職業紹介 as an employer', () => {
    expect(
      types('Z機構 誤送信について', '2 漏えいした個人情報\n\n職業紹介事業の利用者 40 名分の氏名、電話番号\n'),
    ).toEqual(['name', 'phone']);
    expect(types('Z機構 誤送信について', '2 漏えいした個人情報\n\n氏名、職業、電話番号\n')).toEqual([
      'employer',
      'name',
      'phone',
    ]);
  });

  it('reads loan, savings and seal items as other', () => {
    expect(
      types('Z信用組合 帳票の紛失について', '2 紛失した帳票の記載事項\n\n・氏名、融資金額、返済状況\n'),
    ).toEqual(['name', 'other']);
    expect(
      types('Z組合 帳票の紛失について', '2 紛失した帳票の記載事項\n\n・口座番号、預金額、届出印の印影\n'),
    ).toEqual(['bank_account', 'other']);
  });

  it('reads medical-cost notices as health data and 事業者名/居住地 as their types', () => {
    expect(
      types('Z健康保険組合 通知書の誤送付について', '2 誤送付した個人情報\n\n氏名、受診日、医療費の総額\n'),
    ).toEqual(['health', 'name']);
    expect(
      types('Z県 名簿の誤掲載について', '2 掲載されていた情報\n\n事業者名、代表者氏名、居住地(市町村名)\n'),
    ).toEqual(['address', 'employer', 'name']);
  });

  it('does not read a number keyed in wrongly, with a short adverb between, as exposed', () => {
    expect(
      types(
        'Z病院 FAX誤送信について',
        '職員がFAX番号を一部誤って入力したため、患者の氏名、病名を記載した書類が別の事業所に送信されました。',
      ),
    ).toEqual(['health', 'name']);
  });

  it('does not read the service name of a LINE official account as data', () => {
    expect(
      types(
        'Z会 LINE公式アカウントの乗っ取りについて',
        '■内容\n\nLINE公式アカウントに第三者がログインし、不審なメッセージを配信しました。\n',
      ),
    ).toEqual([]);
    expect(
      types('Z市 スマートフォンの紛失について', '2 記録されていた情報\n\n電話番号 17件、LINEの連絡先 48件\n'),
    ).toEqual(['other', 'phone']);
  });

  it('reads a numbered entry with its own items as part of the data zone', () => {
    expect(
      types(
        'Y大学 マルウェア感染について',
        '2. 流出した可能性のある個人情報\n\n(1)卒業生 800 名分:氏名、学籍番号、成績\n(2)非常勤講師 20 名分:氏名、住所\n\n3. 原因\n\n設定の不備によるものです。',
      ),
    ).toEqual(['address', 'grades', 'id_number', 'name']);
  });
});

describe('categories', () => {
  it('reads an attacker named as the subject of an intrusion as unauthorized access', () => {
    expect(
      cats(
        'X社 ランサムウェア被害について',
        '攻撃者はリモート保守用の回線を経由して社内ネットワークに侵入し、ファイルを暗号化しました。',
      ),
    ).toEqual(['ransomware', 'unauthorized_access']);
  });

  it('reads 誤配付 as misdelivery and 誤掲載 as misconfiguration', () => {
    expect(
      cats('Z小学校 保護者宛て文書の誤配付について', '別の児童の保護者宛て文書を配付しました。')[0],
    ).toBe('misdelivery');
    expect(
      cats('Z県 入札参加者名簿の誤掲載について', '個人の住所を含む名簿をホームページに掲載していました。')[0],
    ).toBe('misconfiguration');
  });
});

describe('leakStatus', () => {
  it('does not read 閲覧されたかどうか as a confirmed viewing', () => {
    expect(
      leak(
        'X社 会員情報の表示について',
        '不具合により、他の会員の情報が表示される状態となっていました。実際に閲覧されたか否かは調査中であり、閲覧された可能性があります。',
      ),
    ).toBe('possible');
  });

  it('reads an insider taking the data out as a leak', () => {
    expect(
      leak(
        'X社 元社員による顧客情報の不正持ち出しについて',
        '元社員が退職前に顧客リストを私物のパソコンに転送して持ち出していたことが、社内調査で判明しました。',
      ),
    ).toBe('confirmed');
    expect(
      leak(
        'X社 元社員による顧客情報の不正持ち出しについて',
        '元社員が顧客リストを持ち出しました。なお、外部への流出の痕跡は確認されませんでした。',
      ),
    ).toBe('none');
  });

  it('reads a leak ruled out with することはありません or among other harms as none', () => {
    expect(
      leak(
        'X協会 公式SNSアカウントの乗っ取りについて',
        'アカウントの仕様上、フォロワーの個人情報が流出することはございません。',
      ),
    ).toBe('none');
    expect(
      leak(
        'Y市 ホームページの閲覧障害について',
        'DDoS攻撃によるものです。なお、情報の漏えいやデータの消失等の被害はございません。',
      ),
    ).toBe('none');
  });
});
