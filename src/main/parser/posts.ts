/**
 * Stages 1–3 as one generator: a byte source's posts, ready for the record stage, with their
 * provenance and the warnings only the dump can tell (cut off, oversized).
 */
import type { RecordWarning } from '@shared/record';
import { type ByteSource, type EncodingInfo, LineReader, decodeChunks } from './decode';
import { DumpReadError } from './errors';
import type { BuildInput } from './record';
import { MAX_POST_LINES, PostSplitter, type RawPost } from './split';

/** A post for buildRecord: its text, provenance, the splitter's kind and the dump's warnings. */
export type PostInput = BuildInput & Required<Pick<BuildInput, 'kind' | 'warnings'>>;

export interface PostsOfChunk {
  /** The posts that ended in this decoded chunk (often none, at the end of a big post). */
  posts: PostInput[];
  /** Bytes of the source read so far. */
  bytesDone: number;
  /** Lines of the source read so far (a lookahead's lines not counted). */
  lines: number;
}

/**
 * Decodes `source` chunk by chunk and yields, per chunk, the posts it completed; the last yield
 * holds the dump's last post. Throws DumpReadError 'empty' when the source holds no text.
 *
 * `lookahead`: the source is one segment of a dump (see ./segments) and this is the rest of the
 * dump after it. The segment's last post is closed as the whole dump's reading would close it:
 * its lines are followed by the next segment's, until the splitter opens the post that starts the
 * next segment (which the next segment's reading emits, not this one).
 */
export function* readPosts(
  source: ByteSource,
  info: EncodingInfo,
  provenance: { file: string; sha256: string },
  chunkBytes?: number,
  lookahead?: ByteSource,
): Generator<PostsOfChunk> {
  let posts: PostInput[] = [];
  let boundary = Infinity;
  const splitter = new PostSplitter((post) => {
    if (post.startLine < boundary) posts.push(postInput(post, info, provenance));
  });
  const reader = new LineReader();
  let contentSeen = false;
  let bytesDone = 0;
  for (const chunk of decodeChunks(source, info, chunkBytes)) {
    for (const line of reader.push(chunk.text)) {
      if (!contentSeen && line.trim() !== '') contentSeen = true;
      splitter.push(line);
    }
    bytesDone = chunk.bytesDone;
    yield { posts, bytesDone, lines: splitter.lines };
    posts = [];
  }
  const last = reader.end();
  if (last !== null) {
    if (last.trim() !== '') contentSeen = true;
    splitter.push(last);
  }
  if (!contentSeen) throw new DumpReadError('empty', 'the file holds no text');
  const lines = splitter.lines;
  if (lookahead && last === null) {
    boundary = lines + 1;
    const next = new LineReader();
    const opened = () => (splitter.openStart ?? 0) >= boundary;
    read: for (const chunk of decodeChunks(lookahead, { ...info, bomLength: 0 }, LOOKAHEAD_BYTES)) {
      for (const line of next.push(chunk.text)) {
        splitter.push(line);
        if (opened()) break read;
      }
    }
    if (!opened()) {
      const tail = next.end();
      if (tail !== null) splitter.push(tail);
      splitter.end();
    }
  } else splitter.end();
  yield { posts, bytesDone, lines };
}

/** The next segment is read this much at a time until its first post opens (a few lines). */
const LOOKAHEAD_BYTES = 16 * 1024;

function postInput(
  post: RawPost,
  info: EncodingInfo,
  provenance: { file: string; sha256: string },
): PostInput {
  const warnings: RecordWarning[] = [];
  if (post.last && (post.truncated || info.truncatedTail))
    warnings.push({
      code: 'truncated_last_post',
      message: post.truncated
        ? 'the dump ends right after this post’s title: the post was cut off'
        : 'the dump ends in the middle of a character: the post was cut off',
    });
  if (post.oversized)
    warnings.push({
      code: 'oversized_post',
      message: `the post runs past ${MAX_POST_LINES} lines without a post boundary; only the first ${MAX_POST_LINES} are kept`,
    });
  return {
    text: post.lines.join('\n'),
    lines: post.lines,
    source: { ...provenance, startLine: post.startLine, endLine: post.endLine },
    kind: post.kind,
    warnings,
  };
}
