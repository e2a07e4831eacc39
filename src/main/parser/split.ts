/**
 * Stage 3: the dump's lines → posts (SPEC "Post boundaries").
 *
 * Incremental: lines are pushed one at a time and each finished post is handed to `emit`, so a
 * dump of any size is split without holding more than the current post. A content line is
 * classified once the next two content lines are known (a title is judged by what follows it).
 *
 * Rules:
 * - A casebook header line `【セキュリティ事件簿…】` always starts an incident post.
 * - Any other post starts at a title line: a short line after a blank line, followed by two or
 *   more blank lines, that is not a heading, list item, chrome, footer or sentence continuation,
 *   and that is followed by a real body (not a header, chrome, or the next numbered heading of the
 *   post it would cut short). Blogger renders the start of a post body as a lone `&nbsp;` line
 *   between blanks (an NBSP line, or a whitespace line among empty ones; a page saved with every
 *   blank line filled with spaces, tabs or U+3000 has plain blanks, no marker); with it the title
 *   is certain. Without it, a title is only accepted while the
 *   current post has not used double blank lines inside its body, because posts with embedded
 *   images or videos leave double blanks after ordinary sentences.
 *   A title line also needs the post before it to have a body (a line right after a header is a
 *   subtitle or the organisation's name), and a line ending in 。 longer than a headline is a
 *   sentence. The line right after the `&nbsp;` marker is a body's first line, never a title.
 * - A footer or page chrome ends a post's text: a title-shaped line right after one starts a post
 *   with one blank line after it or more, and, followed by a casebook header, is a one-line post.
 * - A post ends at its last non-blank line before the next post's title (page chrome at its end
 *   is left out, the `リリース文アーカイブ` footer stays in).
 * - A post longer than MAX_POST_LINES (no blog post is; a file without any post boundary might be)
 *   is cut there and flagged `oversized`, so one record never holds a whole huge file.
 */
import type { PostKind } from '@shared/record';
import {
  CASEBOOK_HEADER,
  isBlank,
  isFooter,
  isPageChrome,
  mayBeCasebookHeader,
  mayBePageChrome,
} from './chrome';
import { LIST_MARKER, headingMarker, mayStartHeading, type HeadingMarker } from './headings';
import { normalise } from './normalise';

export interface RawPost {
  kind: PostKind;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** The post's original lines, startLine..endLine. */
  lines: string[];
  /** The dump's last post. */
  last: boolean;
  /** Last post with no body: the dump was cut off after its title. */
  truncated: boolean;
  /** The post ran past MAX_POST_LINES and was cut there (lines after it are dropped). */
  oversized: boolean;
}

export const MAX_POST_LINES = 50_000;

interface BlankRun {
  count: number;
  /**
   * The run holds Blogger's &nbsp; marker: a line with an NBSP, or a whitespace-only line among
   * empty ones (the marker saved as an ASCII space). A run of whitespace-only lines with no NBSP
   * and no empty line is plain blank lines: a page saved with its blank lines filled with spaces,
   * tabs or U+3000 has no marker to tell apart.
   */
  ws: boolean;
}

class ContentLine {
  private normCache: string | undefined;
  private headingCache: HeadingMarker | null | undefined;
  readonly header: boolean;
  constructor(
    readonly lineNo: number,
    readonly raw: string,
    readonly before: BlankRun,
  ) {
    this.header = mayBeCasebookHeader(raw) && CASEBOOK_HEADER.test(this.norm);
    // (isCasebookHeaderLine below is the same test, for a line on its own.)
  }
  get norm(): string {
    return (this.normCache ??= normalise(this.raw).trim());
  }
  get heading(): HeadingMarker | null {
    if (this.headingCache === undefined)
      this.headingCache =
        mayStartHeading(this.raw) && this.norm.length <= MAX_HEADING_CHARS
          ? headingMarker(this.norm, this.raw)
          : null;
    return this.headingCache;
  }
  get chrome(): boolean {
    return isPageChrome(this.norm) || isFooter(this.norm);
  }
  /** A `リリース文アーカイブ` footer or a `【…リリース分】` fragment (cheap pre-check on the raw line). */
  get footer(): boolean {
    return (this.raw.includes('アーカイブ') || this.raw.includes('リリース分')) && isFooter(this.norm);
  }
  /** A footer or page chrome: what ends a post's text (nothing after it belongs to the release). */
  get closing(): boolean {
    // Asked of most lines (the one before each paragraph): the raw pre-check spares normalising.
    return this.footer || (mayBePageChrome(this.raw) && isPageChrome(this.norm));
  }
}

