import { describe, expect, it } from 'vitest';
import { extractOrganization } from '../../../../src/main/parser/extractors';
import { leadingName } from '../../../../src/main/parser/extractors/organization';
import { makeContext } from './context';

const org = (raw: string) => extractOrganization(makeContext(raw));

describe('extractOrganization', () => {
  it('takes the first space-separated token of the title', () => {
    const r = org(
      '【セキュリティ事件簿#2023-047】兵庫県赤穂市 赤穂市立保育所における USB メモリ紛失事案について 2023年2月3日\n本文',
    );
    expect(r.value).toBe('兵庫県赤穂市');
    expect(r.confidence).toBeGreaterThan(0.9);
    expect(r.evidence[0]).toBeDefined();
    const ctx = makeContext(
      '【セキュリティ事件簿#2023-054】国立大学法人埼玉大学 本学の情報システムへの不正アクセスについて 2023年2月9日',
    );
    const e = extractOrganization(ctx).evidence[0]!;
    expect(ctx.text.slice(e.start, e.end)).toBe('国立大学法人埼玉大学');
  });

  it('skips leading tags of the title', () => {
    expect(
      org('【セキュリティ事件簿#2024-001】【お詫び】株式会社あわわ 不正アクセスについて 2024/1/5').value,
    ).toBe('株式会社あわわ');
  });

  it('keeps a lone legal-form prefix with the next token', () => {
    expect(
      org('【セキュリティ事件簿#2024-001】株式会社 あわわ 不正アクセスに関するお知らせ 2024/1/5').value,
    ).toBe('株式会社 あわわ');
  });

  it('takes the leading name when the title has no space', () => {
    expect(
      org(
        '【セキュリティ事件簿#2024-274】岐阜薬科大学2024年度オープンキャンパスへ参加申込みをされた方の個人情報が閲覧可能 2024/6/26',
      ).value,
    ).toBe('岐阜薬科大学');
    expect(
      org(
        '【セキュリティ事件簿#2023-040】尼崎市職員、泥酔して公用スマホ紛失。USBメモリ事件を恐れて虚偽報告し処分を受ける ~バッドニュースファーストは重要だが難しい~',
      ).value,
    ).toBe('尼崎市');
    expect(leadingName('大阪市立小学校における個人情報の漏えいについて')).toBe('大阪市');
    expect(leadingName('宇陀市職員による個人情報の漏えい')).toBe('宇陀市');
    expect(leadingName('長崎国際観光コンベンション協会における個人情報漏えい')).toBe(
      '長崎国際観光コンベンション協会',
    );
    expect(leadingName('四日市市立小学校で')).toBe('四日市市');
    expect(leadingName('京都府立高校で')).toBe('京都府');
    expect(leadingName('東京都教育委員会における誤送信')).toBe('東京都教育委員会');
  });

  it('reads a leak-site claim title as naming no organisation and takes the body', () => {
    const r = org(
      '【セキュリティ事件簿#2023-038】LockBit 3.0ランサムウエアギャングは、“Fujikura.co.jp”をハッキングしたと主張\n\n \n\n株式会社フジクラは、東京都に本社を置く光ファイバーや電線を製造する非鉄金属メーカーである。',
    );
    expect(r.value).toBe('株式会社フジクラ');
    expect(r.confidence).toBeLessThan(0.8);
    expect(r.warnings?.[0]?.code).toBe('organization_from_body');
  });

  it('returns null with confidence 0 when nothing names an organisation', () => {
    const r = org('【セキュリティ事件簿#2023-999】ランサムウェアギャングが犯行を主張\n詳細は不明。');
    expect(r.value).toBeNull();
    expect(r.confidence).toBe(0);
  });
});
