import { describe, expect, it } from 'vitest';
import {
  extractAffectedCount,
  extractCounts,
  parseKanjiNumber,
} from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const ctxOf = (body: string, title = 'あわわ株式会社 個人情報の取扱いについて') =>
  makeContext(`【セキュリティ事件簿#2024-001】${title} 2024/1/1\n\n${body}`);
const counts = (body: string) => extractCounts(ctxOf(body)).value.map((c) => [c.value, c.unit, c.qualifier]);
const affected = (body: string, title?: string) => {
  const ctx = ctxOf(body, title);
  return extractAffectedCount(ctx, extractCounts(ctx).value);
};

describe('extractCounts', () => {
  it('reads digits, separators, multipliers and qualifiers', () => {
    expect(counts('個人データ等合計約 928 万人分を不正に持ち出した')).toEqual([[9280000, '人', 'approx']]);
    expect(counts('漏えい件数 :最大で164名')).toEqual([[164, '名', 'max']]);
    expect(counts('本県の委託業務に係るものはのべ 683 名分であった。')).toEqual([[683, '名', 'cumulative']]);
    expect(counts('約29,000件の顧客情報。')).toEqual([[29000, '件', 'approx']]);
    expect(counts('36,692 件は')).toEqual([[36692, '件', null]]);
    expect(counts('100名以上')).toEqual([[100, '名', 'at_least']]);
    expect(counts('約1万2,000件')).toEqual([[12000, '件', 'approx']]);
    expect(counts('調査対象者12者(個人11名、法人1社)')).toEqual([
      [12, '者', null],
      [11, '名', null],
      [1, '社', null],
    ]);
  });

  it('normalises full-width digits through NFKC and reads kanji numerals', () => {
    expect(counts('１２３名')).toEqual([[123, '名', null]]);
    expect(counts('生徒三名の答案')).toEqual([[3, '名', null]]);
    expect(parseKanjiNumber('二千五百')).toBe(2500);
    expect(parseKanjiNumber('一万二千')).toBe(12000);
  });

  it('skips dates, ordinals and the 三者 of 第三者', () => {
    expect(counts('令和5年1月26日(木)、法第 146 条第1項の規定、第三者に提供、2年生78名')).toEqual([
      [78, '名', null],
    ]);
  });

  it('gives spans into ctx.text', () => {
    const ctx = ctxOf('メールアドレス49件');
    const c = extractCounts(ctx).value[0]!;
    expect(ctx.text.slice(c.evidence.start, c.evidence.end)).toBe('49件');
  });
});

describe('extractAffectedCount', () => {
  it('prefers the count in the leak zone over recipients and mail counts', () => {
    const body =
      '1. 経緯\n\n2024年10月31日(木)11:09~12:01の間に17通\n\n”【肉汁餃子のダンダダン】景品発送のお知らせ”として217名の会員様へ電子メールを送信。\n\n2.流出した情報\n\nメールアドレス49件\n\n3.会員様への対応\n\n当該電子メール送信先の49名の会員様に、お詫びとともに217名の会員様へ削除をお願いしております。';
    expect(affected(body).value).toBe(49);
  });

  it('sums parts given without a total', () => {
    expect(
      affected(
        '2. 漏えいした可能性のある個人情報\n  • 弊社取引先様の氏名と電話番号(一部メールアドレスを含む)350 件\n  • 弊社従業員の氏名と電話番号(一部メールアドレスを含む)300 件\n3. 対応状況',
      ).value,
    ).toBe(650);
    expect(
      affected('紛失した資料には、個人2名の住所及び氏名等並びに個人17名の氏名等が記載されています。').value,
    ).toBe(19);
    expect(
      affected(
        '(2) 誤送信した個人情報の内容\n\nア 入院患者(4人)の氏名及び年齢並びに病名及び診療状況\n\nイ 退院患者(1人)の氏名及び年齢\n\n (3) 発生状況',
      ).value,
    ).toBe(5);
  });

  it('takes a stated total or maximum over the parts', () => {
    expect(
      affected(
        '(3)漏えいしたおそれのある個人情報\n\n本県の委託業務に係るものはのべ 683 名分であった。\n\n用地調査及び物件調査業務委託(※1)36件413名\n測量及び設計業務委託(※2)4件226名\n事業損失防止調査業務委託(※3)4件16名\n住宅工作物調査等委託(※4)2件28名\n\n(4)柴山グループの対応',
      ).value,
    ).toBe(683);
    expect(
      affected(
        '誤って社外の方233名に対してメールを送付してしまい、その結果、最大79名の方の氏名とメールアドレスが他の方に閲覧可能な状態になってしまう事案が発生しました。',
      ).value,
    ).toBe(79);
  });

  it('drops subsets, staff counts and notes', () => {
    expect(
      affected(
        '学生および本学構成員36,692件のメールアドレスが窃取された可能性があります。このうちの 48 件については、メールアドレスから氏名が類推されます。',
      ).value,
    ).toBe(36692);
    expect(
      affected(
        '○漏えいの可能性がある情報の概要\n\n・調査対象者数:12者(個人11名、法人1社)\n\n・受託者の調査者氏名:2名\n\n2 経緯',
      ).value,
    ).toBe(12);
    expect(
      affected(
        '閲覧できた可能性がある個人情報\n\n該当される方\n\n6月21日 午前10時40分までに参加申込された方(320名)\n\n※申込後にリンク先に表示されて閲覧可能となるのは、最大100名分\n\n閲覧可能期間',
      ).value,
    ).toBe(320);
  });

  it('reads the title count', () => {
    expect(
      affected(
        '教員が個人情報を記録したUSBメモリを紛失しました。',
        'つくばみらい市 中学教員が学生78名の個人情報入りUSBメモリを紛失する',
      ).value,
    ).toBe(78);
  });

  it('is null with a no_count warning when no affected count is given', () => {
    const r = affected('2台のNASのパスワードが破られた。');
    expect(r.value).toBeNull();
    expect(r.warnings?.[0]?.code).toBe('no_count');
  });

  it('warns when the release states different totals', () => {
    const r = affected(
      '1.漏えいした個人情報\n\n顧客情報1,200件\n\n2.経緯\n\n当初、顧客情報3,400件が流出したおそれがあると公表しました。',
    );
    expect(r.value).toBe(1200);
    expect(r.warnings?.[0]?.code).toBe('conflicting_counts');
  });
});
