/**
 * Headline number of affected people or records.
 *
 * Each count of people/records (人, 名, 件, 者, 通, アカウント, 世帯) is scored by where it
 * stands: in a data zone (`2.漏えいした個人情報` and the lines below it), in the title, in a
 * sentence about the leak (漏えい/流出/閲覧/誤送信/紛失/記載…), with 分 (`78名分`) or a
 * qualifier. It loses when it counts something else: a subset (`このうちの48件`, `498件中119件`),
 * staff or recipients (調査者, 担当者, 問い合わせ, 削除, 連絡, `約120名に配布`, an account's
 * フォロワー warned about it; but not staff whose
 * own data it names: `教職員38名の氏名`), people the sentence rules a leak out for (`職員900名の
 * 情報については、流出の痕跡は確認されませんでした`), a ※ note, or the same people in a coarser unit
 * (`1世帯3名分`, `1通(2名分)`: 2), or incidents (`漏えい事案が2件発生`). `このうちN件`, `うち住所 80名分` and the
 * first count of a sentence opening with `このうち、` are subsets only when a count stands before it, and
 * not when that count is the whole mailing (`発送した通知書8,412通のうち3通に…`: the 3 are the affected).
 * Nor does the whole mailing (`今回発送した通知書は約3万8千通`), the members a service has
 * (`約4万名の会員様にご登録いただいておりますが`, `全ての会員様が対象となるものではございません`), or the
 * figure an earlier report gave (`第2報では「…約5万件」とお知らせいたしましたが`, `…としておりましたが`). A staff word earlier
 * in the clause does not exclude a count that follows the people it counts (`職員が…患者様1名の`).
 *
 * The best count's block (its data zone, else its sentence) then decides the value:
 * a stated total (計/合計/のべ) or maximum (最大) wins; several parts without a total are summed
 * (350 + 300 件 on two bullet lines, `個人2名…並びに個人17名`); counts in parentheses only count
 * when nothing outside them does (`入院患者(4人)`, `(320名)`). A release of N incidents
 * (`漏えい事案(2件)`) whose counts stand one in each of exactly N blocks sums them (the parts, no total).
 */
import type { CountMention } from '@shared/record';
import type { PostContext, ExtractorResult } from '../types';
import { conf, dataZones, inParens, inZone, sentenceOf, span, titleRange } from './text';

const PEOPLE_UNITS = new Set(['人', '名', '件', '者', '通', 'アカウント', '世帯']);
const LEAK_CONTEXT =
  /(漏えい|漏洩|流出|流失|窃取|閲覧|誤(?:送信|送付|配信|配布|配付|配送|交付|廃棄|掲載|公開|って|り)|紛失|記載|印字|記録|含ま|対象|該当|影響|個人情報|メールアドレス|氏名|住所|電話番号|データ|分|可能性|おそれ|恐れ|リスト|不正ログイン|不正(に)?取得|ログイン(が|に)成功|乗っ取|被害(に|を)(お?遭い|遭わ|遭っ|あわ|あっ|受け|お?申し出|申告)|(他|別)の[^。]{0,30}(表示さ|封入さ|同封さ))/;
/** The org's own staff and the people who answered or were contacted; a customer's or business
 * partner's 担当者 (`取引先担当者約2,800名`) is affected, not staff. */
const NOT_AFFECTED =
  /(問い?合わ?せ|調査者|(?<!(取引先|顧客|お客様|先方)[^、。\s]{0,4}?(の)?(ご)?)担当者|職員|従業員|教員|社員|隊員|看護師|医師|警察官|巡査|消防士|教諭|講師|派遣社員|作業員|端末|削除|承諾|確認が取れ|連絡(?!先)|残り|前日比|各校|回答数|勧誘|被害報告|相談|フォロワー|登録者数|友だち登録|友達登録|読者)/;
/** A count followed by a sending verb counts the recipients (`生徒約120名に配布`). */
const RECIPIENTS_AFTER =
  /^分?(の方)?\s*(に|へ|宛て?に?)(対し(て)?)?(誤って)?\s*(配布|配付|送信|送付|発送|郵送|配信|交付|誤送信|誤送付|誤配布|転送)/;
