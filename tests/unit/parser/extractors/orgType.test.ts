import { describe, expect, it } from 'vitest';
import { classifyOrganization, extractOrgType } from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const t = (name: string) => classifyOrganization(name)?.type;

describe('classifyOrganization', () => {
  it('classifies the gold organisations', () => {
    expect(t('兵庫県赤穂市')).toBe('local_government');
    expect(t('東京都教育委員会')).toBe('local_government');
    expect(t('松前町')).toBe('local_government');
    expect(t('国土交通省')).toBe('national_government');
    expect(t('個人情報保護委員会')).toBe('national_government');
    expect(t('株式会社ジェイ・エス・ビー')).toBe('company');
    expect(t('デンツプライシロナ株式会社')).toBe('company');
    expect(t('国立大学法人埼玉大学')).toBe('education');
    expect(t('岐阜薬科大学')).toBe('education');
    expect(t('札幌医科大学付属病院')).toBe('medical');
    expect(t('兵庫県立がんセンター')).toBe('medical');
    expect(t('奈良県市町村職員共済組合')).toBe('association');
    expect(t('福岡国際マラソン実行委員会')).toBe('association');
    expect(t('日本損害保険協会')).toBe('association');
    expect(t('東本願寺出版')).toBe('association');
  });

  it('applies the same rules to unseen kinds of names', () => {
    expect(t('大阪府警察')).toBe('local_government');
    expect(t('県立下田高等学校')).toBe('local_government');
    expect(t('国分寺市')).toBe('local_government');
    expect(t('京都府')).toBe('local_government');
    expect(t('デジタル庁')).toBe('national_government');
    expect(t('独立行政法人国際協力機構')).toBe('national_government');
    expect(t('地方独立行政法人東京都立産業技術研究センター')).toBe('local_government');
    expect(t('横浜市社会福祉協議会')).toBe('association');
    expect(t('学校法人慶應義塾')).toBe('education');
    expect(t('医療法人社団あおば会')).toBe('medical');
    expect(t('西日本鉄道')).toBe('company');
    expect(t('Example Inc.')).toBe('company');
  });
});

describe('extractOrgType', () => {
  it('falls back to the body self-reference when the name says nothing', () => {
    const ctx = makeContext(
      '【セキュリティ事件簿#2024-001】KADOKAWA 不正アクセスについて\n当社サーバーが不正アクセスを受けました。弊社では調査中です。',
    );
    const r = extractOrgType(ctx, 'KADOKAWA');
    expect(r.value).toBe('company');
    expect(r.confidence).toBeLessThan(0.7);
  });

  it('defaults to other with a warning', () => {
    const r = extractOrgType(makeContext('x\n何もない本文'), null);
    expect(r.value).toBe('other');
    expect(r.warnings?.[0]?.code).toBe('org_type_defaulted');
  });
});
