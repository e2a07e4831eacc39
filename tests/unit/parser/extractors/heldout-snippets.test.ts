/**
 * One test per extractor rule added on the held-out set (tests/fixtures/heldout): each snippet is
 * taken from a held-out post, so a rule that only fitted the gold would fail here.
 */
import { describe, expect, it } from 'vitest';
import {
  extractAffectedCount,
  extractCategories,
  extractCounts,
  extractDataTypes,
  extractIncidentDate,
  extractDiscoveryDate,
  extractLeakStatus,
  extractOrganization,
  extractRelatedOrganizations,
  parseJapaneseDates,
} from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const ctxOf = (title: string, body: string) =>
  makeContext(`【セキュリティ事件簿#2024-001】${title} 2024/12/1\n\n${body}`);
const cats = (title: string, body: string) => extractCategories(ctxOf(title, body)).value;
const leak = (title: string, body: string) => extractLeakStatus(ctxOf(title, body)).value;
const types = (title: string, body: string) => extractDataTypes(ctxOf(title, body)).value.sort();
const affected = (title: string, body: string) => {
  const ctx = ctxOf(title, body);
  return extractAffectedCount(ctx, extractCounts(ctx).value).value;
};

describe('categories on held-out snippets', () => {
  it('reads viewing or querying records outside one’s duties as insider', () => {
    expect(
      cats(
        '神奈川県警察本部 警察官による業務外の個人情報照会について',
        '巡査部長が、業務外の目的で警察の照会システムを使用し、知人女性1名の個人情報を照会・閲覧していました。',
      ),
    ).toEqual(['insider']);
    expect(
      cats(
        '若葉市 職員による住民情報の閲覧について',
        '職員が、業務上の必要がないにもかかわらず、住民記録システムで知人の住所を閲覧していました。',
      ),
    ).toEqual(['insider']);
  });

  it('does not read a restored service or an SNS post as a setting error', () => {
    expect(
      cats(
        '一般社団法人 日本地域観光推進協会 当協会ウェブサイトへのDDoS攻撃について',
        'DDoS攻撃を受けました。\n現在は、ウェブサイトは正常に閲覧できる状態に復旧しております。',
      ),
    ).toEqual(['dos']);
    expect(
      cats(
        '青葉市職員、救急搬送者の個人情報をSNSに投稿し懲戒処分',
        '傷病者五名の氏名や症状などを、SNSのアカウントに投稿していた。\n投稿は不特定多数が閲覧できる状態になっていた。',
      ),
    ).toEqual(['insider']);
  });
});

describe('leakStatus on held-out snippets', () => {
  it('keeps 閲覧された可能性 possible and 閲覧されました confirmed', () => {
    expect(
      leak(
        'さくら皮ふ科クリニック予約システムへの不正ログインに関するお詫び',
        '第三者が管理者アカウントで不正にログインし、患者様の情報が閲覧された可能性があることが判明いたしました。\n■閲覧された可能性のある情報\n・氏名',
      ),
    ).toBe('possible');
    expect(
      leak(
        '株式会社スポーツリンク 会員サイトへの不正ログインに関するお知らせ',
        '不正ログインを受けたアカウントでは、登録されている氏名、住所、電話番号が閲覧されました。',
      ),
    ).toBe('confirmed');
  });

  it('reads a leak stated with a continuative verb as a fact', () => {
    const body =
      '第三者による不正アクセスを受け、クレジットカード情報1万2,345件が漏えいし、一部のクレジットカード情報が不正利用された可能性があることが判明いたしました。';
    expect(leak('コープあおぞら生活協同組合 クレジットカード情報漏えいに関するお詫び', body)).toBe(
      'confirmed',
    );
    expect(
      leak(
        'あわわ株式会社 不正アクセスに関するお知らせ',
        '不正アクセスにより、個人情報が漏えいし、又は改ざんされた可能性があります。',
      ),
    ).toBe('possible');
  });

  it('reads a present-tense denial and a found item as none', () => {
    expect(
      leak(
        'NPO法人ひだまりネット 当法人公式Instagramアカウントの乗っ取りについて',
        '公式Instagramアカウントが第三者により乗っ取られました。\nなお、当アカウントには個人情報を登録しておらず、本件による個人情報の流出はありません。',
      ),
    ).toBe('none');
    expect(
      leak(
        '株式会社みらい不動産 業務用スマートフォンの紛失と発見について',
        '業務用スマートフォンを紛失しましたが、翌日、当該スマートフォンを発見いたしました。\n紛失期間中に操作された形跡はなく、個人情報の漏えいはないものと判断しております。',
      ),
    ).toBe('none');
  });

  it('does not let 「可能性は低い」 clear an item that is still missing', () => {
    const body =
      '社用車からノートパソコン1台が盗まれました。\nハードディスクは暗号化されているため、情報が流出する可能性は低いと考えておりますが、現時点でパソコンは発見されておりません。';
    expect(leak('医療法人緑風会 ノートパソコンの盗難について', body)).toBe('possible');
    expect(
      leak(
        'あわわ株式会社 サーバーへの不正アクセスについて',
        'サーバーが不正アクセスを受けました。\n調査の結果、外部に流出した可能性は低いと判断しております。',
      ),
    ).toBe('none');
  });

  it('reads posting on SNS and selling to a list broker as confirmed', () => {
    expect(
      leak(
        '青葉市職員、救急搬送者の個人情報をSNSに投稿し懲戒処分',
        '消防士長は、傷病者五名の氏名や症状などを、私的に利用しているSNSのアカウントに投稿していた。',
      ),
    ).toBe('confirmed');
  });
});

