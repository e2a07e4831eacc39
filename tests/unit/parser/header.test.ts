import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../src/main/parser/header';

const codes = (line: string) => parseHeader(line).warnings.map((w) => w.code);

describe('parseHeader', () => {
  it('parses id, title and a slash date (casebook-2024-09.txt line 1)', () => {
    const line =
      '【セキュリティ事件簿#2024-403】岐阜県 物件調査再委託業者サーバーへの不正アクセスについて 2024/9/12';
    const { header, warnings } = parseHeader(line);
    expect(header.caseId).toBe('2024-403');
    expect(line.slice(header.caseIdSpan!.start, header.caseIdSpan!.end)).toBe('2024-403');
    expect(header.title).toBe('岐阜県 物件調査再委託業者サーバーへの不正アクセスについて');
    expect(line.slice(header.titleSpan.start, header.titleSpan.end)).toBe(header.title);
    expect(header.publishedDate).toBe('2024-09-12');
    expect(line.slice(header.publishedDateSpan!.start, header.publishedDateSpan!.end)).toBe('2024/9/12');
    expect(warnings).toEqual([]);
  });

  it('parses kanji dates, zero-padded or not, after extra spaces', () => {
    expect(
      parseHeader(
        '【セキュリティ事件簿#2023-054】国立大学法人埼玉大学 本学の情報システムへの不正アクセスについて 2023年2月9日',
      ).header.publishedDate,
    ).toBe('2023-02-09');
    const h = parseHeader(
      '【セキュリティ事件簿#2023-050】三重県 委託事業者によるメールアドレスの流出について 2023年02月04日',
    ).header;
    expect(h.publishedDate).toBe('2023-02-04');
    expect(h.title).toBe('三重県 委託事業者によるメールアドレスの流出について');
    const two = parseHeader(
      '【セキュリティ事件簿#2023-051】奈良県市町村職員共済組合 年金受給者様の個人情報の漏えいに関するお詫びと原因及び再発防止について  2023年1月24日',
    ).header;
    expect(two.title).toBe(
      '奈良県市町村職員共済組合 年金受給者様の個人情報の漏えいに関するお詫びと原因及び再発防止について',
    );
    expect(two.publishedDate).toBe('2023-01-24');
  });

  it('handles normalised full-width input and era dates', () => {
    const line =
      '【セキュリティ事件簿#２０２４-０８６】大阪市 大阪市立中学校における個人情報の漏えいについて　令和６年３月８日'.normalize(
        'NFKC',
      );
    const { header } = parseHeader(line);
    expect(header.caseId).toBe('2024-086');
    expect(header.publishedDate).toBe('2024-03-08');
    expect(header.title).toBe('大阪市 大阪市立中学校における個人情報の漏えいについて');
  });

  it('keeps an incomplete id with a warning (casebook-2023-01.txt line 350)', () => {
    const line = '【セキュリティ事件簿#2022】金沢西病院 システム復旧しました。 2023年2月2日';
    const { header } = parseHeader(line);
    expect(header.caseId).toBe('2022');
    expect(header.title).toBe('金沢西病院 システム復旧しました。');
    expect(codes(line)).toEqual(['incomplete_case_id']);
  });

  it('warns when there is no date (casebook-2023-01.txt line 200)', () => {
    const line =
      '【セキュリティ事件簿#2023-053】つくばみらい市 中学教員が学生78名の個人情報入りUSBメモリを紛失する';
    const { header } = parseHeader(line);
    expect(header.publishedDate).toBeNull();
    expect(header.title).toBe('つくばみらい市 中学教員が学生78名の個人情報入りUSBメモリを紛失する');
    expect(codes(line)).toEqual(['no_published_date']);
  });

  it('does not take a number that ends the title for a date', () => {
    const line =
      '【セキュリティ事件簿#2023-038】LockBit 3.0ランサムウエアギャングは、“Fujikura.co.jp”をハッキングしたと主張';
    expect(parseHeader(line).header.title).toBe(
      'LockBit 3.0ランサムウエアギャングは、“Fujikura.co.jp”をハッキングしたと主張',
    );
    const event = parseHeader(
      '【セキュリティ事件簿#2024-393】福岡国際マラソン実行委員会 福岡国際マラソン 2024',
    ).header;
    expect(event.title).toBe('福岡国際マラソン実行委員会 福岡国際マラソン 2024');
    expect(event.publishedDate).toBeNull();
  });

  it('rejects impossible dates with a warning', () => {
    const { header } = parseHeader('【セキュリティ事件簿#2024-001】某社 お知らせ 2024/2/30');
    expect(header.publishedDate).toBeNull();
    expect(header.title).toBe('某社 お知らせ');
    expect(codes('【セキュリティ事件簿#2024-001】某社 お知らせ 2024/2/30')).toEqual([
      'invalid_published_date',
    ]);
  });

  it('uses the whole line as the title of an ordinary post', () => {
    const { header } = parseHeader('  Microsoft Teams、再び障害(前回は2022年7月)~原因はオペミスか!?~ ');
    expect(header.caseId).toBeNull();
    expect(header.title).toBe('Microsoft Teams、再び障害(前回は2022年7月)~原因はオペミスか!?~');
  });

  it('warns about a header without its closing bracket', () => {
    const line = '【セキュリティ事件簿#2024-001 某社 お知らせ 2024/1/1';
    expect(codes(line)).toEqual(['malformed_header']);
    expect(parseHeader(line).header.caseId).toBeNull();
  });
});