const MAX_HEADING_CHARS = 60;
const MIN_TITLE_CHARS = 4;
const MAX_TITLE_CHARS = 64;
/** An organisation line under a header (`株式会社M&Aクラウド`, `東京都教育委員会 総務部`). */
const MAX_ORG_LINE_CHARS = 30;
/** A line ending in 。 is a sentence unless it is as short as a headline. */
const MAX_SENTENCE_TITLE_CHARS = 32;
/**
 * Words that continue a text (conjunctions, demonstratives). A line starting so is a sentence
 * continuing the post when the word is followed by a comma (`なお、…`) or the line ends in 。;
 * otherwise the word is just the start of a headline (`またVPN機器か`).
 */
const CONTINUATION =
  /^(?:そして|しかし|また|なお|さらに|ただし|ただ|一方|以下|以上|これ|それ|あれ|この|その|あの|つまり|結局|でも|だが|次に|まず|最後に|加えて|併せて|同様|ちなみに)/;

function continuesText(t: string): boolean {
  const m = CONTINUATION.exec(t);
  if (!m) return false;
  const next = t[m[0].length];
  return next === '、' || next === ',' || t.endsWith('。');
}
/** A whole line in brackets is a heading or a fragment, never a title. */
const BRACKET_ONLY = /^[【[<〈《(][^】\]>〉》)]*[】\]>〉》)]$/;

interface OpenPost {
  kind: PostKind;
  startLine: number;
  /** Content lines after the title so far. */
  bodyLines: number;
  /** Double-blank runs between body lines so far (see the title rule above). */
  doubleRuns: number;
  /** Highest number seen per heading style, to tell a continuing section from a new post. */
  lastNumber: Map<string, number>;
}

export class PostSplitter {
  private lineNo = 0;
  /** Lines not yet handed out, starting at line `bufStart`. */
  private buf: string[] = [];
  private bufStart = 1;
  private run: BlankRun = { count: 0, ws: false };
  /** What the current blank run holds so far: an empty line, a whitespace line, an NBSP. */
  private runEmpty = false;
  private runWhite = false;
  private runNbsp = false;
  private window: ContentLine[] = [];
  private post: OpenPost | null = null;
  /** The open post's last body line so far. */
  private prev: ContentLine | null = null;

  constructor(private readonly emit: (post: RawPost) => void) {}

  /** Lines pushed so far. */
  get lines(): number {
    return this.lineNo;
  }

  /** First line of the post being read (not yet emitted), or null. */
  get openStart(): number | null {
    return this.post?.startLine ?? null;
  }

  push(line: string): void {
    this.lineNo++;
    this.buf.push(line);
    if (isBlank(line)) {
      this.run.count++;
      if (line === '') this.runEmpty = true;
      else {
        this.runWhite = true;
        if (line.includes('\u00a0')) this.runNbsp = true;
      }
      return;
    }
    this.run.ws = this.runNbsp || (this.runWhite && this.runEmpty);
    this.runEmpty = this.runWhite = this.runNbsp = false;
    this.window.push(new ContentLine(this.lineNo, line, this.run));
    this.run = { count: 0, ws: false };
    if (this.window.length >= 3) this.decide();
  }

  /** Flushes the remaining lines; the last post is emitted. */
  end(): void {
    while (this.window.length) this.decide();
    if (this.post) this.close(this.lineNo + 1, true);
  }

  private decide(): void {
    const [p, n, m] = this.window as [ContentLine, ContentLine | undefined, ContentLine | undefined];
    this.window.shift();
    const post = this.post;
    if (p.header) return this.open(p, 'incident');
    if (!post) {
      // Before the first post only chrome is skipped; any other text starts a post.
      if (!p.chrome) this.open(p, 'other');
      return;
    }
    if (this.isTitle(p, n, m, post)) return this.open(p, 'other');
    // Blogger's &nbsp; marker run (after a header's organisation line) is not an image gap, nor is
    // it when the marker was saved as an empty line (header, blank, organisation line, two blanks:
    // then, as after the marker, the line after the run is the body's first line, not a title).
    if (post.bodyLines > 0 && p.before.count >= 2 && !p.before.ws && !this.afterOrgLine(p, post))
      post.doubleRuns++;
    post.bodyLines++;
    this.prev = p;
    const h = p.heading;
    if (h?.number != null)
      post.lastNumber.set(h.style, Math.max(h.number, post.lastNumber.get(h.style) ?? 0));
  }

  /**
   * True when `p` follows an incident's organisation line by two blank lines: the line right after
   * the header and one blank, short and no sentence (`某町 町民課`), then the emptied &nbsp; marker
   * run.
   */
  private afterOrgLine(p: ContentLine, post: OpenPost): boolean {
    const org = this.prev;
    if (post.kind !== 'incident' || post.bodyLines !== 1 || !org || p.before.count !== 2) return false;
    return org.before.count === 1 && org.norm.length <= MAX_ORG_LINE_CHARS && !/[。.]$/.test(org.norm);
  }

