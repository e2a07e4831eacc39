/**
 * Kinds of personal data exposed or possibly exposed.
 *
 * A vocabulary term counts only where the release names it as affected data:
 * - in a data zone (the lines after 【漏えいのおそれのある個人情報】, `2.流出した情報`, …);
 * - in a clause whose predicate says the data left or was held on what was lost
 *   (漏えい/流出/閲覧/記載/含まれ/送信し/紛失…), including the title; the predicate must follow
 *   the term or modify a data noun (「流出した個人情報は…」), so 「メールに記載されたURLから
 *   ID・パスワードを入力」 names no exposed data;
 * - on a line that is itself a list of data items (`- 氏名`, `お名前、フリガナ、電話番号`).
 * A cleft (「閲覧されたのは…氏名、住所」) applies its predicate to the items after it.
 * It does not count in a negated clause (「…は含まれておりません」, 「…に保存されていなかったことを確認」),
 * in a hypothetical one
 * (「入力してしまった場合、…流出」), or when the term is a destination, source or means
 * (「メールアドレスに誤って送信」, 「電話番号から」, 「メールアドレスまでお願い」, 「SNSのアカウントに投稿」,
 * a number picked by mistake: 「短縮ダイヤルの番号を誤って選択」, a bare 番号 dialled: 「誤った番号の事業所」),
 * a health word naming a kind of business (「健診の案内業務」「介護サービス事業所」), an action on it (「パスワードを変更」
 * 「パスワードを設定」, and the lock on a lost device: 「パスワードが設定されており」), or an attribute of a
 * file (「パスワード付きZIPファイル」), nor are the credentials of the organisation's own staff or
 * admin login (「管理者アカウントのIDおよびパスワードが漏えいし」: how the attacker got in). 健康 in a
 * programme or department name (健康づくり, 健康福祉部, 健康推進課) names no health data. A faculty named as part of the university (`本学工学部の研究室`) is
 * not a school item; a term in a clause saying who the people are by what they took part in
 * (`境界立会いにご協力いただいた所有者様の氏名`) is not an item; a general item spelled out in brackets
 * (`職歴(勤務先の会社名)`) is what the bracket names; and a form's answers named in passing
 * (`他の回答者の回答内容を閲覧できる状態`) add nothing when a data heading lists the items.
 * An `other` term in a bracket right after another kind's item (`健康診断の結果(身長、体重)`,
 * `住所(建物名を含む)`) spells that item out and adds no `other`.
 */
import type { DataType, Span } from '@shared/record';
import type { PostContext, ExtractorResult } from '../types';
import {
  bodyLines,
  inRuledQuotation,
  bodySentences,
  clauses,
  conf,
  dataZones,
  inZone,
  matchAll,
  perPost,
  span,
  titleRange,
  type Match,
  type Segment,
  type Zone,
  STAFF_CREDENTIALS_OWNER,
} from './text';
import { bodyScan, matchAllMany } from './scan';

