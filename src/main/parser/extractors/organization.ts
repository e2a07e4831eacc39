/**
 * Organisation the release is from / about. The casebook title reads `<組織名> <件名>`, so the
 * first space-separated token is the organisation; titles without a space start with the name
 * (`宇陀市…`, `大阪市立小学校…` → 大阪市). Titles that are the blog's own headline about a
 * leak-site claim (`LockBit 3.0ランサムウエアギャングは、“x.co.jp”をハッキングしたと主張`) name
 * the victim only in the body.
 */
import type { PostContext, ExtractorResult } from '../types';
import { bodyStart, conf, matchAll, span, titleRange } from './text';

/** Legal-form words that, standing alone before a space, belong to the next token. */
const LEGAL_FORM_ALONE =
  /^(株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|国立大学法人|公立大学法人|医療法人|医療法人社団|医療法人財団|社会福祉法人|特定非営利活動法人|NPO法人|独立行政法人|地方独立行政法人|国立研究開発法人|行政執行法人|宗教法人|社団法人|財団法人)$/;

/** Suffixes that end an organisation name (the head noun of a Japanese org name). */
export const ORG_SUFFIX =
  /(株式会社|有限会社|合同会社|\(株\)|ホールディングス|大学校|大学|短期大学|高等専門学校|高等学校|中等教育学校|中学校|小学校|学校|学園|学院|病院|医院|クリニック|診療所|センター|協会|財団|組合|委員会|協議会|連合会|連盟|機構|研究所|省|庁|都|道|府|県|市|区|町|村|出版|新聞社|銀行|信用金庫|法人|事務所|会議所|商工会|社)$/;

/** Sub-bodies that stay part of a municipality's name (`東京都教育委員会`, `大阪府警察`). */
const MUNICIPAL_BODY =
  /^(教育委員会|選挙管理委員会|議会|警察本部|警察|消防局|消防本部|水道局|交通局|病院局|企業局|上下水道局)/;

/** Titles that are the blog's headline about an attacker's claim, not a release title. */
const CLAIM_TITLE = /(ランサム(ウ[ェエ]ア)?ギャング|ハッカー|攻撃グループ|リークサイト|と主張|をハッキング)/;

/** A legal form opening an organisation name (`学校法人桜ヶ丘学園`). */
const LEGAL_FORM_START =
  /^(株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|国立大学法人|公立大学法人|医療法人|社会福祉法人|特定非営利活動法人|NPO法人|独立行政法人|国立研究開発法人|宗教法人)./;

