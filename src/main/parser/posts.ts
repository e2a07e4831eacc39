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
}

/**
 * Decodes `source` chunk by chunk and yields, per chunk, the posts it completed; the last yield
 * holds the dump's last post. Throws DumpReadError 'empty' when the source holds no text.
 */
export function* readPosts(
  source: ByteSource,
  info: EncodingInfo,
  provenance: { file: string; sha256: string },
  chunkBytes?: number,
): Generator<PostsOfChunk> {
  let posts: PostInput[] = [];
  const splitter = new PostSplitter((post) => posts.push(postInput(post, info, provenance)));
  const reader = new LineReader();
  let contentSeen = false;
  let bytesDone = 0;
  for (const chunk of decodeChunks(source, info, chunkBytes)) {
    for (const line of reader.push(chunk.text)) {
      if (!contentSeen && line.trim() !== '') contentSeen = true;
      splitter.push(line);
    }
    bytesDone = chunk.bytesDone;
    yield { posts, bytesDone };
    posts = [];
  }
  const last = reader.end();
  if (last !== null) {
    if (last.trim() !== '') contentSeen = true;
    splitter.push(last);
  }
  if (!contentSeen) throw new DumpReadError('empty', 'the file holds no text');
  splitter.end();
  yield { posts, bytesDone };
}

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