describe('dataTypes on held-out snippets', () => {
  it('reads data under 保存されていた / 表示された headings', () => {
    expect(
      types(
        '医療法人緑風会 ノートパソコンの盗難について',
        '2. 保存されていた情報\n\nご利用者様58名分の氏名、住所、病名、服薬内容\n\n3. 現在の状況\n\n捜索中です。',
      ),
    ).toEqual(['address', 'health', 'name']);
    expect(
      types(
        '北浜町 電子申請システムの不具合について',
        '2 表示された個人情報\n\nア 児童手当の申請者(4人)の氏名、住所、電話番号\n\nイ 粗大ごみ収集の申請者(1人)の氏名、メールアドレス\n\n3 今後の対応\n\nお詫びしました。',
      ),
    ).toEqual(['address', 'email', 'name', 'phone']);
  });

  it('needs the predicate to apply to the term, not to another object', () => {
    expect(
      types(
        '農林水産省 職員のメールアカウントへの不正ログインについて',
        '職員が、フィッシングメールに記載されたURLから偽のログイン画面にアクセスし、アカウントIDとパスワードを入力したことにより、メールアカウントが不正ログインされました。\n当該アカウントのパスワードを変更し、送信されたメールの受信者に注意喚起を行いました。',
      ),
    ).toEqual([]);
    expect(
      types(
        '東都大学 ファイルの誤送信について',
        '個人情報を含むファイルにはパスワードを設定することを周知しました。',
      ),
    ).toEqual([]);
  });

  it('does not read a fax destination number or a vehicle number as an id', () => {
    expect(
      types(
        '社会福祉法人みどり福祉会 ファクシミリの誤送信について',
        '書類をファクシミリで送信する際、送信先番号を誤り、無関係の事業者へ送信してしまい、個人情報が漏えいしました。',
      ),
    ).toEqual([]);
    expect(
      types(
        '鹿児島県 納税通知書の誤送付について',
        '○誤送付した情報\n納税義務者1名の氏名、住所、車両番号及び税額',
      ),
    ).toEqual(['address', 'name', 'other']);
  });

  it('reads card holder names, GPA and symptoms, and skips data the company does not hold', () => {
    expect(
      types(
        'あわわ生活協同組合 クレジットカード情報漏えいについて',
        '漏えいした可能性のある情報は以下のとおりです。\n・カード名義人名\n・クレジットカード番号\n・有効期限',
      ),
    ).toEqual(['name', 'payment_card']);
    expect(
      types(
        '東都大学 誤送信について',
        '学生1,024名分の学籍番号、氏名及びGPAが記載されたファイルを誤って添付し、送信しました。',
      ),
    ).toEqual(['grades', 'id_number', 'name']);
    expect(
      types(
        '株式会社スポーツリンク 不正ログインについて',
        '2. 閲覧された情報\n\n氏名、住所が閲覧されました。なお、クレジットカード情報は当社では保持しておらず、流出はございません。\n\n3. 対応\n\n初期化しました。',
      ),
    ).toEqual(['address', 'name']);
  });
});

describe('counts on held-out snippets', () => {
  it('reads 3千名 once and 1万2千件 whole', () => {
    const c = (body: string) =>
      extractCounts(ctxOf('あわわ株式会社 お知らせ', body)).value.map((x) => x.value);
    expect(c('外部の方約3千名分の氏名及びメールアドレス')).toEqual([3000]);
    expect(c('顧客情報1万2千件')).toEqual([12000]);
  });

  it('leaves out recipients and keeps a business partner’s contacts', () => {
    expect(
      affected(
        '若葉市立中学校における文書の誤配布について',
        '生徒31名の氏名、学年・クラス及び電話番号が記載された名簿が印刷されたものを、1学年の生徒約120名に配布しました。',
      ),
    ).toBe(31);
    expect(
      affected(
        '株式会社ラクーンフーズ、ランサムウェア被害を公表',
        '感染したサーバーには、取引先担当者約2,800名の氏名、会社名、電話番号、メールアドレスが保存されており、外部に流出した可能性があるとしている。',
      ),
    ).toBe(2800);
  });

  it('counts accounts broken into and sums bracketed parts under a data heading', () => {
    expect(
      affected(
        '株式会社スポーツリンク 会員サイトへの不正ログインに関するお知らせ',
        '国内外の複数のIPアドレスから大量のログイン試行が行われ、2,518アカウントへの不正ログインが確認されました。',
      ),
    ).toBe(2518);
    expect(
      affected(
        '北浜町 電子申請システムの不具合による個人情報の漏えいについて',
        '2 表示された個人情報\n\nア 児童手当の申請者(4人)の氏名、住所、電話番号\n\nイ 粗大ごみ収集の申請者(1人)の氏名、メールアドレス\n\n3 今後の対応\n\nお詫びしました。',
      ),
    ).toBe(5);
  });
});

