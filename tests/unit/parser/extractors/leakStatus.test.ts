import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const leak = (title: string, body: string) =>
  extractLeakStatus(makeContext(`【セキュリティ事件簿#2024-001】${title} 2024/1/1\n\n${body}`)).value;

describe('extractLeakStatus', () => {
  it('lets a hedge in the title win', () => {
    expect(
      leak(
        '国土交通省 大阪国道事務所業務受注者における情報流出の疑いについて',
        '業務成果電子媒体を移動中に紛失しました。なお、現時点では、第三者への流出、不正利用等の事実、二次被害は確認されておりません。',
      ),
    ).toBe('possible');
  });

  it('is confirmed when the body states the leak as fact', () => {
    expect(
      leak(
        '奈良県市町村職員共済組合 年金受給者様の個人情報の漏えいに関するお詫び',
        '個人情報データを漏えいする事態が発生いたしました。\nなお、提供データは、提供機関以外の外部に漏えいしていないことを確認いたしております。',
      ),
    ).toBe('confirmed');
  });

  it('treats a wrong send as confirmed unless the release concludes there was no leak', () => {
    expect(
      leak(
        '日本データ通信協会 電子メールの誤送信に関するお知らせとお詫び',
        '氏名が入った電子メール 17 通を別会社の申請責任者のメールアドレスに誤って送信してしまいました。',
      ),
    ).toBe('confirmed');
    expect(
      leak(
        '静岡大学 追試験受験申請書等の誤送信について',
        'FAXで49名分の申請書を送信する際、第三者宅に誤って送信してしまいました。\n49名分の送信データはFAX記録からも消去し、漏えいがなかったことを確認しており、外部に流失した可能性は低いと考えております。',
      ),
    ).toBe('none');
  });

  it('is possible when the body hedges, and none when an investigation found nothing', () => {
    expect(
      leak(
        '株式会社エフエム東京 「ショッピングサイト」不正ログインに関するお詫びとご報告',
        '第三者による不正アクセスがあり、お客様の個人情報が流出した可能性がございます。\nなお、弊社からのクレジットカード情報の流出はございません。',
      ),
    ).toBe('possible');
    expect(
      leak(
        '国立大学法人埼玉大学 本学の情報システムへの不正アクセスについて',
        'NASが不正アクセスを受けました。\nなお、第三者機関による調査を実施し、情報流出の事実は確認されませんでした。',
      ),
    ).toBe('none');
  });

  it('keeps a lost item possible until it is found', () => {
    expect(
      leak(
        '兵庫県立がんセンター USBメモリの紛失に関するお詫び',
        'USBメモリ1個を紛失しました。\nなお、今のところ、情報漏洩等の事実は確認されていません。\n現在も発見に至っておりません。',
      ),
    ).toBe('possible');
    expect(
      leak(
        '尼崎市 公用スマホ紛失',
        '公用スマートフォンを紛失した。情報漏えいは確認されていないという。\n15日、職員の自宅近くで、別の職員がスマホを見つけた。',
      ),
    ).toBe('none');
  });

  it('reads an unhedged title leak as confirmed only when the body says nothing else', () => {
    expect(
      leak(
        '東京都教育委員会 都立中等教育学校における個人情報の漏えいについて',
        '同校生徒151名分の調査結果が閲覧できる状態となっていた。',
      ),
    ).toBe('confirmed');
    expect(
      leak(
        '株式会社Acompany Googleフォーム誤設定による個人情報漏えいについて',
        '個人情報が漏えいした可能性のある方(最大164名)にメールにて個別に連絡を実施させていただきます。',
      ),
    ).toBe('possible');
  });

  it('is unknown when nothing is said about data', () => {
    expect(
      leak(
        'ヤマトホールディングス株式会社 海外子会社サーバーへの不正アクセスの発生について',
        '同社のサーバーが第三者による不正アクセスを受けたことを確認しました。',
      ),
    ).toBe('unknown');
  });
});