/** Vocabulary, tried in order; an earlier term masks the text it covers from later ones. */
const VOCAB: { type: DataType; re: RegExp }[] = [
  {
    type: 'credentials',
    // `パスワード付きZIPファイル` (Emotet notices) describes an attachment, not exposed credentials.
    // A member's ID paired with its password (`会員IDとパスワード`) is a login, not a member number.
    re: /(パスワード(?!\s*(付き|付|つき|で保護|保護))|暗証番号|ログインID|ユーザー?ID|アカウントID|認証情報|アカウント情報|(会員|利用者|お客様|顧客)ID(?=\s*(と|・|、|及び|および|や|,)\s*パスワード))/,
  },
  // `口座の残高`, `口座残高`: the balance (an `other` item, as 預金残高), not the account's details.
  { type: 'bank_account', re: /(口座(?!\s*(の)?\s*残高)|振込先)/ },
  {
    type: 'payment_card',
    // A membership card's number (`利用者カード番号`, `会員カード番号`) is an id_number (below).
    re: /(クレジットカード|(?<!(利用者|会員|図書館|ポイント|診察|学生|社員|職員|メンバーズ|ID))カード(の)?番号|カード(の)?有効期限|セキュリティコード|デビットカード)/,
  },
  { type: 'phone', re: /(電話番号|携帯番号|FAX番号|ファックス番号|電話帳)/ },
  { type: 'email', re: /(メールアドレス|E-?mail ?アドレス|mail address)/i },
  { type: 'address', re: /(住所|郵便番号|所在地|居所|居住地)/ },
  { type: 'birthdate', re: /(生年月日|誕生日)/ },
  { type: 'age', re: /(年齢|年代)/ },
  { type: 'gender', re: /性別/ },
  { type: 'grades', re: /(成績|試験結果|得点|点数|答案|評定|通知表|合否|偏差値|GPA|単位修得)/ },
  {
    type: 'health',
    re: /(診療|診察|診断|健診|検診|受診(日|歴|年月|医療機関)|医療費|病名|病状|病歴|傷病|既往歴|健康(?!づくり|福祉|推進|増進|長寿|政策|経営|保険)|カルテ|治療|処方|服薬|薬剤|薬品名|検査結果|医療情報|病変|病棟|介護|アレルギー|手術|症状|障害(の)?(種別|等級|程度)|障がい)/,
  },
  { type: 'sensitive', re: /(要配慮個人情報|信条|宗教|犯罪歴|前科|人種|本籍|社会的身分)/ },
  {
    type: 'school',
    re: /(学校名|学年|クラス|学級|出席番号|高校名|中学校名|小学校名|大学名|出身校|在籍校|所属学部|学部|学科|学歴)/,
  },
  {
    type: 'employer',
    re: /(勤務先|勤め先|会社名|所属先|ご所属|所属組織|所属機関|勤務機関|所属部署|部署|団体名|法人名|企業名|事業所名|事業者名|事業場名|(事業所|事業場|勤務先|会社|企業|団体|法人)(の)?名称|役職|職業(?!訓練|能力|紹介|安定|教育|体験)|所属(チーム|クラブ|団体)(名|(?=\s*([、,・/()及並等と]|および|など|$)))|所属(?=\s*([、,・/()及並等と]|および|など|$)))/,
  },
  { type: 'photo', re: /(顔写真|写真|画像)/ },
  {
    type: 'id_number',
    re: /((利用者|会員|図書館|ポイント|診察|学生|社員|職員|メンバーズ|ID)カード(の)?番号|(運転免許証|免許証|保険証|マイナンバーカード|在留カード|パスポート|旅券)(の)?(写し|コピー)|(?<!電話|FAX|携帯|口座|カード|郵便|暗証|携帯電話|送信先|宛先|送付先|車両|車両の登録|自動車の登録|自動車登録|部屋|ファクシミリ|ファックス|問い?合わ?せ|フリーダイヤル)番号|(会員|患者|顧客|利用者|お客様|受験者|募集人|社員|職員|学生|JAAF|個人)ID|マイナンバー)/,
  },
  { type: 'name', re: /(氏名|姓名|お名前|名前|フリガナ|ふりがな|宛名|名義人?名?)/ },
  {
    type: 'other',
    re: /(国籍|家族構成|ニックネーム|ハンドルネーム|(課金|購入|視聴)履歴|保有アイテム|(荷物|商品)の?品名|(配達|配送|お届け|集荷)(指定)?(日時|日|曜日|時間帯)|続柄|職歴|経歴|希望職種|希望条件|志望|進路|資格|自己PR|最寄り?駅|建物|面積|座標|境界|年収|所得|(認定|階層|負担|減免)区分|LINE(?!\s*(公式|ビジネス|WORKS|ワークス|Pay|ペイ))|SNS(の)?アカウント|入力(いただいた|された|した)(情報|内容)|回答(内容|情報)|申込(内容|種目)|記録情報|(勤務時間|勤怠|出退勤)(の)?(記録|情報|データ|実績|状況)|位置情報|車両番号|(車両|自動車)(の)?登録番号|趣味|身長|体重|血液型|税額|課税額|納税額|(支給|給付|還付|請求(予定)?)額|保険料(?!の)|給与|続柄|滞納|契約(の)?内容|契約情報|(ご)?注文(の)?内容|メール(の)?本文(?!\s*(中|内|に|の(URL|リンク)))|(ご)?予約(の)?(内容|情報|日時|状況)(?!\s*(の|を)?(確認|変更|取消|取り消|キャンセル|手続))|(振込|取引|請求|支払|借入|預金|貸付|融資|返済|寄付|寄附|購入|決済|見積|契約)金額|見積額|(預|貯)金額|預り資産|保有(銘柄|資産)|資産(額|状況)|(問い?合わ?せ|相談|要望|意見)(の)?内容|世帯(人数|構成|員数)|貸付額|(返済|償還)(\(返済\))?(状況|額|計画|予定)|印影|残高|保有ポイント|ポイント(数|残高)|(使用|利用)料金|(水道|電気|ガス)(の)?(料金|使用量)|使用水量)/,
  },
];

