import { describe, expect, it } from 'vitest';
import {
  extractDiscoveryDate,
  extractIncidentDate,
  parseJapaneseDates,
  warekiToYear,
} from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const ctxOf = (body: string, date = '2024/9/12') =>
  makeContext(`【セキュリティ事件簿#2024-001】あわわ県 お知らせ ${date}\n\n${body}`);

describe('warekiToYear and parseJapaneseDates', () => {
  it('converts era years', () => {
    expect(warekiToYear('令和', 6)).toBe(2024);
    expect(warekiToYear('平成', '元')).toBe(1989);
    expect(warekiToYear('R', '5')).toBe(2023);
    expect(warekiToYear('慶応', 1)).toBeNaN();
  });

  it('reads every written form', () => {
    const iso = (t: string, pub: string | null = '2024-09-12') =>
      parseJapaneseDates(t.normalize('NFKC'), pub).map((d) => d.iso);
    expect(iso('令和6年3月7日')).toEqual(['2024-03-07']);
    expect(iso('令和 6 年 3 月 7 日')).toEqual(['2024-03-07']);
    expect(iso('令和4年(2022年)11月5日')).toEqual(['2022-11-05']);
    expect(iso('R6.3.7')).toEqual(['2024-03-07']);
    expect(iso('2022 年 10 月 19 日')).toEqual(['2022-10-19']);
    expect(iso('2024/8/26')).toEqual(['2024-08-26']);
    expect(iso('6月30日(日)')).toEqual(['2024-06-30']);
    // Without a year and after publication: the previous year.
    expect(iso('12月3日', '2023-02-02')).toEqual(['2022-12-03']);
    // Year of the nearest dated mention before; 同日 repeats it.
    expect(iso('2022年6月7日(火)に発生。同日正午頃に開始。同年7月~12月')).toEqual([
      '2022-06-07',
      '2022-06-07',
    ]);
    expect(iso('令和6年4月26日から同月10日')).toEqual(['2024-04-26', '2024-04-10']);
  });
});

describe('extractIncidentDate / extractDiscoveryDate', () => {
  it('reads a labelled incident date', () => {
    const ctx = ctxOf('1 事故の概要\n\n(1) 発生日\n\n   令和6年11月8日(金曜日)\n\n(2)発生場所', '2024/11/8');
    expect(extractIncidentDate(ctx).value).toBe('2024-11-08');
    expect(extractIncidentDate(ctx).confidence).toBeGreaterThan(0.8);
  });

  it('separates the attack from its discovery', () => {
    const ctx = ctxOf(
      '第三者からの攻撃が行われ、不審なプログラムが実行されていることが、2022 年 10 月 19 日に判明いたしました。\n\n調査の結果、攻撃は同年 7 月 25 日から複数回にわたって行われており、メールアドレスが窃取された可能性があることが判明いたしました。',
      '2023年2月9日',
    );
    expect(extractIncidentDate(ctx).value).toBe('2022-07-25');
    expect(extractDiscoveryDate(ctx).value).toBe('2022-10-19');
  });

  it('reads a timeline whose event is on the next line', () => {
    const ctx = ctxOf(
      '(2)経緯\n\n  • 2024 年6月 30 日(日)\n\n柴山グループが管理するサーバーが不正アクセスの被害を受けた。\n\n  • 2024 年7月2日(火)\n\n同社が県警に相談した。',
    );
    expect(extractIncidentDate(ctx).value).toBe('2024-06-30');
  });

  it('is null when no date is given', () => {
    const r = extractIncidentDate(ctxOf('詳細は調査中です。'));
    expect(r.value).toBeNull();
    expect(r.confidence).toBe(0);
  });
});
