import { describe, expect, it } from 'vitest';
import { MAX_POST_LINES, splitPosts, type RawPost } from '../../../src/main/parser/split';
import {
  LABEL_HEAD,
  LOCKBIT,
  PPC_SECTIONS,
  PPC_TAIL,
  SUSHI,
  TEAMS_AFTER_INCIDENT,
  TWITTER,
} from './snippets';

/** Posts as [kind, startLine, endLine] in the dump's numbering (the snippet starts at `first`). */
function split(lines: string[], first: number): [string, number, number][] {
  return splitPosts(lines.join('\n')).map((p: RawPost) => [
    p.kind,
    p.startLine + first - 1,
    p.endLine + first - 1,
  ]);
}

describe('splitPosts', () => {
  it('skips page chrome before the first post (label-misoperation-2024.txt 1-46)', () => {
    expect(split(LABEL_HEAD, 1)).toEqual([
      ['incident', 4, 40],
      ['incident', 42, 46],
    ]);
  });

  it('keeps the footer and stray release fragments in the post above (casebook-2024-09.txt 312-328)', () => {
    expect(split(PPC_TAIL, 312)).toEqual([
      ['other', 312, 322],
      ['incident', 324, 328],
    ]);
  });

  it('splits a blog post whose title is a sentence out of the posts around it (casebook-2023-01.txt 164-212)', () => {
    expect(split(TWITTER, 164)).toEqual([
      ['other', 164, 168],
      ['other', 170, 176],
      ['incident', 178, 198],
      ['incident', 200, 209],
      ['incident', 211, 211],
    ]);
  });

  it('does not split at sentences followed by embedded media (casebook-2023-01.txt 399-427)', () => {
    expect(split(SUSHI, 399)).toEqual([
      ['other', 399, 400],
      ['other', 402, 422],
      ['incident', 424, 427],
    ]);
  });

  it('finds titles without the &nbsp; marker but not long sentences (casebook-2023-01.txt 470-512)', () => {
    expect(split(LOCKBIT, 470)).toEqual([
      ['other', 470, 471],
      ['other', 474, 493],
      ['other', 495, 511],
    ]);
  });

  it('splits blog posts out from between incidents (casebook-2023-01.txt 694-740)', () => {
    expect(split(TEAMS_AFTER_INCIDENT, 694)).toEqual([
      ['incident', 694, 705],
      ['other', 707, 726],
      ['other', 729, 737],
      ['incident', 739, 739],
    ]);
  });

  it('does not cut an incident at a caption before its next numbered section (casebook-2024-09.txt 257-280)', () => {
    const header = '【セキュリティ事件簿#2023-416】個人情報保護委員会 行政上の対応について 2024/9/11';
    const posts = splitPosts([header, '', '\u00a0', '', ...PPC_SECTIONS].join('\n'));
    expect(posts.map((p) => [p.kind, p.startLine, p.endLine])).toEqual([
      ['incident', 1, 4 + PPC_SECTIONS.length],
    ]);
  });

  it('takes a headline that starts with a conjunction as a title, not a sentence that continues (heldout-1.txt 442-469)', () => {
    const incident = [
      '【セキュリティ事件簿#2024-101】東都大学 学生の個人情報を含むメールの誤送信について 2024/8/1',
      '',
      '東都大学は、学生の個人情報を含むファイルを誤って送信したと発表しました。',
      '',
      '1. 概要',
      '',
      '2024年7月31日、職員がファイルを誤って学外の1名に送信しました。',
      '',
      'リリース文アーカイブ',
      '',
    ];
    const blog = [
      '今月に入って、ランサムウェア被害の公表が相次いでいる。',
      '',
      'VPN機器の脆弱性管理の重要性を改めて感じる。',
    ];
    expect(split([...incident, 'またVPN機器か', '', '', ...blog], 1)).toEqual([
      ['incident', 1, 9],
      ['other', 11, 16],
    ]);
    // Before a comma, or in a sentence ending in 。, the conjunction continues the post.
    for (const line of ['なお、詳細は追って報告します', 'また本件の詳細は調査中です。'])
      expect(split([...incident, line, '', '', ...blog], 1)).toEqual([['incident', 1, 16]]);
  });

  it('starts a post at a title right after a footer even with one blank after the title', () => {
    const incident = [
      '【セキュリティ事件簿#2024-010】某社 書類の紛失について 2024/5/1',
      '',
      '\u00a0',
      '',
      '当社において書類を紛失しました。',
      '',
      'リリース文アーカイブ',
      '',
    ];
    const blog = ['先日、社内でパスワード管理の勉強会を開きました。', '', '参加者は十名ほどでした。'];
    for (const footer of ['株式会社某社リリース文アーカイブ', '【2024年5月1日リリース分】']) {
      const lines = [...incident.slice(0, 6), footer, '', '勉強会メモ:パスワード管理の基本', '', ...blog];
      expect(split(lines, 1)).toEqual([
        ['incident', 1, 7],
        ['other', 9, 13],
      ]);
    }
    // Not after an ordinary line (an unnumbered section heading), nor before a numbered heading.
    const heading = [...incident.slice(0, 6), '紛失した書類の内容', '', '氏名、住所が記載されていました。'];
    expect(split(heading, 1)).toEqual([['incident', 1, 9]]);
    const numbered = [...incident, '補足情報について', '', '2 再発防止策', '', '管理を徹底します。'];
    expect(split(numbered, 1)).toEqual([['incident', 1, 13]]);
  });

  // fresh-11's first run: an event notice after footers in a post with an org line, a book review
  // after mid-file page chrome, a one-line post between footers and the next header.
  describe('what ends a post: footers and page chrome (fresh-11)', () => {
    const header = '【セキュリティ事件簿#2023-310】某町 書類の紛失について 2023/6/2';
    const next = '【セキュリティ事件簿#2023-309】某社 メールの誤送信について 2023/6/1';
    const body = ['町民課において書類を紛失しました。', '', '現在も捜索を続けています。'];
    const blog = ['今月は三回の勉強会を開きました。', '', '次回は七月です。'];

    it('starts a post at a title after page chrome, and leaves the chrome out of the post above', () => {
      const chrome = [
        'ラベル インシデント:紛失 の投稿を表示しています。 すべての投稿を表示',
        'ラベル インシデント:紛失 の投稿を表示しています。 すべての投稿を表示',
      ];
      // No footer before the chrome, one blank after the title.
      const lines = [header, '', '\u00a0', '', ...body, '', ...chrome, '', '勉強会の記録', '', ...blog];
      expect(split(lines, 1)).toEqual([
        ['incident', 1, 7],
        ['other', 12, 16],
      ]);
      // `次の投稿` (chrome), then an incident header: two incidents, the chrome in neither.
      expect(split([header, '', ...body, '', '次の投稿', '', next, '', ...body], 1)).toEqual([
        ['incident', 1, 5],
        ['incident', 9, 13],
      ]);
      // Near miss: a numbered heading after chrome is not a title.
      const numbered = [header, '', ...body, '', ...chrome, '', '2 再発防止策', '', '管理を徹底します。'];
      expect(split(numbered, 1)).toEqual([['incident', 1, 12]]);
    });

    it('takes a title-shaped line between a footer and a header as a one-line post', () => {
      for (const footer of ['リリース文アーカイブ', '某町リリース文アーカイブ']) {
        const lines = [
          header,
          '',
          ...body,
          '',
          footer,
          '',
          'ブログの引っ越しは来週です',
          '',
          next,
          '',
          ...body,
        ];
        expect(split(lines, 1)).toEqual([
          ['incident', 1, 7],
          ['other', 9, 9],
          ['incident', 11, 15],
        ]);
      }
      // Near misses: a release fragment or a second footer there stays in the incident, and a
      // short last line that does not follow a footer is the release's own text.
      for (const tail of ['【2023年6月1日リリース分】', '株式会社某社リリース文アーカイブ'])
        expect(split([header, '', ...body, '', 'リリース文アーカイブ', '', tail, '', next], 1)).toEqual([
          ['incident', 1, 9],
          ['incident', 11, 11],
        ]);
      expect(split([header, '', ...body, '', '以上のとおりです', '', next], 1)).toEqual([
        ['incident', 1, 7],
        ['incident', 9, 9],
      ]);
    });

    it('starts a post at a title after a footer even when the post above has double blanks', () => {
      const lines = [
        header,
        '',
        '',
        ...body.slice(0, 1),
        '',
        '',
        ...body.slice(2),
        '',
        'リリース文アーカイブ',
        '',
        '勉強会の記録',
        '',
        '',
        ...blog,
      ];
      expect(split(lines, 1)).toEqual([
        ['incident', 1, 9],
        ['other', 11, 16],
      ]);
    });

    it('does not count the &nbsp; marker after an organisation line as a double blank', () => {
      const tail = ['', '勉強会の記録', '', '', ...blog];
      // header, blank, organisation line, &nbsp;, blank: the body starts there; no footer.
      const lines = [header, '', '某町 町民課', '\u00a0', '', ...body, ...tail];
      expect(split(lines, 1)).toEqual([
        ['incident', 1, 8],
        ['other', 10, 15],
      ]);
      // Near miss: a real double blank inside the body (an image gap) still keeps the line in.
      const gap = [header, '', '某町 町民課', '\u00a0', '', body[0]!, '', '', body[2]!, ...tail];
      expect(split(gap, 1)).toEqual([['incident', 1, 16]]);
    });
  });

  it('keeps original lines, trims trailing blanks and page chrome', () => {
    const text = [
      '【セキュリティ事件簿#2024-001】某市 お知らせ 2024/1/1',
      '',
      '本文です。',
      '',
      'ラベル インシデント:誤操作 の投稿を表示しています。 すべての投稿を表示',
      '',
      '',
    ].join('\n');
    const [post] = splitPosts(text);
    expect(post).toMatchObject({ startLine: 1, endLine: 3, last: true, truncated: false });
    expect(post!.lines).toEqual(text.split('\n').slice(0, 3));
  });

  it('marks a last post that has only its title as truncated', () => {
    const posts = splitPosts(
      '【セキュリティ事件簿#2024-001】某市 お知らせ 2024/1/1\n\n本文。\n\n【セキュリティ事件簿#2024-002】某社 不正',
    );
    expect(posts.map((p) => [p.startLine, p.endLine, p.truncated])).toEqual([
      [1, 3, false],
      [5, 5, true],
    ]);
  });

  it('treats a whole file of plain text as one post', () => {
    expect(
      splitPosts('a blog post title\n\nbody text.\n').map((p) => [p.kind, p.startLine, p.endLine]),
    ).toEqual([['other', 1, 3]]);
  });

  it('cuts a post that never ends at MAX_POST_LINES', () => {
    const lines = [
      '【セキュリティ事件簿#2024-001】某市 お知らせ 2024/1/1',
      ...Array.from({ length: MAX_POST_LINES + 10 }, (_, i) => `行${i}`),
    ];
    const [post, ...rest] = splitPosts(lines.join('\n'));
    expect(rest).toEqual([]);
    expect(post).toMatchObject({ startLine: 1, endLine: MAX_POST_LINES, oversized: true });
    expect(post!.lines).toHaveLength(MAX_POST_LINES);
  });
});