/** Predicates saying the data left, was shown, or was held on what was lost/sent. */
const PREDICATE =
  /(漏えい|漏洩|流出|流失|窃取|閲覧|記載|印字|印刷され|記録|含ま|含む|含め|入った|登録され|保存|送信し|送信され|誤送信|送付|表示|持ち出|公開|盗|紛失|見ることができ|知られ|ダウンロード|添付|提供|漏れ|漏ら|投稿|掲載|照会|読み取れ|読み取ること|判読|所在(が)?不明|行方不明|(?<!お)(伝え|教え)て(い|お)(た|ました|りました)|回答(し|され))/;
/** A predicate before the term names the data only when it modifies a data noun
 * (`漏えいした可能性のある情報は氏名…`), not another object (`メールに記載されたURLからIDを入力`). */
const DATA_NOUN_AFTER = /^[^、。]{0,10}?(個人情報|情報|データ|項目|内容)/;
/** A cleft sentence (`閲覧されたのは…氏名、住所`, `流出したのは…メールアドレスのみ`, `含まれていたのは`):
 * what follows the predicate is what it applies to. */
const CLEFT_AFTER = /^((が|の)確認)?(さ?れ|し|いたし)?(て(い|お))?(た|る)(の|もの)は/;
const NEGATED =
  /(含まれて(い|お)?(ません|ない|りません)|ていなかった(こと|。|$)|て(い|お)らず|(て|で)(い|お)(ません|りません)|含まれません|一切含まれ|されていない|されておりません|されていません|していない|しておりません|ではありません|ございません|ありません|ないことを確認|(し|さ)ないで(ください|下さい))/;
const HYPOTHETICAL = /(た|る|い)場合/;
/** A list closed by など/等/のみで (`…氏名、住所、所得額などで、外部への漏えいは確認されていない`,
 * `会員番号のみで、氏名等は記録されていなかった`): a negation after it is about what follows, not the list,
 * unless what follows refers back to it (`…などで、これらは流出しておりません`). */
const LIST_END = /(など|等|のみ)で、/g;
const REFERS_BACK = /^\s*(これら|それら|いずれ|全て|すべて|当該)/;

/** True when the negation of the clause covers the term at `h`. */
function negatedFor(cl: Segment, h: { start: number }): boolean {
  if (!NEGATED.test(cl.text)) return false;
  if (!cl.text.includes('で、')) return true;
  const rel = h.start - cl.start;
  let from = 0;
  let to = cl.text.length;
  LIST_END.lastIndex = 0;
  for (let m; (m = LIST_END.exec(cl.text)) !== null;) {
    const end = m.index + m[0].length;
    if (end <= rel) from = end;
    else if (!REFERS_BACK.test(cl.text.slice(end))) {
      to = end;
      break;
    }
  }
  return NEGATED.test(cl.text.slice(from, to));
}
/** A clause that is the topic of the sentence's predicate (`…情報は、`). */
const TOPIC_END = /(は|については|につきましては)[、,]?\s*$/;
/** HYPOTHETICAL, without trying the regex at every た/る/い of a clause that holds no 場合. */
const isHypothetical = (t: string): boolean => t.includes('場合') && HYPOTHETICAL.test(t);
/** A picture taken of a document, a screen or a room (`契約内容を撮影した画像`, `事務所内で撮影した写真`) is
 * the medium that carried the data, not a photo of the people; a picture of people (`児童の様子を撮影した
 * 写真`, `顔を撮影した画像`) is. */