  /** Static shape of a title line, whatever follows it. */
  private titleShaped(p: ContentLine): boolean {
    const t = p.norm;
    if (p.before.count < 1 || p.header) return false;
    if (t.length < MIN_TITLE_CHARS || t.length > MAX_TITLE_CHARS) return false;
    if (/[。.]$/.test(t) && t.length > MAX_SENTENCE_TITLE_CHARS) return false;
    if (p.chrome || p.heading || LIST_MARKER.test(t) || BRACKET_ONLY.test(t) || continuesText(t))
      return false;
    return true;
  }

  private isTitle(
    p: ContentLine,
    n: ContentLine | undefined,
    m: ContentLine | undefined,
    post: OpenPost,
  ): boolean {
    // Cheapest tests first: most lines are not followed by a double blank.
    if (post.bodyLines === 0 || !n || n.before.count < 1) return false;
    // Blogger's &nbsp; marker comes after a title (or a header's organisation line) and before the
    // body, so the line right after it is a body's first line, never a title.
    if (p.before.ws || this.afterOrgLine(p, post)) return false;
    if (this.titleAfterFooter(p, n)) return true;
    if (n.before.count < 2) return false;
    if (!this.titleShaped(p)) return false;
    const after = n.before;
    // The title needs a body: not a header, chrome, or another title right away.
    if (n.header || n.chrome) return false;
    if (m && m.before.count >= 2 && m.before.ws && this.titleShaped(n) && !m.header) return false;
    // `是非、ご参加ください。`, two blanks, the next post's title, two blanks: a sentence ending in 。
    // before a title-shaped line with a double blank of its own is the post's last line.
    if (m && m.before.count >= 2 && /[。.]$/.test(p.norm) && this.titleShaped(n) && !m.header) return false;
    const nh = n.heading;
    if (nh?.number != null) {
      const last = post.lastNumber.get(nh.style);
      if (last !== undefined && nh.number > last) return false; // the current post's next section
    }
    if (after.ws) return true;
    // Without Blogger's &nbsp; marker: only in a post that has no double blanks of its own, and
    // a blog article does not open with a numbered heading.
    return post.doubleRuns === 0 && nh?.number == null;
  }

  /**
   * A footer or page chrome ends a post's text (the footer is the release's last line; chrome is
   * the page between posts), so a title-shaped line right after it starts the next post, with one
   * blank line after it (SPEC: "followed by blank line(s)") or more, whatever double blanks the
   * post above had, when a body follows that is not chrome or a numbered heading. Followed by a
   * casebook header, it is a one-line post: nothing after a footer is the release's text.
   */
  private titleAfterFooter(p: ContentLine, n: ContentLine): boolean {
    if (!this.prev?.closing || !this.titleShaped(p)) return false;
    return n.header || (!n.chrome && n.heading?.number == null);
  }

  private open(p: ContentLine, kind: PostKind): void {
    if (this.post) this.close(p.lineNo, false);
    else this.drop(p.lineNo);
    this.prev = null;
    this.post = { kind, startLine: p.lineNo, bodyLines: 0, doubleRuns: 0, lastNumber: new Map() };
  }

  /** Drops buffered lines before `lineNo` (page chrome ahead of the first post). */
  private drop(lineNo: number): void {
    this.buf = this.buf.slice(lineNo - this.bufStart);
    this.bufStart = lineNo;
  }

  /** Emits the open post, which ends before line `nextStart`. */
  private close(nextStart: number, atEnd: boolean): void {
    const post = this.post!;
    const lines = this.buf.slice(0, nextStart - this.bufStart);
    this.buf = this.buf.slice(nextStart - this.bufStart);
    this.bufStart = nextStart;
    const oversized = lines.length > MAX_POST_LINES;
    if (oversized) lines.length = MAX_POST_LINES;
    let last = lines.length - 1;
    while (last > 0 && (isBlank(lines[last]!) || isPageChrome(normalise(lines[last]!).trim()))) last--;
    lines.length = last + 1;
    this.emit({
      kind: post.kind,
      startLine: post.startLine,
      endLine: post.startLine + last,
      lines,
      last: atEnd,
      truncated: atEnd && post.bodyLines === 0,
      oversized,
    });
    this.post = null;
  }
}

/** A casebook header line: it always starts an incident post, whatever came before it. */
export function isCasebookHeaderLine(raw: string): boolean {
  return mayBeCasebookHeader(raw) && CASEBOOK_HEADER.test(normalise(raw).trim());
}

/** Splits a whole text (small inputs, tests). */
export function splitPosts(text: string): RawPost[] {
  const posts: RawPost[] = [];
  const splitter = new PostSplitter((p) => posts.push(p));
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) splitter.push(line);
  splitter.end();
  return posts;
}
