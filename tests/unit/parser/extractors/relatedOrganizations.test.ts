import { describe, expect, it } from 'vitest';
import { extractRelatedOrganizations } from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

describe('extractRelatedOrganizations', () => {
  it('finds contractor and subcontractor with evidence', () => {
    const ctx = makeContext(
      '【セキュリティ事件簿#2024-403】岐阜県 物件調査再委託業者サーバーへの不正アクセスについて 2024/9/12\n\n物件調査委託業務において、業務を受注した日本工営都市空間株式会社岐阜営業所(以下「受託者」という。)から業務の一部を受託した柴山コンサルタント株式会社(以下「再委託先事業者」という。)のサーバーに不正アクセスがありました。',
    );
    const r = extractRelatedOrganizations(ctx, '岐阜県');
    expect(r.value.map((v) => v.value)).toEqual(['日本工営都市空間株式会社', '柴山コンサルタント株式会社']);
    const e = r.value[1]!.evidence[0]!;
    expect(ctx.text.slice(e.start, e.end)).toBe('柴山コンサルタント株式会社');
    expect(r.value[1]!.confidence).toBeGreaterThan(0.7);
  });

  it('reads (株) forms and leaves out the release organisation', () => {
    const ctx = makeContext(
      '【セキュリティ事件簿#2023-052】国土交通省 情報流出の疑いについて\n\n受注者である(株)神戸新聞事業社から報告を受けました。\n業務(受注者:東亜建設技術(株))において紛失。\n柴山コンサルタント株式会社は当社です。',
    );
    const names = extractRelatedOrganizations(ctx, '柴山コンサルタント株式会社').value.map((v) => v.value);
    expect(names).toContain('(株)神戸新聞事業社');
    expect(names).toContain('東亜建設技術(株)');
    expect(names).not.toContain('柴山コンサルタント株式会社');
  });
});