const TAKEN_PICTURE_BEFORE = /(撮影|スキャン)(した|された|していた)$/;
const PEOPLE_PICTURED =
  /(顔|様子|姿|本人|人物|児童|生徒|園児|学生|患者|利用者|参加者|選手|お客様|方)[^、。]{0,6}$/;
/** A term followed by these is a destination/source/means, not the exposed item. A term that names
 * the subject of a notice about a procedure (`配送日変更のご案内メール`, `住所変更のお知らせ`,
 * `パスワード再設定のご案内`) says what the mail was about, not what it exposed. */
const NOT_ITEM_AFTER =
  /^(に(誤|対|送|宛|投稿|掲載)|を(変更|設定|初期化|再設定|リセット|入力|付与|付け|かけ)|(が|は)(設定|かけ|掛け)|へ|宛|から|まで|による|によって|で(撮影|送|ロック)|(が|を)(類推|推測)|である|であった|において|として|の?(変更|更新|再設定|登録|確認)(の|に関する)(ご案内|お知らせ|ご連絡|ご通知|通知))/;
/** A number or address typed, dialled or picked by mistake (`短縮ダイヤルの番号を誤って選択`,
 * `FAX番号を押し間違え`, `メールアドレスを誤って入力`), or picked and sent to (`別の方のメールアドレスを
 * 選択して送信`), is where the data went, not what was exposed. */
const MISTAKEN_AFTER =
  /^を([^。、をにが]{0,4}?(誤|間違|押し間違|打ち間違|取り違)|(選択|指定|入力)し(て|、)\s*(送信|送付|発信|送っ))/;
const DESTINATION_TYPES: ReadonlySet<DataType> = new Set(['phone', 'email', 'id_number']);
/** A bare 番号 that is the number dialled (`誤った番号の事業所にFAX送信`, `職員2名による番号の確認`,
 * `正しい番号を入力`): where the data went, not an id. A compound (`受付番号`, `会員番号`) is left alone. */
const DIALLED_NUMBER_BEFORE = /(誤った|誤りの|間違った|間違えた|正しい|違う|別の|による|送信先の|宛先の)$/;
const DIALLED_NUMBER_AFTER = /^(の(確認|入力|登録|押し間違|打ち間違|誤り|間違)|を(確認|入力|登録|押し|打ち))/;
/** A health word naming the kind of business (`健診の案内業務を委託`, `介護サービス事業所へ送信`,
 * `検診センター`): who handles the data, not health data. */
const HEALTH_BUSINESS_AFTER =
  /^(の)?(案内|受付|予約|委託)?(サービス)?(業務|事業所|事業者|事業|施設|センター|機関)/;
/** Credentials an attacker logged in with (`窃取された認証情報を用いて`, `IDとパスワードを使用して`),
 * or that the reader uses (`同じパスワードをお使いの場合は変更を`): the means of the break-in or
 * advice to the reader, not data the release says was exposed. */
const MEANS_AFTER = /^を(用い|使用し|使っ|悪用し?|利用し|お使い|ご(使用|利用))/;
/** Credentials a staff member typed into a lure earlier in the sentence (`教員がフィッシングメールのリンク先で
 * IDとパスワードを入力したことにより、アカウント情報が窃取されました`): the staff login given away, which is
 * how the attacker got in, not the people's data. Not an address typed wrong (`担当者が宛先を誤って入力し、
 * 会員ID及びパスワードを記載したメールを送信`), nor credentials named as the customers' (`お客様のパスワード`). */
