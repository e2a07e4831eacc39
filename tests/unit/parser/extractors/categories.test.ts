import { describe, expect, it } from 'vitest';
import { extractCategories } from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const cats = (title: string, body: string) =>
  extractCategories(makeContext(`【セキュリティ事件簿#2024-001】${title} 2024/1/1\n\n${body}`)).value;

describe('extractCategories', () => {
  it('puts ransomware before the unauthorised access it came through', () => {
    expect(
      cats(
        '国立大学法人埼玉大学 本学の情報システムへの不正アクセスについて',
        '2022年6月7日(火)に本学の業務で利用しているシステム(ネットワークストレージ(NAS))が不正アクセスを受け、ランサムウェアに感染してデータの一部が改変される事案が発生しました。\n不正アクセスを受けた原因は、ネットワークアクセス制限の設定不備及びNASのパスワードが破られたことによるものです。\nなお、当該NASに起因する他のPCのマルウェア感染等の被害についても確認されませんでした。',
      ),
    ).toEqual(['ransomware', 'unauthorized_access']);
  });

  it('reads encrypted data and a LockBit screen as ransomware', () => {
    expect(
      cats(
        '三陽物産株式会社 不正アクセスによる個人情報流出の可能性のお知らせ',
        '8月27日早朝、調査を開始したところ、複数のサーバーでデータが不正に暗号化されていることが確認されました。',
      ),
    ).toEqual(['ransomware', 'unauthorized_access']);
  });

  it('does not tag phishing that the release only speculates about', () => {
    const body =
      '当グループが管理するサーバーへの不正アクセスが行われたのち、データがランサムウェアにより暗号化されたことが判明いたしました。\n\n2.原因\n\n詳細の特定には至らなかったものの、セキュリティ専門機関からは、フィッシングの可能性が推測されるとの報告を受けております。\n\n当グループでは、これまでも不正アクセスを防止するための措置を講じるとともに、情報の適切な管理に努めてまいりました。';
    expect(
      cats('柴山コンサルタント株式会社 当グループサーバーへの不正アクセスについてのお知らせ', body),
    ).toEqual(['ransomware', 'unauthorized_access']);
  });

  it('tags phishing named in the title first', () => {
    expect(
      cats(
        'デンツプライシロナ株式会社 フィッシングメール被害による個人情報漏えいの可能性に関するお詫び',
        '宅配業者を装ったフィッシングメールにより、弊社従業員 1 名が使用する業務用スマートフォンが不正アクセスを受け、個人情報が漏えいした可能性があることが判明しました。',
      ),
    ).toEqual(['phishing', 'unauthorized_access']);
  });

  it('gives an exposure after a wrong send to misdelivery, not misconfiguration', () => {
    expect(
      cats(
        '株式会社M&Aクラウド お客様の氏名を含むメール誤送信のご報告とお詫び',
        '誤って社外の方233名に対してメールを送付してしまい、その結果、最大79名の方の氏名とメールアドレスが他の方に閲覧可能な状態になってしまう事案が発生しました。',
      ),
    ).toEqual(['misdelivery']);
  });

  it('orders misconfiguration before misdelivery when the title leads with the exposure', () => {
    expect(
      cats(
        '岐阜薬科大学2024年度オープンキャンパスへ参加申込みをされた方の個人情報が閲覧可能となる状態が生じましたこと、並びにメールアドレスが漏えいしたことについて',
        '申込みフォーム(Googleフォーム)の設定ミスにより、他の申込者の情報の一部を閲覧できる状態となっておりました。\n1回目に送信できなかった23名の方に再送信する際、自動B㏄機能が適用されると勘違いして、宛先欄に23名のメールアドレスを設定したため。',
      ),
    ).toEqual(['misconfiguration', 'misdelivery']);
  });

  it('does not treat a setting mistake that let an attacker in as misconfiguration', () => {
    expect(
      cats(
        '株式会社アベニュー 不正アクセスによる個人情報漏えいのおそれのお知らせとお詫び',
        'サーバー機器がランサムウェアに感染しました。委託先会社担当者による設定上のミスによりセキュリティの不備が発生し、第三者による弊社サーバーへの不正アクセスの痕跡が確認されました。',
      ),
    ).toEqual(['ransomware', 'unauthorized_access']);
  });

  it('recognises loss, insider, domain, system bug and misdelivery by FAX', () => {
    expect(
      cats(
        'つくばみらい市 中学教員が学生78名の個人情報入りUSBメモリを紛失する',
        '教員は許可を得ないまま持ち出しており、',
      ),
    ).toEqual(['loss']);
    expect(
      cats(
        '株式会社ジェイ・エス・ビー 当社従業員によるご契約者様等の個人情報の漏洩に関する追加のご報告について',
        '当社従業員が不正な方法により顧客情報を抽出し、外部に漏洩させた可能性が高いことが判明。',
      ),
    ).toEqual(['insider']);
    expect(
      cats(
        '東本願寺出版 旧ホームページの使用について',
        '旧ホームページのサーバーを解約しドメイン(※)を東本願寺出版から手放した後に、\n第三者の方が、ドメインを取得し、',
      ),
    ).toEqual(['domain']);
    expect(
      cats(
        '日本損害保険協会 損保代理店試験申込システムのプログラム不具合 による受験者情報の漏えいに関するお詫び',
        '',
      ),
    ).toEqual(['system_bug']);
    expect(
      cats(
        '静岡大学 追試験受験申請書等の誤送信について',
        '大学入試センターにFAXで49名分の追試験受験申請書等を送信する際、第三者宅に誤って送信してしまいました。',
      ),
    ).toEqual(['misdelivery']);
  });

  it('recognises former staff selling data and documents discarded by mistake', () => {
    expect(
      cats(
        '株式会社あわわ 元従業員による顧客情報の不正な持ち出しについて',
        '元従業員が在職中に顧客情報を持ち出し、名簿業者に売却していたことが判明しました。',
      )[0],
    ).toBe('insider');
    expect(
      cats(
        'あわわ市 個人情報を含む書類の誤廃棄について',
        '保存期間中の申請書を誤って廃棄していたことが判明しました。',
      ),
    ).toEqual(['loss']);
  });

  it('recognises categories absent from the gold set', () => {
    expect(
      cats(
        '株式会社あわわ Emotet感染に関するお詫び',
        '当社の従業員のパソコンがマルウェア「Emotet」に感染しました。',
      ),
    ).toEqual(['malware']);
    expect(
      cats(
        'あわわ市 公式Xアカウントの乗っ取りについて',
        '本市の公式アカウントが第三者に乗っ取られ、不審な投稿が行われました。',
      ),
    ).toEqual(['account_takeover']);
    expect(
      cats(
        'あわわ銀行 DDoS攻撃によるサービス停止について',
        '当行ウェブサイトがDDoS攻撃を受け、閲覧しにくい状況となりました。',
      )[0],
    ).toBe('dos');
  });

  it('defaults to other with low confidence', () => {
    const r = extractCategories(
      makeContext('【セキュリティ事件簿#2024-001】あわわ市 お知らせ\n本日は晴天なり。'),
    );
    expect(r.value).toEqual(['other']);
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('returns evidence spans into ctx.text', () => {
    const ctx = makeContext('【セキュリティ事件簿#2024-001】あわわ市 USBメモリの紛失について\n本文');
    const r = extractCategories(ctx);
    expect(ctx.text.slice(r.evidence[0]!.start, r.evidence[0]!.end)).toBe('紛失');
  });
});