const SENTENCE_PUNCT = /[、。,!?「」“”"]/;

/**
 * Leading organisation name of a string with no separating space: the shortest prefix that
 * ends in a municipality/org suffix, extended while the next character continues the name
 * (`四日市市`, `大町市`), plus a municipal sub-body (`教育委員会`).
 */
export function leadingName(s: string): string | null {
  const re =
    /(大学校|大学|学園|学院|病院|医院|クリニック|協会|財団|組合|実行委員会|委員会|協議会|連盟|機構|株式会社|省|庁|都|道|府|県|市|区|町|村)/g;
  for (const m of s.matchAll(re)) {
    const idx = m.index ?? 0;
    if (idx === 0) continue;
    let end = idx + m[0].length;
    // A municipality suffix directly followed by another one is still the same name
    // (四日市市, 大町市, 京都府).
    while (end < s.length && /[市町村区都道府県]/.test(s[end]!) && /[市町村区都道府県]$/.test(m[0])) end++;
    const head = s.slice(0, end);
    if (SENTENCE_PUNCT.test(head) || /[はがをにで]$/.test(s.slice(0, idx))) return null;
    const sub = s.slice(end).match(MUNICIPAL_BODY);
    if (sub && /[都道府県市区町村]$/.test(head)) return head + sub[0];
    // `東都大学…`, `北海道大学…`: the municipality character is part of a longer name when an
    // organisation suffix follows it directly (not after 立, which makes 大阪市立小学校 the city's).
    const org = /[都道府県市区町村]$/.test(head) ? ORG_AFTER.exec(s.slice(end)) : null;
    if (org) return head + org[0];
    return head;
  }
  return legalFormPrefixName(s);
}

/** Particles and phrases that end a name written after its legal form. */
const NAME_END =
  /(における|において|に関する|に関して|による|に対する|での|への|からの|から|では|には|が|を|の|は|で|に|と|、|。|\s)/g;

/**
 * `有限会社はなまる印刷におけるダイレクトメール…` → `有限会社はなまる印刷`: the name runs to the
 * first particle that follows a non-hiragana character, so hiragana inside the name (はなまる)
 * does not end it.
 */
function legalFormPrefixName(s: string): string | null {
  const m = /^(株式会社|有限会社|合同会社)\s?/.exec(s);
  if (!m) return null;
  const start = m[0].length;
  for (const e of s.slice(start).matchAll(NAME_END)) {
    const at = start + (e.index ?? 0);
    if (at - start < 2) continue;
    if (/[\p{Script=Hiragana}]/u.test(s[at - 1]!) && !/\s|、|。/.test(e[0])) continue;
    return trimNameTail(s.slice(0, at), start);
  }
  return s.length - start >= 2 ? s : null;
}

/**
 * What a title glues to the name without a space and is not part of it: the service the release is
 * about (`株式会社ピコネット会員サイトにおける…`) or the branch that reports
 * (`株式会社丸福運輸仙台営業所における…`: the company is the organisation, as it is when a space
 * separates the branch). A branch is cut only with the place word in front of it when that is a
 * prefecture, a major city or a region, so that the cut is known.
 */
const SERVICE_TAIL =
  /(会員サイト|会員向けサイト|会員専用サイト|公式サイト|公式ウェブサイト|公式ホームページ|公式アプリ|公式通販サイト|通販サイト|ECサイト|オンラインショップ|ネットショップ|ウェブサイト|Webサイト|ホームページ)$/i;
const PLACE =
  '(北海道|青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄|札幌|仙台|さいたま|横浜|川崎|相模原|浜松|名古屋|堺|神戸|北九州|東北|関東|首都圏|北陸|甲信越|中部|東海|関西|近畿|中国|四国|九州)';
const BRANCH_TAIL = new RegExp(`${PLACE}(支店|支社|営業所|出張所|事業所|営業部|工場)$`);

function trimNameTail(name: string, formLength: number): string {
  for (const re of [SERVICE_TAIL, BRANCH_TAIL]) {
    const m = re.exec(name);
    if (m && m.index - formLength >= 2) return name.slice(0, m.index);
  }
  return name;
}

/**
 * Tokens that continue a company name written with spaces after its legal form
 * (`株式会社 NTT マーケティングアクト ProCX …`, `株式会社 KDS テクノサービス …`): Latin or
 * katakana words that are not common title nouns.
 */
const NAME_TOKEN = /^[A-Za-z0-9&.\-\p{Script=Katakana}ー・]+$/u;
/** English words that continue a Latin company name across a space (`株式会社ABC Japan`). */
const ENGLISH_CORP_WORD =
  /^(Japan|Nippon|Holdings?|Group|Inc\.?|Co\.?,?|Ltd\.?|Limited|Corp\.?|Corporation|Company|International|Global|Asia|Pacific|Technologies|Technology|Solutions|Systems|Partners|Services|Labs?)[,.]?$/;
/** A Latin word with a Japanese legal form glued to it (`Japan合同会社`, `Widgets株式会社`). */
const LATIN_THEN_LEGAL_FORM = /^[A-Za-z][A-Za-z0-9&.-]*(株式会社|合同会社|有限会社)$/;
/** Two names joined by ・ or ／ (the parts are checked to be organisation names). */
const JOINT_ORGS = /^([^・／/]{2,}?)[・／/]([^・／/]{2,})$/;
const TITLE_NOUN =
  /^(ランサム|サイバー|システム|サーバ|メール|ウェブ|ホームページ|サイト|アカウント|クレジット|ネットワーク|セキュリティ|マルウェア|ウイルス|ウィルス|フィッシング|アクセス|インシデント|プレスリリース|ニュース|お知らせ)/;

/**
 * An organisation suffix right after a municipality character, or after a few more kanji or
 * katakana of the same name (`青葉台市社会福祉協議会`, `港市民病院`); not after 立, which makes
 * `大阪市立小学校` the city's (see leadingName).
 */
const ORG_AFTER =
  /^(?!立)[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(大学校|大学|短期大学|学園|学院|病院|医院|協議会|協会|財団|組合|連合会|機構|会議所|商工会|医師会)/u;

/** Strip a trailing particle run (`株式会社フジクラは` → `株式会社フジクラ`). */
const stripParticles = (s: string): string =>
  s.replace(/(では|には|において|における|は|が|の|を|に|で|と|も)$/, '');

/** First legal-form organisation name in the body (`株式会社フジクラは、…`). */
function bodyOrganization(ctx: PostContext): { value: string; start: number; end: number } | null {
  const from = bodyStart(ctx);
  const re =
    /(?:株式会社|有限会社|合同会社)[^\s、。,()「」『』【】“”]{1,30}|[^\s、。,()「」『』【】“”をにはがでとのへ]{1,30}(?:株式会社|有限会社|合同会社)/;
  const m = matchAll(re, ctx.text, from)[0];
  if (!m) return null;
  const value = stripParticles(m.text.replace(/(は|が)[、,].*$/, ''));
  return { value, start: m.start, end: m.start + value.length };
}

/** Extract the organisation (see module doc). */
export function extractOrganization(ctx: PostContext): ExtractorResult<string | null> {
  const tr = titleRange(ctx);
  // Leading tags such as `【お詫び】` or `[第2報]` are not part of the organisation.
  const title = ctx.header.title.trim().replace(/^(\s*(【[^】]{1,12}】|\[[^\]]{1,12}\]))+\s*/, '');
  const at = (s: string, c: number, warn?: string): ExtractorResult<string | null> => {
    const i = ctx.text.indexOf(s, tr.start);
    const ev = i >= 0 && i < tr.end + 1 ? [span(i, i + s.length)] : [];
    return {
      value: s,
      evidence: ev,
      confidence: conf(c),
      ...(warn ? { warnings: [{ code: warn, message: `organization: ${warn}` }] } : {}),
    };
  };

  // A release about a leak-site claim still names its organisation first (`学校法人X ランサムウェア
  // 被害およびリークサイトへの掲載について`): only a title that does not open with one is the blog's
  // headline about the claim.
  const opensWithOrg = (t: string) => {
    const first = t.split(/\s+/)[0] ?? '';
    return (
      /\s/.test(t) && (ORG_SUFFIX.test(first) || LEGAL_FORM_ALONE.test(first) || LEGAL_FORM_START.test(first))
    );
  };
  if (title && (!CLAIM_TITLE.test(title) || opensWithOrg(title))) {
    const tokens = title.split(/\s+/);
    let first = tokens[0] ?? '';
    let used = 1;
    if (LEGAL_FORM_ALONE.test(first) && tokens[1]) {
      first = `${first} ${tokens[1]}`;
      used = 2;
      // A company name may go on over more spaced words; the title needs one token left.
      if (/^(株式会社|有限会社|合同会社)$/.test(tokens[0]!) && NAME_TOKEN.test(tokens[1]!)) {
        while (
          used < tokens.length - 1 &&
          used < 5 &&
          NAME_TOKEN.test(tokens[used]!) &&
          !TITLE_NOUN.test(tokens[used]!)
        )
          first = `${first} ${tokens[used++]}`;
      }
    }
    // `株式会社ABC Japan …`, `XYZ Holdings, Inc. …`: a Latin name goes on over English corporate
    // words (Japan, Holdings, Inc., Co., Ltd.); the title needs one token left.
    // A Latin word glued to a Japanese legal form ends the name (`Brightwave Japan合同会社 …`,
    // `Acme Widgets株式会社 …`).
    while (used < tokens.length - 1 && /[A-Za-z0-9.]$/.test(first)) {
      const t = tokens[used]!;
      const legal = LATIN_THEN_LEGAL_FORM.test(t);
      if (!legal && !ENGLISH_CORP_WORD.test(t)) break;
      first = `${first} ${t}`;
      used++;
      if (legal) break;
    }
    // Two organisations announcing together (`株式会社A・株式会社B 〇〇について`, 連名): the first named.
    const joint = JOINT_ORGS.exec(first);
    if (joint && tokens.length > used) {
      const [a, b] = [joint[1]!, joint[2]!];
      const named = (x: string) => LEGAL_FORM_START.test(x) || /(株式会社|有限会社|合同会社)$/.test(x);
      const both = (named(a) && named(b)) || (ORG_SUFFIX.test(a) && (ORG_SUFFIX.test(b) || named(b)));
      if (both) first = a;
    }
    const hasSpace = tokens.length > used;
    if (hasSpace && first && !SENTENCE_PUNCT.test(first) && first.length <= 40) {
      return at(first, ORG_SUFFIX.test(first) || /^(株式会社|有限会社)/.test(first) ? 0.95 : 0.75);
    }
    const lead = leadingName(first || title);
    if (lead) return at(lead, 0.8);
  }

  const body = bodyOrganization(ctx);
  if (body) {
    return {
      value: body.value,
      evidence: [span(body.start, body.end)],
      confidence: conf(0.6),
      warnings: [
        { code: 'organization_from_body', message: 'title names no organisation; taken from the body' },
      ],
    };
  }
  return {
    value: null,
    evidence: [],
    confidence: 0,
    warnings: [{ code: 'no_organization', message: 'no organisation found' }],
  };
}