const STAFF_ENTERED_BEFORE =
  /(教員|教職員|職員|従業員|社員|担当者|スタッフ)(が|は)、?[^。\n]{0,60}(フィッシング|偽(の|サイト|ページ|画面)|を装(った|う)|なりすまし|リンク先|不審な)[^。\n]{0,60}入力(し|され|いたし)(た|て|、)[^。\n]{0,40}$/;
const CUSTOMER_OWNER_BEFORE = /(お客様|顧客|会員|利用者|ユーザー?|患者|学生|生徒|保護者)(様)?(の|様の)?$/;
/** A grade or class that names whose data it is (`第1学年の保護者様 186名分のメールアドレス`), or a
 * compound naming a role or a school thing (`学年主任`, `学級担任`, `学年担当教員`, `学年団`, `学年集会`,
 * `学級委員`, `学年通信`): not an exposed item. */
const GROUP_AFTER =
  /^((の|全体の)?(保護者|児童|生徒|学生|皆様|皆さま|全員|在校生)|主任|担任|担当|団(?!体)|集会|委員|通信|だより|便り|行事|閉鎖|懇談会|会議)/;
/** A faculty or department named as part of a university (`本学工学部の研究室`, `同大学医学部`,
 * `東都大学法学部の教員`): the organisation's own unit, not a school item of the data. */
const ORG_UNIT_BEFORE = /(本学|当学|同学|大学)[^\s、。・,/()「」:]{0,8}$/;
const ORG_UNIT_TERM = /(学部|学科)$/;
/** A term inside a clause that says who the people are by what they took part in
 * (`境界立会いにご協力いただいた所有者様の氏名`, `口座振替をご利用のお客様の氏名`, `クレジットカード決済で
 * 購入された方の住所`): it describes the people, it is not an exposed item. Data they gave
 * (`パスワードを入力されたお客様の情報`, `メールアドレスをご登録いただいた方`) is not such a clause. */
const SUBJECT_MODIFIER_AFTER =
  /^[^、。\n]{0,20}?(協力|利用|参加|購入|契約|申込|申し込|来店|応募|受講|加入)(いただいた|された|した|の)[^\s、。の]{0,8}?(お客様|皆様|方|者様?)の/;
/** A general item spelled out in brackets right after it (`職歴(勤務先の会社名)`, `回答内容(氏名、年齢)`;
 * the text is NFKC, so brackets are ASCII). */
const BRACKETED_AFTER = /^\(([^()\n]{1,40})\)/;
/** The answers or entries of a form as a whole (`回答内容`, `入力いただいた情報`), an `other` item. */
const UMBRELLA = /^(回答|入力)/;
const ITEM_SEPARATORS = /(及び|および|並びに|など|のみ|[\s、,・/()「」•:等との]|-)/g;

/** A closing 」 followed by these ends a quoted subject or message (`「パスワードの有効期限が切れます」
 * という件名のメール`, `「ご予約内容の確認が必要です」等の文言のSMS`), whose words are not data items. */
const QUOTE_NAMED_AFTER =
  /^」(という|との|と題|と(書|記)かれ|の件名|(等|など)の(件名|文言|文面|メッセージ)|の(文言|文面|メッセージ))/;

/**
 * True when the match lies inside 「…」 on its line and the quotation is named as a subject, a
 * message or a title (「…」という件名): the words quoted are what the mail said, not what leaked.
 * Looks at most 60 units each way.
 */
function inQuotedTitle(text: string, m: Match): boolean {
  let open = -1;
  for (let i = m.start - 1; i >= 0 && i >= m.start - 60; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x300d /* 」 */) return false;
    if (c === 0x300c /* 「 */) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = text.indexOf('」', m.end);
  if (close < 0 || close - m.end > 60 || text.slice(m.end, close).includes('\n')) return false;
  return QUOTE_NAMED_AFTER.test(text.slice(close, close + 6));
}

