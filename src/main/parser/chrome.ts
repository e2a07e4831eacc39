/**
 * Line kinds that are not post content proper. All patterns run on trimmed, NFKC-normalised lines.
 *
 * - page chrome: the blog's navigation (`ラベル … の投稿を表示しています。`, `すべての投稿を表示`,
 *   `次の投稿`). Never starts a post and is trimmed off a post's end.
 * - footer: `リリース文アーカイブ` (a link to the archived release, sometimes with the org name in
 *   front) and stray release-date fragments `【2024年1月24日リリース分】`. They belong to the post
 *   above them (the gold endLine includes them) but never start a post or make a post's body.
 */

const PAGE_CHROME = [
  /の投稿を表示しています。?/,
  /^すべての投稿を表示$/,
  /^(?:次の投稿|前の投稿|ホーム|もっと見る|リンクを取得|コメントを投稿|このブログを検索)$/,
  /^登録:\s*(?:投稿|コメント)/,
  /^(?:投稿者|ラベル):/,
];

const FOOTER = [
  /リリース文アーカイブ[\s)\]】>]*$/,
  /^【\s*\d{4}年\s*\d{1,2}月\s*\d{1,2}日\s*リリース分\s*】$/,
];

export function isPageChrome(norm: string): boolean {
  return PAGE_CHROME.some((re) => re.test(norm));
}

/**
 * Cheap pre-check on the raw line, before normalising it: every PAGE_CHROME pattern holds one of
 * these words, which NFKC leaves as they are, or came from half-width katakana that it widens.
 */
const CHROME_WORDS = /投稿|ホーム|もっと見る|リンクを取得|ブログを検索|ラベル|[\uff61-\uff9f]/;
export const mayBePageChrome = (raw: string): boolean => CHROME_WORDS.test(raw);

export function isFooter(norm: string): boolean {
  return FOOTER.some((re) => re.test(norm));
}

/** The casebook header that starts every incident post: `【セキュリティ事件簿#2024-086】…`. */
export const CASEBOOK_HEADER = /^【\s*セキュリティ事件簿/;

/** Cheap pre-check on the raw line before normalising it. */
export function mayBeCasebookHeader(raw: string): boolean {
  const at = raw.search(/\S/);
  return at >= 0 && at < 8 && raw.charCodeAt(at) === 0x3010 /* 【 */ && raw.includes('事件簿', at);
}

/** Empty, or only whitespace (Blogger writes `&nbsp;` paragraphs as a lone NBSP). */
export function isBlank(line: string): boolean {
  if (line.length === 0) return true;
  const c = line.charCodeAt(0);
  // Fast path: almost every content line starts with a visible character.
  if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && c !== 0x200b && c !== 0x2028) return false;
  return BLANK.test(line);
}
const BLANK = /^[\s\u200b]*$/;