// A probe of fresh-18's dump with its blank lines filled with white space (the set itself split
// exactly): every blank run then read as the &nbsp; marker, and no title after one was accepted.
describe('blank lines filled with white space (fresh-18 probe)', () => {
  const header = '【セキュリティ事件簿#2024-120】某市 通知書の誤送付について 2024/6/3';
  const next = '【セキュリティ事件簿#2024-119】某社 メールの誤送信について 2024/6/1';
  const body = ['市民課において通知書を誤って送付しました。', '', '対象の方には謝罪しました。'];
  const blog = ['今月は三回の勉強会を開きました。', '', '次回は七月です。'];
  const fill = (lines: string[], ws: string) => lines.map((l) => (l === '' ? ws : l));

  for (const [name, ws] of [
    ['spaces', '  '],
    ['a tab', '\t'],
    ['U+3000', '\u3000'],
  ] as const) {
    it(`splits posts as with empty lines when the blank lines hold ${name}`, () => {
      // An other post after an incident with no footer: title, blank, &nbsp;, blank; or two blanks.
      const marked = [header, '', '\u00a0', '', ...body, '', '勉強会の記録(6月)', '', '\u00a0', '', ...blog];
      const plain = [header, '', '\u00a0', '', ...body, '', '勉強会の記録(6月)', '', '', ...blog];
      // After a footer, one blank after the title.
      const footer = [
        header,
        '',
        '\u00a0',
        '',
        ...body,
        '',
        'リリース文アーカイブ',
        '',
        '勉強会の記録(6月)',
        '',
        ...blog,
      ];
      for (const lines of [marked, plain, footer]) {
        const want = split(lines, 1);
        expect(want).toHaveLength(2);
        expect(split(fill(lines, ws), 1)).toEqual(want);
        expect(split(fill([...lines, '', next, '', '\u00a0', '', ...body], ws), 1)).toEqual([
          ...want,
          ['incident', lines.length + 2, lines.length + 8],
        ]);
      }
    });

    it(`still reads the &nbsp; marker, and keeps headings in the body, when the blank lines hold ${name}`, () => {
      // The line right after the marker is a body's first line, never a title.
      const afterMarker = [header, '', '某市 市民課', '\u00a0', '', 'お詫び', '', '', ...body];
      expect(split(fill(afterMarker, ws), 1)).toEqual([['incident', 1, 11]]);
      // A short line between single blanks inside an incident is a heading, not a title.
      const heading = [header, '', '\u00a0', '', ...body, '', '今後の対応', '', '再発防止に努めます。'];
      expect(split(fill(heading, ws), 1)).toEqual([['incident', 1, 11]]);
    });
  }

  it('still reads a whitespace line among empty lines as the marker (an &nbsp; saved as a space)', () => {
    const afterMarker = [header, '', '某市 市民課', ' ', '', 'お詫び', '', '', ...body];
    expect(split(afterMarker, 1)).toEqual([['incident', 1, 11]]);
    const titled = [header, '', ' ', '', ...body, '', '勉強会の記録(6月)', '', ' ', '', ...blog];
    expect(split(titled, 1)).toEqual([
      ['incident', 1, 7],
      ['other', 9, 15],
    ]);
  });
});