/**
 * True when a bracket right after a general (`other`) item names vocabulary items of its own
 * (`職歴(勤務先の会社名)`): those items say what it holds, and it adds no `other` of its own. A bracket
 * of other words (`ご契約内容(保険種類、保険金額)`) leaves it an item.
 */
function spelledOutInBrackets(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x28 /* ( */) return false;
  const b = BRACKETED_AFTER.exec(text.slice(end, end + 44));
  if (!b) return false;
  const inside = b[1]!;
  return VOCAB.some((t) => t.type !== 'other' && t.re.test(inside));
}

/** Ends in a vocabulary term other than `other`, with a short tail (`健康診断の結果`, `住所`). */
const ITEM_BEFORE_BRACKET = new RegExp(
  `(${VOCAB.filter((t) => t.type !== 'other')
    .map((t) => t.re.source)
    .join('|')})[^\\s、。()]{0,6}$`,
);

/**
 * True when an `other` term lies inside a bracket that right follows another kind's term
 * (`健康診断の結果(身長、体重、血圧)`, `住所(建物名を含む)`): it spells out what that item holds and is
 * no kind of its own. Looks at most 40 units back on the line.
 */
function partOfBracketedItem(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x29 /* ) */ || c === 0x3002 /* 。 */) return false;
    if (c === 0x28 /* ( */) return ITEM_BEFORE_BRACKET.test(text.slice(Math.max(0, i - 16), i));
  }
  return false;
}

interface Hit {
  type: DataType;
  start: number;
  end: number;
}

/** True when a 写真 / 画像 at `start` is a picture taken of something that is not people (see
 * TAKEN_PICTURE_BEFORE). */
function takenPicture(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (!TAKEN_PICTURE_BEFORE.test(before)) return false;
  const object = before.replace(TAKEN_PICTURE_BEFORE, '').replace(/(を|で|に|内で|から)$/, '');
  return !PEOPLE_PICTURED.test(object);
}

/** A cell that heads the count column of a table (`人数`, `件数`, `対象者数`). */
const COUNT_CELL = /^(人数|件数|名数|人員|対象者数|対象件数|該当者数|該当件数|世帯数|通数)$/;

/**
 * True when the match is a cell of a table's header row whose other column counts people
 * (`学年\t人数`, `区分\t件数`, `所属\t対象者数`): the row says how the count is broken down, its cells
 * name no exposed item. A row that lists items (`氏名\t住所\t電話番号`) has no count cell.
 */
function countTableHeader(text: string, m: Match): boolean {
  const from = text.lastIndexOf('\n', m.start - 1) + 1;
  let to = text.indexOf('\n', m.end);
  if (to < 0) to = text.length;
  if (to - from > 60) return false;
  const cells = text.slice(from, to).split('\t');
  if (cells.length < 2) return false;
  return cells.some((c) => COUNT_CELL.test(c.trim()));
}

/** One vocabulary match: `v` indexes VOCAB; `notItem` when NOT_ITEM_AFTER follows it. */
interface VocabMatch {
  v: number;
  start: number;
  end: number;
  notItem: boolean;
}

/** The vocabulary regexes, in order (one walk over the text tries them all: see ./scan). */
export const VOCAB_RES: readonly RegExp[] = VOCAB.map((v) => v.re);

function vocabMatches(text: string, from: number, to = text.length): VocabMatch[] {
  return byStart(text, matchAllMany(VOCAB_RES, text, from, to));
}

