/**
 * Leak status: confirmed / possible / none / unknown.
 *
 * Precedence, from the gold releases:
 * 1. a hedge in the title (「漏えいの可能性」「流出の疑い」「おそれ」) → possible;
 * 2. the body states a leak as fact (漏えいした, 漏えいし、…, 流出が判明, 漏えいが発生, 流出させた,
 *    閲覧された, SNSに投稿していた, 名簿業者に売却していた, 知人に漏らしていた/伝えていた,
 *    他のお客様の画面に表示された, 他の…回答内容を見たとの申し出) → confirmed;
 * 2b. an insider took the data out (持ち出していた) → confirmed, unless the release rules a leak out;
 * 3. a misdelivery put the data in someone's hands → confirmed, unless the release concludes
 *    there was none (「漏えいがなかったことを確認」);
 * 4. the body hedges (可能性/おそれ/否定できない/かは不明, 他の会員に表示された可能性) → possible;
 * 5. the release concludes no leak (「流出の事実は確認されませんでした」「痕跡は確認されなかった」,
 *    「流出はありません」「漏えいはないものと判断」「ログインが行われた形跡はありません」「閲覧された事実はない」)
 *    → none; a mere judgement (「流出した可能性は低い」)
 *    → none only when nothing is still missing;
 * 6. a lost item: found again (also handed in to the police, returned) → none, else possible
 *    ("not confirmed so far" does not clear a USB stick that is still missing); a hedge naming
 *    what the organisation gives up (おそれのある媒体の使用を取りやめ) is a countermeasure, not a hedge;
 * 7. the title names a leak without hedging (「個人情報の漏えいについて」) → confirmed;
 * 8. "no leak confirmed so far" alone → none; otherwise unknown.
 * A leak phrase whose subject is the credentials of the organisation's own staff or admin login
 * (「管理者アカウントのIDおよびパスワードが漏えいし」) is how the attacker got in and counts for none of these.
 */
import type { Category, LeakStatus, Span } from '@shared/record';
import type { PostContext, ExtractorResult } from '../types';
import { extractCategories } from './categories';
import { bodyScan } from './scan';
import { bodyStart, conf, span, STAFF_CREDENTIALS_SUBJECT, titleRange } from './text';

// 漏ら(す): `知人に漏らしていた`, `第三者に漏らした` (deliberate disclosure).
const LEAK = '(漏えい|漏洩|流出|流失|漏れ|漏ら|窃取|外部に持ち出)';

const TITLE_HEDGE = new RegExp(
  `${LEAK}[^。]{0,12}(可能性|おそれ|恐れ|疑い)|(可能性|おそれ|恐れ|疑い)[^。]{0,4}${LEAK}`,
);
const TITLE_LEAK = new RegExp(LEAK);