// A probe of fresh-18's dump with its &nbsp; lines saved as empty lines (as an editor that trims
// trailing white space leaves them): the emptied marker run after an incident's organisation line
// counted as an image gap, so the round-up after that incident, whose title has two blanks and no
// marker, stayed merged.
describe('the emptied &nbsp; marker after an organisation line (fresh-18 probe)', () => {
  const header = '【セキュリティ事件簿#2024-130】某町 通知書の誤送付について 2024/6/10';
  const body = ['町民課において通知書を誤って送付しました。', '', '対象の方には謝罪しました。'];
  const blog = ['今月は三回の勉強会を開きました。', '', '次回は七月です。'];

  it('is no image gap: a title with two blanks after it still starts a post', () => {
    const lines = [header, '', '某町 町民課', '', '', ...body, '', '勉強会の記録(6月)', '', '', ...blog];
    expect(split(lines, 1)).toEqual([
      ['incident', 1, 8],
      ['other', 10, 15],
    ]);
  });

  it('leaves a double blank after a first paragraph, or after a later line, an image gap', () => {
    const first = '町民課において、町民の皆様へ送付した通知書に別の方の通知書が混入していました。';
    const afterParagraph = [header, '', first, '', '', ...body, '', '勉強会の記録(6月)', '', '', ...blog];
    expect(split(afterParagraph, 1)).toEqual([['incident', 1, 15]]);
    // A later double blank is still an image gap: a title without the marker is refused after it.
    const gap = '町民の皆様には多大なご迷惑をおかけしましたことを深くお詫び申し上げます。';
    const later = [
      header,
      '',
      '某町 町民課',
      '',
      '',
      body[0]!,
      '',
      '',
      gap,
      '',
      '勉強会の記録(6月)',
      '',
      '',
      ...blog,
    ];
    expect(split(later, 1)).toEqual([['incident', 1, later.length]]);
  });
});