/** Per-regex matches as VocabMatches, by start. */
function byStart(text: string, perRegex: (readonly Match[])[]): VocabMatch[] {
  const out: VocabMatch[] = [];
  perRegex.forEach((ms, v) => {
    const destination = DESTINATION_TYPES.has(VOCAB[v]!.type);
    for (const m of ms) {
      const after = text.slice(m.end, m.end + 14);
      const notItem =
        NOT_ITEM_AFTER.test(after) ||
        (destination && MISTAKEN_AFTER.test(after)) ||
        (VOCAB[v]!.type === 'credentials' &&
          (MEANS_AFTER.test(after) ||
            STAFF_CREDENTIALS_OWNER.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
            (STAFF_ENTERED_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) &&
              !CUSTOMER_OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))))) ||
        (VOCAB[v]!.type === 'school' &&
          (GROUP_AFTER.test(after) ||
            (ORG_UNIT_TERM.test(m.text) &&
              ORG_UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))))) ||
        (VOCAB[v]!.type === 'other' &&
          (spelledOutInBrackets(text, m.end) || partOfBracketedItem(text, m.start))) ||
        (VOCAB[v]!.type === 'photo' && takenPicture(text, m.start)) ||
        (VOCAB[v]!.type === 'id_number' &&
          m.text === '番号' &&
          (DIALLED_NUMBER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) ||
            DIALLED_NUMBER_AFTER.test(after))) ||
        (VOCAB[v]!.type === 'health' && HEALTH_BUSINESS_AFTER.test(after)) ||
        SUBJECT_MODIFIER_AFTER.test(text.slice(m.end, m.end + 40)) ||
        inQuotedTitle(text, m) ||
        countTableHeader(text, m);
      out.push({ v, start: m.start, end: m.end, notItem });
    }
  });
  return out.sort((a, b) => a.start - b.start || a.v - b.v);
}

/**
 * Every vocabulary match in the body, by start: each term list scans the body once per post,
 * not once per clause and line. A match never holds 。, 、 or a line break, and clauses,
 * sentences and lines are cut right after or at one of them, so the body's matches inside a
 * segment are exactly those a scan of the segment alone would find.
 */
const bodyVocabRaw = bodyScan(VOCAB_RES);
const bodyVocab = perPost((ctx) => byStart(ctx.text, bodyVocabRaw(ctx)));