const CONFIRMED = [
  // `流出したことは確認されておりません`: the finding is negated. `他のサービスから流出したIDとパスワード`:
  // credentials leaked elsewhere are how the attacker got in, not this release's leak. `流出した痕跡は
  // 確認されませんでした`, `漏えいした形跡はない`: a trace looked for (found or not, see below).
  new RegExp(
    `${LEAK}(し|いたし|されてしまい)(た|ました|てしまい|てしまった|ていた|ていました)(?!\\s*(可能性|おそれ|恐れ|疑い|形跡|痕跡|事実は|か(は|どうか|が)|と(思|考|み)|場合|こと(は|が|も)?(確認|判明|認め)(されて|できて|られて)?(い|お)?(ません|らず|ない|りません)|(ID|パスワード|認証情報|アカウント情報|ログイン情報)))`,
  ),
  new RegExp(`${LEAK}(の事実)?(が|を)(発生|判明|生じ|ありました|確認され(た|ました))`),
  // A trace of the leak found (`外部へ流出した痕跡が確認されました`, `漏えいした形跡を確認`).
  new RegExp(
    `${LEAK}(し|いたし)た(形跡|痕跡)(が|を)(確認(され|し|いたし)(た|ました)|ありました|見つか(った|りました)|認められ(た|ました))`,
  ),
  new RegExp(`${LEAK}(事案|事故)が発生`),
  new RegExp(`${LEAK}させ(た|る事故|てしまい|ていた)`),
  new RegExp(`${LEAK}(する|させる)(事故|事態|事案|こと)(が発生|となり|になって)`),
  // A leak stated with a continuative verb is still a fact: `1万2,345件が漏えいし、一部が不正利用
  // された可能性` hedges the misuse, not the leak (`漏えいし、又は改ざんされた可能性` does not).
  new RegExp(`${LEAK}(し|いたし)、(?!\\s*(又は|または|若しくは|もしくは|或いは|あるいは))`),
  // `窃取された認証情報を用いて`: the phished credentials are how the attacker got in, not a leak.
  // `閲覧された方は…`, `閲覧された皆様`: the honorific of readers who viewed a page, not a leak.
  /(閲覧され(た|ました|ていた|ていました|ておりました)|窃取された|漏れることになって)(?!\s*(可能性|おそれ|恐れ|疑い|形跡|痕跡|事実は|か(どうか|否か)?(は|が|を|について)|(認証|ログイン|アカウント)情報|ID|パスワード|方|皆様|皆さま|お客様|場合))/,
  // Another person viewed the data (`別の組合員様が画面を閲覧したことを確認`).
  /(第三者|(他|別)の[^。、]{0,12})(が|により)[^。]{0,20}閲覧(した|していた)(こと|事実)(を|が)(確認|判明)/,
  // Data obtained by deception (`偽造した委任状を用いて住民票の写しを不正に取得していた`); not the
  // credentials an attacker got hold of to log in (`不正に取得したIDとパスワード`).
  /不正(に)?取得(し|され)(て(い|お)(た|ました|りました)|た|ました)(?!\s*(可能性|おそれ|恐れ|疑い|形跡|痕跡))(?![^。]{0,8}(ID|パスワード|認証|アカウント|ログイン))/,
  // Someone viewed or downloaded the data (`患者様3名の…を閲覧していました`, `37件ダウンロードされていました`).
  /(閲覧|照会)して(い|お)(た|ました|りました)(?![^。]{0,12}(可能性|形跡|痕跡|事実は|ことは確認されて))/,
  /ダウンロードされ(て(い|お)(た|ました|りました)|た|ました)(?!\s*(可能性|おそれ|恐れ|疑い|形跡|痕跡|事実は))/,
  // Deliberate disclosure: posting or selling the data is the leak.
  /(SNS|インターネット|掲示板|ブログ)[^。]{0,40}(に|へ)投稿(し|され)(た|ていた|ました|ていました)/,
  /(名簿業者|第三者|外部)[^。]{0,20}(に|へ)(売却|転売|譲渡)(し|され)(た|ていた|ました|ていました)/,
  // Telling someone outside what one learnt on duty (`知人に口頭で伝えていました`).
  /(第三者|知人|友人|家族|部外者|外部の者)[^。]{0,30}(に|へ)(口頭で)?(伝え|教え|話し)(た|ていた|ました|ていました)/,
  // Telling a caller who posed as the customer (`なりすました第三者からの電話に…お客様の情報を回答して
  // しまい`, `本人以外の方に住所を伝えてしまった`): the data reached the wrong person.
  /(第三者|本人以外|なりすま|別人|部外者)[^。]{0,60}(回答し|伝え|教え|開示し)(てしま(い|う|った|いました)|た|ました|ていた|ていました)(?!\s*(可能性|おそれ|恐れ|疑い|場合))/,
  // Someone tells the organisation they saw others' data (`保護者3名から他の回答者の回答内容を見たとの申し出`,
  // `別の利用者の情報を閲覧したとの連絡`): it was seen. Not a report that it can be seen (`見えるとの連絡`),
  // nor one ruled out (`見たとの申し出はありません`).
  /(他|別)の[^。]{0,20}(情報|内容|回答|データ|書類|画面|氏名)[^。]{0,6}を(見た|閲覧した|目にした)(との|という|旨の)(申し出|申出|申告|連絡|報告|指摘|お?問い?合わ?せ|ご指摘)(?!\s*(は|も)(一切)?(なく|ない|ありません|ございません|寄せられて(い|お)(ません|らず)))/,
  // A defect or setting showed the data to other users (`他のお客様の画面に情報が表示された`).
  /(他|別)の(会員|利用者|お客様|顧客|申請者|申込者|登録者|ユーザー?|患者|受験者|学生|生徒|児童|職員|組合員|住民|契約者|加入者|受講者|参加者|方)[^。、]{0,30}表示され(た|ていた|ていました|ました|ておりました)(?!\s*(可能性|おそれ|恐れ|疑い|形跡|痕跡|事実は))/,
  // Someone else's data printed on or enclosed with what was handed out or sent (`別世帯の方の情報が
  // 印字された住民票の写しを交付しました`): it reached the wrong person, whatever made the mistake.
  /(?<![個特区識差判格峻])(他|別)[^。]{0,20}?(情報|データ|書類|通知書?|帳票)[^。]{0,6}(記載|印字|印刷|封入|同封|添付)され(た|ている|ていた)[^。]{0,20}(を|が)[^。]{0,10}(交付|送付|発送|配布|配付|郵送|送信|届)(し|され|い)(た|ました|ていました|ておりました)(?!\s*(可能性|おそれ|恐れ|疑い|か(どうか|否か)?(は|が|を)))/,
];
const POSSIBLE = [
  // `■情報漏えいの可能性について` on a line of its own is a heading (a topic), not a hedge.
  new RegExp(
    `${LEAK}[^。、]{0,12}(可能性|おそれ|恐れ|疑い)(?![^。]{0,4}(は低|はな|はありません|は極めて低))(?!(について|に関して|の有無)?[ \\t]*(\\n|$))`,
  ),
  // `漏えいし、又は改ざんされた可能性`: the hedge covers both alternatives.
  new RegExp(
    `${LEAK}(し|され)、\\s*(又は|または|若しくは|もしくは|或いは|あるいは)[^。]{0,20}(可能性|おそれ|恐れ)`,
  ),
  // `第三者に読み取られた可能性`, `見られたおそれ`, `第三者の目に触れた可能性`: the same hedge with other
  // viewing verbs.
  // Also data downloaded or sent outside (`ダウンロードされた可能性`, `外部に送信された可能性`).
  /((閲覧|窃取|取得|持ち出|表示|ダウンロード)され|外部[^。、]{0,10}(に|へ)送信され|(読み取|見)られ|目に触れ|(閲覧|取得|ダウンロード)し)(た|ている|ていた)?(可能性|おそれ|恐れ|疑い)(?![^。]{0,4}(は低|はな|はありません|は極めて低))/,
  /(否定(でき|することが(でき|困難|難し))|(言い切|断言(でき|すること(は|が)でき))(れ)?(ません|ない)|かは不明|か(どうか)?は?(分かって|わかって)(い|お)(ません|らず))/,
];
const NONE_STRONG = [
  new RegExp(`${LEAK}[^。、]{0,12}(は|が)?(確認されませんでした|確認されなかった|ありませんでした|なかった)`),
  // `個人情報の流出はありません`, `漏えいはないものと判断`, `流出した事実はございません`: the release rules
  // the leak out.
  new RegExp(
    `${LEAK}(の事実|等|の形跡|の痕跡|(する|した|される|された)(こと|事実))?(は|が)(一切)?(ありません|ございません|ない(もの|と(判断|考え)|ことを確認))`,
  ),
  // `個人情報の流出や、ホームページの改ざん等の被害はありません`: the leak is one of the harms ruled out.
  new RegExp(
    `${LEAK}(や|等の|などの)[^。]{0,30}(被害|事実)(は|も)(一切)?(ありません|ございません|ない(もの|と(判断|考え)|ことを確認))`,
  ),
  // `閲覧された形跡はありません`, `第三者がアクセスした形跡はありませんでした`: passive or active.
  // `閲覧された形跡は確認されておりません`: the trace was looked for and not found (a finding); also a
  // transfer out (`ファイルが外部へ送信された形跡は確認されませんでした`).
  // Also a lost device's use (`起動やログインが行われた形跡はありませんでした`, `ログインされた痕跡はなく`).
  // A noun before the trace (`第三者による操作の形跡はありませんでした`), or a use (`不正に使用された形跡`).
  /((操作|アクセス|閲覧|不正利用|ダウンロード|持ち出|送信|転送|起動|ログイン|不正に(使用|利用))(さ|し)(れ)?た|(操作|アクセス|閲覧|起動|ログイン)の|(が|の)行われた)(形跡|痕跡)(は|が)?(一切)?(なく|なかった|ありません|ございません|確認されませんでした|確認されなかった|認められませんでした|確認されて(い|お)(ません|りません))/,
  // `第三者に閲覧された事実はないと判断`, `アクセスされた事実はございません`: a finding that nobody saw it.
  /(閲覧|アクセス|ログイン)(さ|し)(れ)?た(事実|こと)は(一切)?(ない|なく|ありません|ございません)/,
  new RegExp(`${LEAK}(して)?(い|お)(ない|らない)こと(を|が)確認`),
  // `第三者に閲覧されていないことを確認`, `受け取った方が開封していないことを確認`, `第三者の目に触れていない
  // ことを確認` (a wrong delivery recovered unread): a finding that nobody read it.
  /((閲覧|開封|参照|ダウンロード)(さ|し)(れ)?|見られ|目に触れ)て(い|お)(ない|らない|らず)こと(を|が)(確認|確か)/,
  /痕跡[^。]{0,6}(確認されませんでした|ありませんでした|なかった)/,
  // `漏えいした形跡はございません`, `流出した痕跡は確認されておりません`: a trace of the leak looked for, not found.
  new RegExp(
    `${LEAK}(し|いたし)た(形跡|痕跡)(は|が|も)?(一切)?(なく|なかった|ありません|ございません|確認されませんでした|確認されなかった|認められませんでした|確認されて(い|お)(ません|りません)|見つかりませんでした|見当たりませんでした)`,
  ),
  // `情報漏えいのおそれはないものと考えております` (an encrypted disk, dissolved papers): the hedge negated.
  new RegExp(`${LEAK}[^。]{0,10}(可能性|おそれ|恐れ)は(ない|ありません|ございません)(?!とは)`),
];
/** `流出した可能性は低い`: a judgement, not a finding; it clears nothing that is still missing. */
const NONE_LOW = [new RegExp(`${LEAK}[^。]{0,10}可能性は(低い|極めて低い|低く|小さい)`)];
const NONE_WEAK = [
  new RegExp(
    `${LEAK}[^。、]{0,8}(は|が)?(確認されて(い|お)(ません|ない|りません)|確認されていない|確認できて(い|お)(ません|りません))`,
  ),
];
/** Data an insider took out (`一覧データを…持ち出していた`, `不正に持ち出し、転職先で利用`): for an
 * insider case the taking is the leak, unless the release rules a leak out. */