// A probe of the dumps with one more blank line before every post (the real casebook-2023-01 lays
// some posts out so): the event notice's closing `是非、ご参加ください。` with two blanks after it was
// taken for the next post's title, and that title for its body.
describe('a closing sentence before a title, both with two blanks after them (probe)', () => {
  const event = [
    '[イベント] 某セキュリティカンファレンス 2024',
    '',
    '',
    '今年も東京で開催される。',
    '',
    '講演は三十本を予定している。',
  ];
  const blog = ['今週は三件の事例を紹介する。', '', 'いずれも復旧に数週間を要した。'];

  it('leaves the sentence in its post and starts the next post at the title', () => {
    const closing = ['是非ご参加ください。', '申込は来月からです。', '以上、よろしくお願いします。'];
    for (const last of closing) {
      const lines = [...event, '', last, '', '', 'ランサム被害の復旧にかかった日数', '', '', ...blog];
      expect(split(lines, 1)).toEqual([
        ['other', 1, 8],
        ['other', 11, 16],
      ]);
    }
  });

  it('still takes a title ending in 。 before a body that is not title-shaped', () => {
    const long =
      '2024年6月3日の朝から、某SNSで障害が発生しているとの情報が相次いでおり、投稿ができないなどの報告が複数寄せられている。';
    const lines = [...event, '', 'さよなら某SNS。撤退します。', '', '', long, '', 'これを機に利用をやめる。'];
    expect(split(lines, 1)).toEqual([
      ['other', 1, 6],
      ['other', 8, 13],
    ]);
  });
});