/** Index of the first match starting at or after `pos`. */
function firstFrom(ms: VocabMatch[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a match lies wholly inside the segment (cheaper than termsIn when there is none). */
function anyWithin(ms: VocabMatch[], seg: Segment): boolean {
  for (let i = firstFrom(ms, seg.start); i < ms.length && ms[i]!.start < seg.end; i++)
    if (ms[i]!.end <= seg.end) return true;
  return false;
}

const NO_HITS: readonly Hit[] = [];

/**
 * Sorts a segment's few matches by vocabulary index, then start, in place: an insertion sort, as
 * Array#sort allocates a work copy for every call (a term list per clause and per line).
 */
function byVocabOrder(ms: VocabMatch[]): void {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    let j = i;
    for (; j > 0 && (ms[j - 1]!.v > m.v || (ms[j - 1]!.v === m.v && ms[j - 1]!.start > m.start)); j--)
      ms[j] = ms[j - 1]!;
    ms[j] = m;
  }
}

/** The terms of a segment: vocabulary in order, an earlier term masking what it covers. */
function termsIn(ms: VocabMatch[], seg: Segment): readonly Hit[] {
  // Most lines and clauses hold no term: they return the shared empty list.
  if (!anyWithin(ms, seg)) return NO_HITS;
  const inSeg: VocabMatch[] = [];
  for (let i = firstFrom(ms, seg.start); i < ms.length && ms[i]!.start < seg.end; i++)
    if (ms[i]!.end <= seg.end) inSeg.push(ms[i]!);
  byVocabOrder(inSeg);
  const out: Hit[] = [];
  for (const m of inSeg) {
    if (out.some((h) => m.start < h.end && m.end > h.start)) continue;
    if (m.notItem) continue;
    out.push({ type: VOCAB[m.v]!.type, start: m.start, end: m.end });
  }
  return out;
}

/** A predicate in the clause applies to the term: it follows it, or it modifies a data noun. */
function namedAsAffected(text: string, preds: Match[], h: Hit): boolean {
  for (const m of preds) {
    if (m.start >= h.end) return true;
    const after = text.slice(m.end, m.end + 16);
    if (DATA_NOUN_AFTER.test(after) || CLEFT_AFTER.test(after)) return true;
  }
  return false;
}

/** A line that is mostly data-item terms: a list of what leaked. */
function isItemList(text: string, l: Segment, hits: readonly Hit[]): boolean {
  if (!hits.length) return false;
  const t = l.text.trim();
  if (t.length > 120 || /。$/.test(t)) return false;
  const covered = hits.reduce((s, h) => s + (h.end - h.start), 0);
  const rest = t.replace(ITEM_SEPARATORS, '').length;
  return covered / Math.max(1, rest) >= 0.5;
}

/** Extract the data types named as exposed (see module doc). */
export function extractDataTypes(ctx: PostContext): ExtractorResult<DataType[]> {
  const text = ctx.text;
  const zones = dataZones(ctx);
  const tr = titleRange(ctx);
  const found = new Map<DataType, { span: Span; strong: boolean }>();
  const add = (h: Hit, strong: boolean) => {
    const prev = found.get(h.type);
    if (!prev || (strong && !prev.strong)) found.set(h.type, { span: span(h.start, h.end), strong });
  };

  // The title's first token names the organisation (`東都大学医学部附属病院 …`): its words
  // (学部, 病院) are not exposed data.
  const firstSpace = text.slice(tr.start, tr.end).search(/\s/);
  const titleFrom = firstSpace > 0 ? tr.start + firstSpace : tr.start;
  const title: Segment = { text: text.slice(titleFrom, tr.end), start: titleFrom, end: tr.end };
  const body = bodyVocab(ctx);
  const clausesOf = (sent: Segment, ms: VocabMatch[], zone: Zone | undefined) => {
    // Most sentences hold no term at all: then no clause of theirs does, and need not be cut.
    if (!anyWithin(ms, sent)) return;
    for (const cl of clauses(sent)) {
      // Terms first: most clauses name none, and then the clause tests need not run.
      const all = termsIn(ms, cl);
      if (!all.length || isHypothetical(cl.text)) continue;
      const hits = NEGATED.test(cl.text) ? all.filter((h) => !negatedFor(cl, h)) : all;
      if (!hits.length) continue;
      // `クレジットカード情報及び口座情報は、当該サーバーでは取り扱っておりません`: a topic clause whose
      // predicate, in a later clause, negates it.
      if (TOPIC_END.test(cl.text) && NEGATED.test(text.slice(cl.end, sent.end))) continue;
      if (zone) for (const h of hits) add(h, true);
      else {
        const preds = matchAll(PREDICATE, text, cl.start, cl.end);
        for (const h of hits) {
          // `他の回答者の回答内容を閲覧できる状態`: in a release that lists its items under a data
          // heading, the answers named in passing are those items, not one more kind.
          if (zones.length && h.type === 'other' && UMBRELLA.test(text.slice(h.start, h.end))) continue;
          if (namedAsAffected(text, preds, h)) add(h, false);
        }
      }
    }
  };
  clausesOf(title, vocabMatches(text, title.start, title.end), inZone(zones, title.start));
  for (const sent of bodySentences(ctx)) clausesOf(sent, body, inZone(zones, sent.start));
  // Item-list lines outside zones (tables, bullet lists under unusual headings), and outside a
  // quoted message framed by rule lines (`ご注文内容` in a sample of the phishing mail).
  for (const l of bodyLines(ctx)) {
    const hits = termsIn(body, l);
    if (!hits.length || NEGATED.test(l.text) || inZone(zones, l.start)) continue;
    if (inRuledQuotation(ctx, l.start)) continue;
    if (isItemList(text, l, hits)) for (const h of hits) add(h, false);
  }

  const value = [...found.keys()];
  const evidence = [...found.values()].map((f) => f.span);
  const strong = [...found.values()].filter((f) => f.strong).length;
  const confidence = value.length ? (strong ? 0.85 : 0.65) : zones.length ? 0.5 : 0.6;
  return { value, evidence, confidence: conf(confidence) };
}