/** A sentence that rules a leak out for the people it counts (`職員約900名の情報については、流出の
 * 痕跡は確認されませんでした`): they are not among the affected. */
const NO_LEAK_SENTENCE =
  /((痕跡|形跡)[^。]{0,8}(ありません|ございません|なかった|なく|確認されませんでした|確認されなかった)|(漏えい|漏洩|流出)(して(い|お)(ない|りません|らず)|はありません|はなかった|はございません))/;
/** A bracketed count right after the people it counts (`クラス全員(38名)`, `入院患者(4人)`). */
const PEOPLE_BEFORE_PAREN =
  /(全員|患者|お客様|顧客|会員|利用者|児童|生徒|学生|受験者|申込者|応募者|保護者|受診者|住民|参加者|申請者|受給者|契約者|受講者|受講生)(様|さん)?\s*\(\s*(約|計|合計|最大で?|のべ|延べ)?\s*$/;
const SUBSET_BEFORE = /(うち|うちの|中)\s*$/;
/** A subset named after うち by what it holds, who its members are or what they did, on the same line
 * (`うち住所 80名分` under `氏名 120名分`, `(うち未成年 12名)`, `上記学生のうち科目を履修した98名`,
 * `このうち、実際に閲覧された3名`). */
const SUBSET_NAMED_BEFORE = /うち(の|、)?[^、。\n\d]{1,16}$/;
/** A sentence that opens with `このうち、` (`このうち、実際に表示されたことを確認できたお客様は2件です。`):
 * its first count is a subset of the count before it. */
const SUBSET_SENTENCE = /^\s*(?:この|その)うち[、,]/;
/** A count of incidents, not of people (`漏えい事案が2件発生`, `事案(2件)`, `2件の事故`). */
const INCIDENTS_BEFORE = /(事案|事故|事象|案件|インシデント)(が|は|も)?\s*\(?\s*(計|合計)?\s*$/;
/** A release that reports several incidents (`個人情報の漏えい事案(2件)について`, `漏えい事案が2件発生しました`,
 * `3件の事故`): how many. */
const SEVERAL_INCIDENTS =
  /(?:(事案|事故|事象)[^。\n\d]{0,3}?(?:が|\(|:)?\s*([2-5二三四五])件|([2-5二三四五])件の[^。\n\d]{0,12}?(事案|事故))/;
const INCIDENTS_AFTER = /^\)?\s*(の)?(事案|事故|事象|インシデント)/;
/** `3件の個人情報漏えい事案`: with words between, only a handful (`2,000件の個人情報漏えい事案` counts records). */
const INCIDENTS_AFTER_LOOSE = /^\)?\s*の[^。、\n\d]{1,12}?(事案|事故|事象|インシデント)/;
/** A count right after the people it counts (`患者様1名の…`, `お客様 約1,800名分`): a staff word
 * earlier in the clause (`職員が…患者様1名の書類を送信`) names who acted, not whom the number counts. */
const AFFECTED_NOUN_BEFORE =
  /(患者|お客様|顧客|会員|利用者|児童|生徒|学生|受験者|申込者|応募者|保護者|受診者|住民|市民|区民|町民|村民|県民|都民|府民|道民|組合員|寄付者|参加者|入居者|申請者|被保険者|受給者|契約者|購入者)(様|さん|の方)?\s*(約|計|合計|最大で?|のべ|延べ)?\s*$/;
/** The whole mailing, not the wrong part of it (`今回発送した通知書は約3万8千通`). */
const SENT_TOTAL_BEFORE =
  /(発送|送付|送信|配布|配付|配信|郵送)(した|いたした|済みの|する)[^、。誤]{0,10}(は|が)?\s*(約|計|合計|およそ)?\s*$/;
/** Members or users a service has (`約4万名の会員様にご登録いただいておりますが`), not the affected. */
const REGISTERED_AFTER =
  /^分?(の)?(会員|利用者|ユーザー?|お客様|登録者)(様)?(に|が|から)(ご)?(登録|利用|ご利用)(いただ|され|して|頂)/;
/** A sentence that says not all of them are affected (`全ての会員様が対象となるものではございません`). */
const NOT_ALL_SENTENCE =
  /(全て|すべて|全員)の[^。]{0,15}(対象|該当)(と|に)なる(もの|わけ)では(ありません|ございません|ない)/;
/** A sentence that cites what an earlier report said (`第2報では「…約5万件」とお知らせいたしましたが`):
 * the count it quotes has been superseded. */
const EARLIER_REPORT_SENTENCE =
  /(第[0-9一二三四五六七八九]+報|前回|当初|既報|先般|先日)(の[^。]{0,10})?((で|に)?は|において(は)?|にて(は)?)[^。]{0,60}と(お知らせ|公表|発表|ご報告|報告|お伝え|ご案内|案内)?(いたし|し)(て(おり|い))?(まし)?たが/;
/** A count whose people the data belongs to (`教職員38名の氏名`, `職員約900名の情報`): whoever
 * they are, their data is what the release is about, so the staff/recipient test does not apply. */
const DATA_OF_AFTER =
  /^分?(の|\s*[::])\s*(個人情報|情報|データ|氏名|お名前|名前|住所|連絡先|メールアドレス|電話番号|生年月日|(相談|面談|問い?合わ?せ)(票|記録|内容|履歴|カード))/;
/** Staff whose data the count is (`従業員情報 約1,200名分`, `職員の個人情報 38名分`): the data's
 * people, not staff who acted. */
const STAFF_DATA_BEFORE =
  /(職員|従業員|社員|教職員|教員|役員|講師|看護師|医師)(等)?(の)?(個人)?(情報|データ|名簿)\s*(約|計|合計|最大で?|のべ|延べ)?\s*[::]?\s*$/;
/** A count with duplicates removed (`重複を除くと2,981名`, `実人数は412名`, `重複を除いたお客様の数は
 * 約9,800名`): the people themselves, which a cumulative or record count beside it (`延べ3,450件`)
 * counts again. */
const DEDUP_BEFORE =
  /(重複(を|分を)?(除(く|いた|き|いて)|除外(した|して|すると|後))(と|ますと|場合)?([^、。\d]{0,10}?(数|人数|件数))?|実人数|実数)(で|は|が)?\s*(約|計|合計)?\s*[::]?\s*$/;
const BUN = 0x5206; // 分
const TOTAL = /^(計|合計|総計)/;
/** Ends in a total's word (`…の計`, `(合計 `). */
const MAX_APPROX_BEFORE = /最大(で)?\s*((約|およそ)\s*)?$/;
const TOTAL_BEFORE = /(計|合計|総計)\s*$/;
/** A total's word before a maximum or an estimate (`合計で最大約3万2千件`, `合計 約3万2千件`), which the
 * count's own qualifier (最大, 約) keeps out of the count's text. */
const TOTAL_QUALIFIED_BEFORE =
  /(合計|総計|(?<![会設統集推累時家主])計)(で|は)?\s*(最大(で)?\s*)?((約|およそ)\s*)?$/;
/** The figure a correction replaces (`誤:152名` on its own line, `訂正前:152名`, `「152名」を「125名」に
 * 訂正`, `152名から125名に修正`): superseded, like an earlier report's. */
const CORRECTED_LINE_BEFORE = /^\s*[(【[<]?(誤|訂正前|修正前|変更前)[)】\]>]?\s*[::]?\s*$/;
const CORRECTED_AFTER =
  /^分?」?\s*(と(して|記載|表記|掲載|お知らせ)[^。]{0,20}?)?(を|から)[^。]{0,20}?(に|へ)(訂正|修正)/;
/** The clause up to the last count before a total (`職員18名の`): its parts, not the total. */
const PARTS_BEFORE = /^[\s\S]*\d\s*(名|人|件|世帯|アカウント)分?/;
const LEAK_VERB = /(漏えい|漏洩|流出|流失|窃取|閲覧|誤送信)/;
const COUNT_LABEL = /(件数|人数|者数|の数|対象者|該当者)\s*[::]\s*(約|最大で?|のべ|延べ|計|合計)?\s*$/;

/** The count stands in the part of its sentence that quotes an earlier report (see
 * EARLIER_REPORT_SENTENCE); the corrected figure after `…たが、` still counts. */
function citesEarlierReport(sent: { text: string; start: number }, pos: number): boolean {
  const m = EARLIER_REPORT_SENTENCE.exec(sent.text);
  return m !== null && pos < sent.start + m.index + m[0].length;
}

interface Scored {
  c: CountMention;
  score: number;
  paren: boolean;
  /** Counts something else (a subset, staff, a ※ note): never part of a sum. */
  excluded: boolean;
  /** The count's block: its data zone (-1 - the zone's start) or its sentence (the start). */
  block: number;
  /** Counts the whole mailing (`発送した通知書8,412通`): what follows `のうち` is the wrong part of
   * it, the affected, not a subset of them. */
  sentTotal: boolean;
}

/** Where the clause ending at `to` starts: after the last 、 or , from `from` on. */
function clauseStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 /* 、 */ || c === 0x2c /* , */) return i + 1;
  }
  return from;
}