const TAKEN_OUT = [
  /持ち出(し|され)(て(い|お)(た|ました|りました)|た|ました|、)(?!\s*(可能性|おそれ|恐れ|疑い|形跡|痕跡|事実は|か(どうか)?(は|が)))/,
];
const FOUND =
  /(見つか(った|り|りました)|見つけ|発見(され|し|いたし)(た|ました)|回収(され|し|いたし)(た|ました)|(警察|交番|遺失物|拾得物|落とし物)[^。]{0,20}届けられ(た|ました|て(い|お)(た|ました|りました))|返却(され|を受け)(た|ました)|手元に戻(った|りました))/;
const NOT_FOUND =
  /(発見(に|には)至って|見つかって(い|お)(ません|らず)|見つかりません|発見されて(い|お)(ません|らず))/;
const HYPOTHETICAL_AFTER = /^[^。]{0,6}(場合|ないよう|防止)/;
/** A hedge that names a kind of thing the organisation gives up (`情報漏えいのおそれがある記録媒体の使用を
 * 取りやめます`, `流出の可能性のある外部サービスの利用を禁止`): a countermeasure against a risk, not a
 * judgement on this leak. */
const RISK_GIVEN_UP_AFTER =
  /^(が|の)ある[^。、]{1,20}を[^。、]{0,10}(廃止|禁止|取りやめ|取り止め|中止|撤廃|やめ|止め|控え)/;