describe('organization on held-out snippets', () => {
  const org = (title: string) => extractOrganization(ctxOf(title, '本文です。')).value;
  it('joins a company name written with spaces after its legal form', () => {
    expect(org('株式会社 KDS テクノサービス 元派遣社員による顧客情報の不正持ち出しについて')).toBe(
      '株式会社 KDS テクノサービス',
    );
    expect(org('株式会社 NTT マーケティングアクト ProCX 不正持ち出しについて')).toBe(
      '株式会社 NTT マーケティングアクト ProCX',
    );
    expect(org('株式会社 ABC ランサムウェア被害について')).toBe('株式会社 ABC');
    expect(
      org('個人情報保護委員会 株式会社 NTT マーケティングアクト ProCX 等における 不正持ち出し事案'),
    ).toBe('個人情報保護委員会');
  });

  it('keeps hiragana inside a name that has no space after it', () => {
    expect(org('有限会社はなまる印刷におけるダイレクトメールの誤封入について')).toBe('有限会社はなまる印刷');
  });
});

describe('related organisations and dates (known weak points)', () => {
  it('keeps a Latin word written before a spaced company name', () => {
    const ctx = ctxOf(
      '個人情報保護委員会 不正持ち出し事案に対する対応について',
      '株式会社 NTT マーケティングアクト ProCX 等における事案。\n保守運用を行っている NTT ビジネスソリューションズ株式会社(以下「BS 社」という。)の元従業者が持ち出した。',
    );
    expect(extractRelatedOrganizations(ctx, '個人情報保護委員会').value.map((v) => v.value)).toEqual([
      '株式会社 NTT マーケティングアクト ProCX',
      'NTT ビジネスソリューションズ株式会社',
    ]);
  });

  it('reads a year and month without a day as the first of the month, with a warning', () => {
    const ds = parseJapaneseDates('平成 25 年7月頃から令和5年2月頃にかけて持ち出した。', '2024-09-11');
    expect(ds.map((d) => [d.iso, d.precision])).toEqual([
      ['2013-07-01', 'month'],
      ['2023-02-01', 'month'],
    ]);
    const ctx = ctxOf(
      '株式会社 KDS テクノサービス 元派遣社員による顧客情報の不正持ち出しについて',
      '元派遣社員は、平成30年4月頃から令和6年3月頃にかけて、顧客情報を持ち出し、名簿業者に売却していました。県警察による捜査により、2024年7月に判明しました。',
    );
    const inc = extractIncidentDate(ctx);
    expect(inc.value).toBe('2018-04-01');
    expect(inc.warnings?.[0]?.code).toBe('date_month_only');
    expect(extractDiscoveryDate(ctx).value).toBe('2024-07-01');
    // A day-precise date still wins over its own month.
    expect(parseJapaneseDates('2024年7月19日に判明', null).map((d) => d.iso)).toEqual(['2024-07-19']);
  });
});

describe('rules prompted by the fresh set (tests/fixtures/heldout/fresh)', () => {
  it('keeps a municipality character that is part of a longer name', () => {
    const org = (title: string) => extractOrganization(ctxOf(title, '本文です。')).value;
    expect(org('東都大学大学院の研究室サーバーへの不正アクセスについて')).toBe('東都大学');
    expect(org('大阪市立小学校における個人情報の漏えいについて')).toBe('大阪市');
  });

  it('reads snooping staff as the actor, not the affected count, and as a confirmed leak', () => {
    const body =
      '当院の看護師1名が、業務上の必要がないにもかかわらず、電子カルテで診療情報を閲覧していたことが判明いたしました。\n当該看護師は、知人である患者様3名の氏名、病名及び検査結果を閲覧していました。';
    const title = '東都大学医学部附属病院 職員による電子カルテの不正閲覧について';
    expect(affected(title, body)).toBe(3);
    expect(leak(title, body)).toBe('confirmed');
    expect(types(title, body)).toEqual(['health', 'name']);
  });

  it('reads masked text that can be read, and downloads, as a confirmed exposure', () => {
    const title = '厚生労働省 公表資料における個人情報のマスキング処理の不備について';
    const body =
      '事業者の代表者12名の氏名及び電話番号が、テキストをコピーすると読み取れる状態となっていました。\n当該資料は、掲載期間中に37件ダウンロードされていました。';
    expect(types(title, body)).toEqual(['name', 'phone']);
    expect(leak(title, body)).toBe('confirmed');
    expect(affected(title, body)).toBe(12);
  });
});
