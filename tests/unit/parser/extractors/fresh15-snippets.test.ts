/**
 * One test per extractor rule added after the first run of the fresh-15 held-out set
 * (tests/fixtures/heldout/fresh-15). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractDiscoveryDate, extractIncidentDate } from '../../../../src/main/parser/extractors';
import { classifyHeading } from '../../../../src/main/parser/sections';
import { makeContext } from './context';
import { affected, leak, types } from './post-snippets';

const dated = (body: string) =>
  makeContext(`【セキュリティ事件簿#2025-001】某社 お知らせ 2025/3/10\n\n${body}`);
const incidentOf = (body: string) => extractIncidentDate(dated(body)).value;
const discoveryOf = (body: string) => extractDiscoveryDate(dated(body)).value;

describe('a trace of the leak, looked for', () => {
  it('is none when the trace was not found (流出した痕跡は確認されませんでした, 漏えいした形跡はない)', () => {
    expect(
      leak('某社 システム障害について', '調査の結果、顧客情報が外部へ流出した痕跡は確認されておりません。'),
    ).toBe('none');
    expect(leak('某社 不正アクセスについて', '社内のデータが漏えいした形跡はございません。')).toBe('none');
    expect(
      leak('某団体 サーバーの障害について', 'サーバーから会員情報が漏洩した形跡は見当たりませんでした。'),
    ).toBe('none');
  });
  it('is confirmed when the trace was found, and a stated leak stays confirmed', () => {
    expect(
      leak('某社 不正アクセスについて', '調査の結果、顧客データが外部に流出した痕跡が確認されました。'),
    ).toBe('confirmed');
    expect(leak('某社 不正アクセスについて', '会員情報が流出した形跡を確認いたしました。')).toBe('confirmed');
    expect(leak('某社 不正アクセスについて', '会員情報が外部に流出しました。')).toBe('confirmed');
  });
  it('keeps a hedge a hedge', () => {
    expect(
      leak('某社 お知らせ', '流出した痕跡は確認されていませんが、流出した可能性を否定できません。'),
    ).toBe('possible');
  });
});

describe('a grade or class in a role or school-body compound', () => {
  it('is no school item (学年担当, 学年団, 学年集会, 学級委員)', () => {
    expect(
      types(
        '某中学校 メールの誤送信について',
        '3年生の学年担当の教員が、保護者の皆様にお送りしたメールにおいて、メールアドレスが表示される状態となりました。',
      ),
    ).toEqual(['email']);
    expect(
      types(
        '某小学校 名簿の紛失について',
        '学年団の教員が学年集会の資料とともに、学級委員の保護者 12名の氏名及び電話番号を記載した名簿を紛失しました。',
      ),
    ).toEqual(['name', 'phone']);
  });
  it('still reads a grade or class as the data it is (学年・組, 学級名, 学年、クラス)', () => {
    expect(
      types(
        '某市 書類の紛失について',
        '紛失した書類には、児童の氏名、学年・組、担任名が記載されていました。',
      ),
    ).toEqual(['name', 'school']);
    expect(types('某校 お知らせ', '流出した情報:生徒の氏名、学年、クラス、出席番号')).toEqual([
      'name',
      'school',
    ]);
  });
});

describe('a booking’s details are an other item', () => {
  it('reads 予約内容 / ご予約の情報 / 予約日時 as other', () => {
    expect(
      types(
        '某ホテル お知らせ',
        '表示された可能性のある情報は、お客様の氏名、ご予約の内容(宿泊日、部屋タイプ)です。',
      ),
    ).toEqual(['name', 'other']);
    expect(types('某クリニック お知らせ', '流出した情報:患者様の氏名、予約日時')).toEqual(['name', 'other']);
  });
  it('leaves the words of a quoted lure message alone (「ご予約内容の確認が必要です」等の文言)', () => {
    expect(
      types(
        '某社 当社を装うSMSについて',
        '「ご予約内容の確認が必要です」等の文言で当社を装うSMSが送信されています。偽サイトで入力されたお客様のクレジットカード情報が流出しました。',
      ),
    ).toEqual(['payment_card']);
    expect(
      types(
        '某社 お知らせ',
        '「ご注文内容をご確認ください」のメッセージが届いた場合は開かないでください。流出した情報は氏名です。',
      ),
    ).toEqual(['name']);
  });
});

describe('a heading naming the reach of the incident (影響範囲, 対象範囲) opens a data zone', () => {
  it('counts the people listed under it, with no leak word in their sentence', () => {
    const body = [
      '■概要',
      '',
      'システム更新の不具合により、他の会員様の情報が表示される事象が発生しました。',
      '',
      '■影響範囲',
      '',
      '3月2日から3月4日までに会員ページを利用された会員様 最大 420名',
      '',
      '■今後の対応',
      '',
      'プログラムを修正しました。',
    ].join('\n');
    expect(affected('某社 お知らせ', body)).toBe(420);
    expect(affected('某市 お知らせ', '【対象範囲】\n\n令和5年度に申請された方 1,035名')).toBe(1035);
  });
  it('leaves a range of work alone (調査の範囲)', () => {
    expect(affected('某社 お知らせ', '■調査の範囲\n\nアクセスログ 約3,000件を確認しました。')).toBeNull();
  });
});

describe('incident date: a later step on a date is not the event', () => {
  it('skips the day a report was published, an investigation ended or a service resumed', () => {
    expect(
      incidentOf(
        '2025年2月14日に公表いたしました不正アクセスについて、続報をお知らせします。2025年2月3日、第三者による不正アクセスを受けました。',
      ),
    ).toBe('2025-02-03');
    expect(
      incidentOf(
        '調査が2025年3月1日に完了し、決済画面が不正アクセスにより改ざんされていたことが判明しました。',
      ),
    ).toBeNull();
    expect(incidentOf('昨年発生した攻撃で停止していたシステムは、3月3日から運用を再開しました。')).toBeNull();
  });
  it('keeps the day the event happened', () => {
    expect(incidentOf('2025年2月20日(木)、当社サーバーが不正アクセスを受けました。')).toBe('2025-02-20');
  });
});

describe('discovery date: a range or an embedded past event is not the finding', () => {
  it('skips the ends of a period (から…にかけて, ~) and takes the day it was noticed', () => {
    expect(
      discoveryOf('攻撃は2月10日から2月12日にかけて行われ、2月13日(木)に担当者が不審な通信に気づきました。'),
    ).toBe('2025-02-13');
    expect(discoveryOf('1月5日~1月9日の間に不正ログインがあったことが判明しました。')).toBeNull();
  });
  it('skips a date with に inside …ていたことが判明, but not a date with 、 that opens the sentence', () => {
    expect(
      discoveryOf(
        '2025年2月3日(月)、異常に気づきました。調査の結果、2月1日(土)深夜に、不正アクセスが発生していたことが判明しました。\n\n2月1日(土) 第三者による不正アクセスが発生',
      ),
    ).toBe('2025-02-03');
    expect(discoveryOf('2025年2月5日(水)、定期点検において、共有設定が誤っていたことが判明しました。')).toBe(
      '2025-02-05',
    );
  });
});

describe('incident date: the verb of a theft (盗まれ) names the event, as 盗難 does', () => {
  it('dates a car break-in or a stolen bag', () => {
    expect(
      incidentOf(
        '2025年2月8日(土)午後、駐車していた社用車の窓ガラスが割られ、ノートパソコンが盗まれました。',
      ),
    ).toBe('2025-02-08');
    expect(incidentOf('2月20日、職員が飲食店で鞄を盗まれました。')).toBe('2025-02-20');
  });
  it('does not date a warning about theft in the countermeasures', () => {
    expect(incidentOf('今後は、車内に端末を置いたまま離れないよう、全職員に注意喚起します。')).toBeNull();
  });
});

describe('section headings: what was recorded, shown, sent or stolen is the data section', () => {
  it('classifies …に記載 / 記録 / 保存 / 掲載 / 表示されていた情報, 誤送付した情報, 盗難にあった…の情報 as data', () => {
    expect(classifyHeading('名簿に記載されていた個人情報')).toBe('data');
    expect(classifyHeading('SDカードに記録されていた情報')).toBe('data');
    expect(classifyHeading('表示された可能性のある情報')).toBe('data');
    expect(classifyHeading('ホームページに掲載された内容')).toBe('data');
    expect(classifyHeading('誤送付した書類の内容')).toBe('data');
    expect(classifyHeading('盗まれた鞄に入っていた書類の情報')).toBe('data');
  });
  it('classifies 発生期間 as timeline and 発生事象 as overview', () => {
    expect(classifyHeading('発生期間')).toBe('timeline');
    expect(classifyHeading('発生事象')).toBe('overview');
  });
  it('leaves other headings naming those verbs alone', () => {
    expect(classifyHeading('保存期間の見直し')).toBe('other');
    expect(classifyHeading('ホームページへの掲載について')).toBe('other');
    expect(classifyHeading('再発防止策(保存されていた情報の管理)')).toBe('countermeasures');
    expect(classifyHeading('記載内容に関するお問い合わせ')).toBe('contact');
  });
});
