/**
 * One test per extractor rule added after the first run of the fresh-20 held-out set
 * (tests/fixtures/heldout/fresh-20). The snippets are not the held-out sentences: each rule is
 * shown on wordings other releases use, and on the near misses it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { cats, leak, types } from './post-snippets';

describe('items said not to have been held (…に保存されていなかったことを確認)', () => {
  it('does not list items the release says were not stored', () => {
    expect(
      types(
        '某社 お知らせ',
        'なお、クレジットカード情報及び口座情報は当該サーバに保存されていなかったことを確認しております。流出した情報は氏名及びメールアドレスです。',
      ),
    ).toEqual(['email', 'name']);
    expect(types('某社 お知らせ', '住所と電話番号は当該端末に記録されていなかった。')).toEqual([]);
  });
  it('leaves a clause where ていなかった describes the medium or the cause alone', () => {
    expect(
      types('某社 お知らせ', '暗号化されていなかったUSBメモリに、顧客の氏名と住所を保存していました。'),
    ).toEqual(['address', 'name']);
    expect(
      types('某社 お知らせ', 'パスワードが設定されていなかったため、氏名と電話番号が閲覧できる状態でした。'),
    ).toEqual(['name', 'phone']);
  });
});

describe('a cleft sentence naming what leaked (閲覧されたのは…, 流出したのは…)', () => {
  it('reads the items after the cleft as affected', () => {
    expect(
      types(
        '某市 職員の処分について',
        '閲覧されたのは市民5人分の氏名、生年月日、税額などで、外部への流出は確認されていない。',
      ),
    ).toEqual(['birthdate', 'name', 'other']);
    expect(types('某社 お知らせ', '流出したのは、会員のメールアドレスのみです。')).toEqual(['email']);
    expect(types('某病院 お知らせ', '紛失した書類に含まれていたのは、患者3名の氏名と病名です。')).toEqual([
      'health',
      'name',
    ]);
  });
  it('still drops a list whose own clause is negated', () => {
    expect(types('某社 お知らせ', '氏名、住所などで、これらは暗号化されていません。')).toEqual([]);
    expect(types('某社 お知らせ', 'なお、住所や電話番号は含まれておりません。')).toEqual([]);
  });
});

describe('the text of mails (メール本文) as other', () => {
  it('lists the bodies of stolen mails as other', () => {
    expect(types('某社 お知らせ', 'お客様の氏名、メールアドレス及びメール本文が窃取されました。')).toEqual([
      'email',
      'name',
      'other',
    ]);
  });
  it('leaves the body of a lure mail, where a link stood, alone', () => {
    expect(types('某社 お知らせ', '不審なメールの本文に記載されたURLにはアクセスしないでください。')).toEqual(
      [],
    );
    expect(
      types(
        '某社 お知らせ',
        'メール本文中のリンクを開いた従業員の端末が感染し、取引先の氏名が流出しました。',
      ),
    ).toEqual(['name']);
  });
});

describe('addresses put in the To field or shown to the other recipients (宛先(TO)に, 他の受信者に表示)', () => {
  it('reads these sends as misdelivery without a BCC word', () => {
    expect(
      cats(
        '某社 メールマガジン配信について',
        '配信時に、受信者のメールアドレスを宛先(TO)に入れて送信してしまいました。',
      ),
    ).toEqual(['misdelivery']);
    expect(
      cats(
        '某協会 お知らせ',
        '案内メールを送信した際、受信者のメールアドレスが他の受信者に表示される状態となっていました。',
      ),
    ).toEqual(['misdelivery']);
    expect(cats('某社 お知らせ', '受信者同士でメールアドレスが見える状態で送信してしまいました。')).toEqual([
      'misdelivery',
    ]);
  });
  it('leaves advice about the To field alone', () => {
    expect(cats('某社 お知らせ', 'メールの宛先(To)を確認してください。')).toEqual(['other']);
  });
});

describe('staff putting data on their own cloud or mail without permission (許可を得ずに私用の…に保存)', () => {
  it('reads it, and a take-out called improper, as insider', () => {
    expect(
      cats('某高校 お知らせ', '教員が許可を得ずに私用のクラウドストレージに生徒の成績を保存していました。'),
    ).toEqual(['insider']);
    expect(
      cats('某市 お知らせ', '職員が無断で私用のメールアドレスに住民の名簿を転送していたことが判明しました。'),
    ).toEqual(['insider']);
    expect(
      cats(
        '某市 職員による個人情報の不適切な持ち出しについて',
        '職員が名簿を自宅に持ち帰っていたことが判明しました。',
      ),
    ).toEqual(['insider']);
  });
  it('reads a take-out that ended in a loss as the loss, and leaves countermeasures alone', () => {
    expect(
      cats(
        '某中学校 USBメモリの紛失について',
        '教員は許可を得ないまま私用のUSBメモリに生徒の名簿をコピーして持ち出し、紛失しました。',
      ),
    ).toEqual(['loss']);
    expect(cats('某市 USBメモリの不適切な持ち出しと紛失について', '職員がUSBメモリを紛失しました。')).toEqual(
      ['loss'],
    );
    expect(cats('某社 お知らせ', '今後、許可なく私用の端末にデータを保存しないよう指導します。')).toEqual([
      'other',
    ]);
  });
});

describe('a lost device found with no trace of use (起動やログインが行われた形跡はありません, 閲覧された事実はない)', () => {
  it('reads these findings as none', () => {
    expect(
      leak(
        '某社 ノートパソコンの紛失について',
        'パソコンは翌日発見され、当社に返却されました。紛失中に起動やログインが行われた形跡はありませんでした。',
      ),
    ).toBe('none');
    expect(
      leak(
        '某社 スマートフォンの紛失について',
        '端末は警察署に届けられていました。ログインされた痕跡はなく、情報の漏えいはないと判断しました。',
      ),
    ).toBe('none');
    expect(
      leak(
        '某社 タブレットの紛失について',
        'タブレットは当日中に回収しました。第三者に閲覧された事実はないと判断しております。',
      ),
    ).toBe('none');
  });
  it('leaves a trace not yet ruled out, and a device still missing, as possible', () => {
    expect(
      leak(
        '某社 ノートパソコンの紛失について',
        'パソコンは発見されていません。起動やログインが行われた形跡は確認できておらず、閲覧された可能性があります。',
      ),
    ).toBe('possible');
    expect(leak('某社 USBメモリの紛失について', 'USBメモリは発見に至っておりません。')).toBe('possible');
  });
});

describe("someone reports having seen others' data (他の…回答内容を見たとの申し出)", () => {
  it('reads the report as confirmed', () => {
    expect(
      leak(
        '某校 アンケートの設定誤りについて',
        '他の回答者の回答が閲覧できる状態でした。保護者2名から、他の家庭の回答内容を見たとの申し出がありました。',
      ),
    ).toBe('confirmed');
    expect(leak('某社 お知らせ', '会員の方から、別の会員の情報を閲覧したとの連絡を受けました。')).toBe(
      'confirmed',
    );
  });
  it('leaves a report that it can be seen, or none received, alone', () => {
    expect(
      leak(
        '某校 アンケートの設定誤りについて',
        '他の回答者の回答が閲覧できる状態でした。他の方の回答内容を見たとの申し出はありません。',
      ),
    ).toBe('unknown');
    expect(
      leak(
        '某校 アンケートの設定誤りについて',
        '保護者から、他の家庭の回答が見えるとの連絡があり、直ちに設定を変更しました。',
      ),
    ).toBe('unknown');
  });
});

describe('variants found by probing the fresh-20 rules on other wordings', () => {
  it('reads 私物 / 個人の storage and the permission after the medium as insider, a loss still as loss', () => {
    expect(
      cats(
        '某高校 お知らせ',
        '教員が私物のUSBメモリに生徒の成績を許可なく複製し、自宅に持ち帰っていました。',
      ),
    ).toEqual(['insider']);
    expect(
      cats(
        '某市 お知らせ',
        '職員が許可を得ずに個人のクラウドストレージへ住民情報をアップロードしていました。',
      ),
    ).toEqual(['insider']);
    expect(
      cats(
        '某中学校 USBメモリの紛失について',
        '教員が私物のUSBメモリに名簿を許可なくコピーし、帰宅途中に紛失しました。',
      ),
    ).toEqual(['loss']);
    expect(cats('某社 お知らせ', '私物のパソコンには、許可なく保存しないよう指導します。')).toEqual([
      'other',
    ]);
  });
  it('reads 申告, a noun before the trace (操作の形跡) and 使用された形跡 as the rules do', () => {
    expect(leak('某社 お知らせ', 'お客様1名から、他のお客様の注文内容を閲覧したとの申告がありました。')).toBe(
      'confirmed',
    );
    expect(
      leak(
        '某社 ノートパソコンの置き忘れについて',
        'パソコンは当日中に発見されました。ログイン履歴を確認したところ、第三者による操作の形跡はありませんでした。',
      ),
    ).toBe('none');
    expect(
      leak(
        '某社 ノートパソコンの置き忘れについて',
        'パソコンは翌日返却されました。不正に使用された形跡はございません。',
      ),
    ).toBe('none');
    expect(
      leak(
        '某社 ノートパソコンの紛失について',
        'パソコンは見つかっておりません。使用された形跡の有無は確認できません。',
      ),
    ).toBe('possible');
  });
  it('reads a cleft after 確認 (流出が確認されたのは) and a list closed by のみで', () => {
    expect(types('某社 お知らせ', '流出が確認されたのは、お客様の氏名と電話番号です。')).toEqual([
      'name',
      'phone',
    ]);
    expect(
      types('某社 お知らせ', '記録されていたのは、会員番号のみで、氏名等は記録されていなかった。'),
    ).toEqual(['id_number']);
    // `…のみで、…は含まれておりません` names the one item affected (as `…のみであり、` in the real gold).
    expect(types('某社 お知らせ', 'メールアドレスのみで、氏名や住所は含まれておりません。')).toEqual([
      'email',
    ]);
  });
});

describe('a negation after a list closed by など/等/のみで (…などで、外部への流出は確認されていない)', () => {
  it('keeps the list when a predicate after it names it, or the negation is about something else', () => {
    expect(types('某社 お知らせ', '対象は氏名、住所などで、これらが流出した可能性があります。')).toEqual([
      'address',
      'name',
    ]);
    expect(
      types('某社 お知らせ', 'お客様の氏名、電話番号等で、第三者に閲覧された可能性があります。'),
    ).toEqual(['name', 'phone']);
    expect(
      types('某社 お知らせ', '漏えいした情報は氏名のみで、住所や電話番号は含まれておりません。'),
    ).toEqual(['name']);
  });
  it('drops the list when the negation refers back to it', () => {
    expect(types('某社 お知らせ', '流出した情報は氏名、住所などで、これらは流出しておりません。')).toEqual(
      [],
    );
  });
});

describe('a bare use of the data ruled out (使用された形跡はありません) in a misdelivery', () => {
  it('does not clear a wrong send: only 不正に使用 / 不正利用 of a found device, or a reading ruled out, does', () => {
    expect(
      leak(
        '某社 メールの誤送信について',
        '誤って別の取引先に送信しましたが、メールアドレスが使用された形跡はありません。',
      ),
    ).toBe('confirmed');
  });
});
