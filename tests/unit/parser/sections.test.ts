import { describe, expect, it } from 'vitest';
import { classifyHeading, findSections } from '../../../src/main/parser/sections';

function sectionsOf(lines: string[]) {
  const raw = lines.join('\n');
  const text = raw.normalize('NFKC');
  const bodyStart = text.indexOf('\n') + 1;
  return findSections(text, bodyStart, lines).map((s) => ({
    kind: s.kind,
    heading: s.heading,
    body: text.slice(s.span.start, s.span.end),
  }));
}

describe('sections', () => {
  it('classifies heading texts', () => {
    expect(classifyHeading('事案の概要')).toBe('overview');
    expect(classifyHeading('経緯')).toBe('timeline');
    expect(classifyHeading('発生原因')).toBe('cause');
    expect(classifyHeading('再発防止策(当面の対応)')).toBe('countermeasures');
    expect(classifyHeading('今後の対応')).toBe('countermeasures');
    expect(classifyHeading('漏えいのおそれのある個人情報')).toBe('data');
    expect(classifyHeading('誤送信した個人情報の内容')).toBe('data');
    expect(classifyHeading('二次被害又はそのおそれの有無')).toBe('impact');
    expect(classifyHeading('発生後に行った対応')).toBe('response');
    expect(classifyHeading('本件に関するお問い合わせ先')).toBe('contact');
    expect(classifyHeading('概 要')).toBe('overview');
    expect(classifyHeading('その他')).toBe('other');
  });

  it('nests numbered styles (casebook-2024-09.txt 71-146, abridged)', () => {
    const s = sectionsOf([
      '【セキュリティ事件簿#2024-401】愛知県 業務委託先における個人情報の漏えいのおそれについて 2024/9/12',
      '',
      '1 被害状況',
      '',
      '(1)不正アクセスを受けた会社',
      '',
      '  • 柴山コンサルタント株式会社(本県の業務委託先)',
      '',
      '(2)経緯',
      '',
      '  • 2024 年6月 30 日(日)',
      '',
      '(3)漏えいしたおそれのある個人情報',
      '',
      '柴山グループが保有していた個人情報が漏えいしたおそれがあり、そのうち、本県の委託業務に係るものはのべ 683 名分であった。',
      '',
      '2 県の対応(再発防止策)',
      '',
      '県としては、今回の事案を踏まえ、再発防止に努める。',
    ]);
    expect(s.map((x) => [x.kind, x.heading])).toEqual([
      ['impact', '1 被害状況'],
      ['other', '(1)不正アクセスを受けた会社'],
      ['timeline', '(2)経緯'],
      ['data', '(3)漏えいしたおそれのある個人情報'],
      ['countermeasures', '2 県の対応(再発防止策)'],
    ]);
    // `1 被害状況` spans its subsections, up to `2 …`
    expect(s[0]!.body.startsWith('(1)不正アクセス')).toBe(true);
    expect(s[0]!.body.endsWith('683 名分であった。')).toBe(true);
    expect(s[2]!.body).toBe('• 2024 年6月 30 日(日)');
    expect(s[4]!.body).toBe('県としては、今回の事案を踏まえ、再発防止に努める。');
  });

  it('finds bracketed, symbol and unmarked headings (casebook-2024-09.txt 43-69, label 463-517)', () => {
    const s = sectionsOf([
      '【セキュリティ事件簿#2024-402】株式会社アベニュー 不正アクセスによる個人情報漏えいのおそれのお知らせとお詫び 2024/8/26',
      '',
      '【漏えいのおそれのある個人情報】',
      '',
      '・氏名・住所・生年月日・電話番号・メールアドレス等申込情報',
      '',
      '【事故発生後の対応】',
      '',
      '当社は、サーバーへの不正アクセスを認知後、個人情報保護委員会及び警察へ報告いたしました。',
      '',
      '〈発生の経緯〉',
      '',
      '8月27日早朝、社内システムへのアクセスができないことが判明しました。',
      '',
      '○不正アクセスにより漏えいの可能性がある情報の概要',
      '',
      '原因',
      '',
      '申込みフォーム(Googleフォーム)の設定ミスにより、閲覧可能となっていました。',
      '',
      '<募集人ID、受験者姓名、団体名、性別、生年月日およびメールアドレス>',
    ]);
    expect(s.map((x) => [x.kind, x.heading])).toEqual([
      ['data', '【漏えいのおそれのある個人情報】'],
      ['response', '【事故発生後の対応】'],
      ['timeline', '〈発生の経緯〉'],
      ['data', '○不正アクセスにより漏えいの可能性がある情報の概要'],
      ['cause', '原因'],
    ]);
  });

  it('tells circled list items from numbered headings and skips long numbered paragraphs', () => {
    const s = sectionsOf([
      '【セキュリティ事件簿#2023-039】株式会社東京機械製作所 お知らせ 2023年1月30日',
      '',
      '1.概要',
      '',
      '①発生',
      '',
      '2022 年 11 月 5 日(土)当社総務部の従業員が作業を行っていた際に異常を確認しました。',
      '',
      '2 本件は、平成 25 年7月頃から令和5年2月頃にかけて、元従業者が個人データ等を不正に持ち出したことにより漏えいが発生した事案である。',
      '',
      '2.流出等の可能性のある個人情報とお客様への対応',
    ]);
    expect(s.map((x) => x.heading)).toEqual([
      '1.概要',
      '①発生',
      '2.流出等の可能性のある個人情報とお客様への対応',
    ]);
    expect(s[0]!.body).toContain('1発生'); // bodies are spans of the NFKC text
  });
});
