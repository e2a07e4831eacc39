import { describe, expect, it } from 'vitest';
import { extractDataTypes } from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

const types = (body: string, title = 'あわわ株式会社 お知らせ') =>
  extractDataTypes(makeContext(`【セキュリティ事件簿#2024-001】${title} 2024/1/1\n\n${body}`)).value.sort();

describe('extractDataTypes', () => {
  it('reads the list under a leak heading', () => {
    expect(
      types(
        '【漏えいのおそれのある個人情報】\n\n物件の入居者及び退去者に関する以下の個人情報\n\n・氏名・住所・生年月日・電話番号・メールアドレス等申込情報\n\n・勤務先・勤務先住所・勤務先電話番号\n\n【事故発生後の対応】\n\nお問い合わせはメールアドレスまでお願いいたします。',
      ),
    ).toEqual(['address', 'birthdate', 'email', 'employer', 'name', 'phone']);
  });

  it('ignores items the release says were not taken', () => {
    expect(
      types(
        '学生および本学構成員36,692件のメールアドレスが窃取された可能性があることが判明いたしました。\n全ての方々について、氏名・住所・電話番号・パスワード・成績情報などの個人情報は、窃取されていないことを確認しております。しかしながら、このうちの 48 件については、メールアドレスから氏名が類推されることを確認いたしました。',
      ),
    ).toEqual(['email']);
    expect(
      types(
        '流出した個人情報はメールアドレスのみであり、お問合せいただいたお客様の会社名、部署名、氏名、住所、電話番号、お問合せ内容などは含まれておりません。',
      ),
    ).toEqual(['email']);
  });

  it('ignores addresses that are the destination of a wrong send and hypothetical leaks', () => {
    expect(
      types(
        '氏名(申請責任者 1 名及び受講者 1 名)が入った電子メール 17 通を別会社の申請責任者のメールアドレスに誤って送信してしまいました。',
      ),
    ).toEqual(['name']);
    expect(
      types(
        '上記のような内容のメールに従いクレジットカード情報を入力してしまった場合、クレジットカード情報が第三者に流出してしまった可能性があります。',
      ),
    ).toEqual([]);
  });

  it('maps ids, school, health and other personal items', () => {
    expect(
      types(
        '2.誤送信したファイルに含まれていた情報および送信先\n\n① 個人情報の項目\n\n上智大学に在籍する全正規生の学生番号、所属学部・学科、学年、学生氏名、生年月日、国籍\n\n② 個人情報の数\n\n13,949名',
      ),
    ).toEqual(['birthdate', 'id_number', 'name', 'other', 'school']);
    expect(
      types(
        'USBメモリ内には薬剤治療実施患者1,894人分のリスト(患者ID、お名前、年齢、診療科、病棟名)が含まれており、',
      ),
    ).toEqual(['age', 'health', 'id_number', 'name']);
    expect(
      types(
        'スマホには市民の電話番号17件とLINE(ライン)の連絡先48人分などが登録されていたが、情報漏えいは確認されていないという。',
      ),
    ).toEqual(['other', 'phone']);
  });

  it('reads the title and bare item lists', () => {
    expect(types('', '三重県 委託事業者によるメールアドレスの流出について')).toEqual(['email']);
    expect(
      types('漏えいした恐れのある情報\n\n- 氏名\n- メールアドレス\n- 会社名\n- 部署\n\n原因\n\n設定ミス'),
    ).toEqual(['email', 'employer', 'name']);
  });

  it('is empty when no item is named', () => {
    const r = extractDataTypes(
      makeContext(
        '【セキュリティ事件簿#2024-398】ヤマトホールディングス株式会社 海外子会社サーバーへの不正アクセスの発生について\n\n同社のサーバーが第三者による不正アクセスを受けたことを確認しました。',
      ),
    );
    expect(r.value).toEqual([]);
    expect(r.evidence).toEqual([]);
  });
});

describe('a message quoted between two rule lines', () => {
  const sample = (rule: string, inside: string[]) =>
    [
      '当社を装った不審なメールが送信されていることを確認しました。',
      '',
      '【メールの文面】',
      rule,
      ...inside,
      rule,
      '',
      'このようなメールのリンクは開かないでください。',
    ].join('\n');

  it('names no data: its headings and item-like lines are what the mail said', () => {
    expect(types(sample('-----------------', ['お支払い内容', '', 'ご利用金額:XXXX円']))).toEqual([]);
    expect(types(sample('━━━━━━━━━━', ['ご登録内容の確認', '氏名', '生年月日']))).toEqual([]);
  });

  it('leaves the release’s own data list alone, before or after the quotation', () => {
    const body = [
      sample('-----------------', ['ご注文内容', '注文ID:XXXX']),
      '',
      '流出した可能性のある情報',
      '・氏名、住所',
    ].join('\n');
    expect(types(body)).toEqual(['address', 'name']);
  });

  it('frames nothing with a single rule line', () => {
    const body = ['漏えいした情報', '-----------------', '・氏名、電話番号'].join('\n');
    expect(types(body)).toEqual(['name', 'phone']);
  });
});