/** Where the clause starting at `from` ends: the first 、 , 。 or line break before `to`. */
function clauseEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 /* 、 */ || c === 0x2c /* , */ || c === 0x3002 /* 。 */ || c === 0x0a) return i;
  }
  return to;
}

const KANJI_SMALL: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5 };
const parseKanjiOrDigit = (d: string): number => KANJI_SMALL[d] ?? Number(d);

/** Pick the headline affected count from the count mentions (see module doc). */
export function extractAffectedCount(
  ctx: PostContext,
  counts: CountMention[],
): ExtractorResult<number | null> {
  const text = ctx.text;
  const tr = titleRange(ctx);
  const zones = dataZones(ctx);
  const scored: Scored[] = [];
  const titleSentence = { text: text.slice(tr.start, tr.end), start: tr.start };
  const otherThanLetters = counts.some((c) => c.unit !== '通' && PEOPLE_UNITS.has(c.unit));
  for (const c of counts) {
    if (!PEOPLE_UNITS.has(c.unit)) continue;
    const { start, end } = c.evidence;
    const isTitle = start >= tr.start && end <= tr.end;
    const zone = inZone(zones, start);
    const sent = isTitle ? titleSentence : sentenceOf(ctx, start);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    // What the number counts is said right next to it, within its clause.
    const pre = text.slice(clauseStart(text, Math.max(sent.start, start - 15), start), start);
    const post = text.slice(end, clauseEnd(text, end, Math.min(text.length, end + 15)));
    let score = 0;
    let excluded = false;
    // `漏えい件数 :最大で164名`, `調査対象者数:12者`: a labelled count.
    if (zone || COUNT_LABEL.test(line.slice(0, start - lineStart))) score += 4;
    if (isTitle) score += 3;
    if (LEAK_CONTEXT.test(sent.text)) score += 2;
    if (text.charCodeAt(end - 1) === BUN || text.charCodeAt(end) === BUN) score += 1; // 分 (`78名分`)
    if (c.qualifier || TOTAL.test(text.slice(start, end))) score += 1;
    // Letters or mails lose to a count of people; alone, they are the count (`案内1,204通に別のお客さまの情報`).
    if (c.unit === '通' && otherThanLetters) score -= 1;
    // `このうち312件のアカウントで不正ログイン`: a subset only of a count stated before it; after
    // `約2万回のログイン試行` (attempts, not people) it is the headline count itself.
    const sentBefore = text.slice(sent.start, start);
    const subset =
      SUBSET_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
      SUBSET_NAMED_BEFORE.test(text.slice(Math.max(lineStart, start - 20), start)) ||
      (!isTitle && SUBSET_SENTENCE.test(sentBefore) && !scored.some((s) => s.c.evidence.start >= sent.start));
    if (scored.length && subset && !scored[scored.length - 1]!.sentTotal) {
      score -= 5;
      excluded = true;
    }
    const dataOf = DATA_OF_AFTER.test(text.slice(end, end + 12)) || STAFF_DATA_BEFORE.test(pre);
    // `患者様214名、職員18名の計232名`: a stated total after its parts counts them all, and the staff
    // word of a part before it does not name what the total counts.
    const total = TOTAL.test(text.slice(start, end)) || TOTAL_BEFORE.test(pre);
    const ownPre = total ? pre.replace(PARTS_BEFORE, '') : pre;
    const staffNear = AFFECTED_NOUN_BEFORE.test(ownPre) ? post : ownPre + post;
    const sentTotal = SENT_TOTAL_BEFORE.test(pre) && !/誤/.test(pre);
    if (
      (NOT_AFFECTED.test(staffNear) && !dataOf) ||
      RECIPIENTS_AFTER.test(text.slice(end, end + 20)) ||
      sentTotal ||
      (c.unit === '件' &&
        (INCIDENTS_BEFORE.test(pre) ||
          INCIDENTS_AFTER.test(text.slice(end, end + 12)) ||
          (c.value <= 9 && INCIDENTS_AFTER_LOOSE.test(text.slice(end, end + 16))))) ||
      REGISTERED_AFTER.test(text.slice(end, end + 20))
    ) {
      score -= 3;
      excluded = true;
    }
    if (
      !isTitle &&
      (NO_LEAK_SENTENCE.test(sent.text) ||
        NOT_ALL_SENTENCE.test(sent.text) ||
        citesEarlierReport(sent, start))
    ) {
      score -= 3;
      excluded = true;
    }
    if (
      CORRECTED_LINE_BEFORE.test(line.slice(0, start - lineStart).replace(/(約|最大で?|計|合計)\s*$/, '')) ||
      CORRECTED_AFTER.test(text.slice(end, end + 40))
    ) {
      score -= 5;
      excluded = true;
    }
    if (/^\s*※/.test(line)) {
      score -= 4;
      excluded = true;
    }
    const paren = inParens(text, start);
    // `クラス全員(38名)の氏名`, `入院患者(4人)`: a bracket right after the people it counts.
    // `(計636名)` after its parts: a stated total, not a count in passing.
    const parenTotal = paren && total;
    if (paren && !parenTotal && !PEOPLE_BEFORE_PAREN.test(text.slice(Math.max(0, start - 12), start)))
      score -= 1;
    scored.push({
      c,
      score,
      paren: paren && !parenTotal,
      excluded,
      block: zone ? -1 - zone.start : sent.start,
      sentTotal,
    });
  }
  for (let i = 1; i < scored.length; i++) {
    const prev = scored[i - 1]!.c.evidence;
    const cur = scored[i]!.c.evidence;
    const between = text.slice(prev.end, cur.start);
    // `498件中119件`: the count after 中 is a subset of the one before.
    if (/^\s*中\s*$/.test(between)) {
      scored[i]!.score -= 5;
      scored[i]!.excluded = true;
    } else if (
      (scored[i - 1]!.c.unit === '世帯' ||
        scored[i - 1]!.c.unit === '通' ||
        scored[i - 1]!.c.unit === '件') &&
      (scored[i]!.c.unit === '名' || scored[i]!.c.unit === '人') &&
      /^\s*\(\s*$/.test(between)
    ) {
      // `12 世帯(14 名)分`, `1通(2名分)`, `1,024件(1,024名の児童)`: the households', letters' or
      // records' people, in brackets; the people count stands.
      scored[i - 1]!.score -= 1;
      scored[i - 1]!.excluded = true;
      if (scored[i]!.paren) {
        scored[i]!.paren = false;
        scored[i]!.score += 1;
      }
    } else if (/^\s*$/.test(between)) {
      // `1世帯3名分`: the same people counted again in a finer unit; the finer count stands.
      scored[i - 1]!.score -= 1;
      scored[i - 1]!.excluded = true;
    }
  }

  const none = (): ExtractorResult<number | null> => ({
    value: null,
    evidence: [],
    confidence: counts.length ? 0.6 : 0.7,
    warnings: [{ code: 'no_count', message: 'no count of affected people or records found' }],
  });
  if (!scored.length) return none();
  const best = [...scored].sort((a, b) => b.score - a.score || a.c.evidence.start - b.c.evidence.start)[0]!;
  if (best.score < 2) return none();

  let group = scored.filter((s) => s.block === best.block && !s.excluded && s.score >= best.score - 2);
  if (!group.length) group = [best];
  // `延べ約1万2千件(重複を除いたお客様の数は約9,800名)`: the de-duplicated people count in brackets still
  // says how many people there are.
  const dedupBefore = (s: Scored) =>
    DEDUP_BEFORE.test(text.slice(Math.max(0, s.c.evidence.start - 20), s.c.evidence.start));
  const dedup = group.filter(dedupBefore);
  if (group.some((s) => !s.paren)) group = group.filter((s) => !s.paren);
  // `約 4,800 通のメールには、学生 632人分の…`: mails or letters hold the people counted beside them.
  if (group.some((s) => s.c.unit !== '通' && s.c.unit !== '件'))
    group = group.filter((s) => s.c.unit !== '通');
  const totals = group.filter(
    (s) =>
      TOTAL.test(text.slice(s.c.evidence.start)) ||
      s.c.qualifier === 'cumulative' ||
      TOTAL_QUALIFIED_BEFORE.test(text.slice(Math.max(0, s.c.evidence.start - 10), s.c.evidence.start)),
  );
  // `最大 約 12,430 件`: a maximum stated with 約 after it is still the maximum.
  const maxes = group.filter(
    (s) =>
      s.c.qualifier === 'max' ||
      MAX_APPROX_BEFORE.test(text.slice(Math.max(0, s.c.evidence.start - 8), s.c.evidence.start)),
  );
  let value: number;
  let used: Scored[];
  const distinct = [...new Set(group.map((s) => s.c.value))];
  if (dedup.length) {
    used = [dedup[0]!];
    value = used[0]!.c.value;
  } else if (totals.length) {
    used = [totals.reduce((a, b) => (b.c.value > a.c.value ? b : a))];
    value = used[0]!.c.value;
  } else if (maxes.length) {
    used = [maxes.reduce((a, b) => (b.c.value > a.c.value ? b : a))];
    value = used[0]!.c.value;
  } else if (distinct.length > 1) {
    // One value that equals the sum of the others is the stated total.
    const sum = distinct.reduce((a, b) => a + b, 0);
    const max = Math.max(...distinct);
    if (max * 2 === sum) {
      value = max;
      used = group.filter((s) => s.c.value === max);
    } else {
      value = sum;
      used = distinct.map((v) => group.find((s) => s.c.value === v)!);
    }
  } else {
    used = [group.find((s) => s.c.value === distinct[0]) ?? best];
    value = used[0]!.c.value;
  }

  // `1 FAXの誤送信 … 利用者6名分` / `2 住所録の紛失 … 自治会長18名分`: a release of N incidents that counts
  // each in its own block, with no total, gives the parts of its count (SPEC: sum the parts). Only when
  // exactly N blocks hold one count each, so a figure said twice is not added to itself.
  const several = SEVERAL_INCIDENTS.exec(text);
  if (several) {
    const n = parseKanjiOrDigit(several[2] ?? several[3]!);
    const byBlock = new Map<number, Scored[]>();
    for (const s of scored)
      if (!s.excluded && !s.paren && s.score >= 2) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s]);
    const blocks = [...byBlock.values()];
    if (blocks.length === n && blocks.every((b) => b.length === 1)) {
      used = blocks.map((b) => b[0]!);
      value = used.reduce((a, s) => a + s.c.value, 0);
    }
  }

  const warnings = [];
  // Another count stated as leaked, outside the chosen block, that the value does not cover.
  const usedValues = new Set(used.map((u) => u.c.value));
  const rivals = scored.filter(
    (s) =>
      s.block !== best.block &&
      !s.excluded &&
      !s.paren &&
      s.score >= 2 &&
      s.c.value !== value &&
      !usedValues.has(s.c.value) &&
      LEAK_VERB.test(sentenceOf(ctx, s.c.evidence.start).text),
  );
  if (rivals.length) {
    warnings.push({
      code: 'conflicting_counts',
      message: `release states other counts too: ${rivals.map((r) => r.c.value).join(', ')}`,
      span: span(rivals[0]!.c.evidence.start, rivals[0]!.c.evidence.end),
    });
  }
  const confidence = (best.score >= 6 ? 0.9 : best.score >= 4 ? 0.75 : 0.55) - (rivals.length ? 0.2 : 0);
  return {
    value,
    evidence: used.map((s) => s.c.evidence),
    confidence: conf(confidence),
    ...(warnings.length ? { warnings } : {}),
  };
}