/** Every phrase list, in one array so that one walk over the body finds them all (see ./scan). */
export const LEAK_RES: readonly RegExp[] = [
  ...CONFIRMED,
  ...POSSIBLE,
  ...NONE_STRONG,
  ...NONE_LOW,
  ...NONE_WEAK,
  ...TAKEN_OUT,
];

/** The body's matches of every phrase, per regex, read once per post. */
const bodyLeak = bodyScan(LEAK_RES);
/** Each phrase's place in LEAK_RES, so its matches are found without a map per post. */
const LEAK_INDEX = new Map(LEAK_RES.map((re, i) => [re, i]));

function find(res: RegExp[], ctx: PostContext): Span[] {
  const text = ctx.text;
  const matches = bodyLeak(ctx);
  const out: Span[] = [];
  for (const re of res)
    for (const m of matches[LEAK_INDEX.get(re)!]!) {
      if (HYPOTHETICAL_AFTER.test(text.slice(m.end))) continue;
      if (res === POSSIBLE && RISK_GIVEN_UP_AFTER.test(text.slice(m.end, m.end + 50))) continue;
      // `管理者アカウントのIDおよびパスワードが第三者に漏えいし、…不正ログイン`: the staff login's
      // credentials leaked, which says how the attacker got in, not that the people's data leaked.
      if (STAFF_CREDENTIALS_SUBJECT.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      out.push(span(m.start, m.end));
    }
  return out.sort((a, b) => a.start - b.start);
}

const result = (value: LeakStatus, evidence: Span[], c: number): ExtractorResult<LeakStatus> => ({
  value,
  evidence: evidence.slice(0, 3),
  confidence: conf(c),
});

/** Extract the leak status (see module doc for precedence). */
export function extractLeakStatus(
  ctx: PostContext,
  categories: Category[] = extractCategories(ctx).value,
): ExtractorResult<LeakStatus> {
  const text = ctx.text;
  const tr = titleRange(ctx);
  const from = bodyStart(ctx);
  const title = text.slice(tr.start, tr.end);

  const th = TITLE_HEDGE.exec(title);
  if (th) return result('possible', [span(tr.start + th.index, tr.start + th.index + th[0].length)], 0.9);

  const confirmed = find(CONFIRMED, ctx);
  if (confirmed.length) return result('confirmed', confirmed, 0.85);

  const noneStrong = find(NONE_STRONG, ctx);
  const noneLow = find(NONE_LOW, ctx);
  const cats = categories;
  if (cats.includes('insider') && !noneStrong.length) {
    const taken = find(TAKEN_OUT, ctx);
    if (taken.length) return result('confirmed', taken, 0.75);
  }
  const body = text.slice(from);
  const found = FOUND.test(body) && !NOT_FOUND.test(body);
  if (cats.includes('misdelivery')) {
    // A wrong send put the data in someone's hands; only a finding (not a judgement) clears it.
    if (noneStrong.length) return result('none', noneStrong, 0.7);
    return result('confirmed', [], 0.7);
  }

  const possible = find(POSSIBLE, ctx);
  if (possible.length) return result('possible', possible, 0.8);
  if (noneStrong.length) return result('none', noneStrong, 0.8);
  const stillMissing = cats.includes('loss') && !found;
  if (noneLow.length && !stillMissing) return result('none', noneLow, 0.6);

  const noneWeak = find(NONE_WEAK, ctx);
  if (cats.includes('loss')) {
    if (found && noneWeak.length) return result('none', noneWeak, 0.7);
    return result('possible', noneWeak, 0.65);
  }

  const tl = TITLE_LEAK.exec(title);
  if (tl) return result('confirmed', [span(tr.start + tl.index, tr.start + tl.index + tl[0].length)], 0.6);
  if (noneWeak.length) return result('none', noneWeak, 0.55);
  return result('unknown', [], 0.5);
}
