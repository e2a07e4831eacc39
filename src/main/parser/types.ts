/**
 * Types shared by the parser's pipeline stages:
 *   decode → normalise → split posts → header → sections → field extractors → record.
 *
 * Extractors see the NFKC-normalised post text (`PostContext.text`); every span they return is
 * an offset into that normalised text. The record assembler maps spans back to the original
 * post text through the normaliser's offset map, so evidence always points at what the
 * librarian sees.
 */
import type { Extracted, RecordWarning, Section, Span } from '@shared/record';

export interface PostHeader {
  /** `2024-086`, or `2022` for an incomplete id; null when the post has no casebook header. */
  caseId: string | null;
  caseIdSpan: Span | null;
  /** Header text after `】`, trailing date removed, trimmed. */
  title: string;
  titleSpan: Span;
  /** ISO date from the end of the header line, or null. */
  publishedDate: string | null;
  publishedDateSpan: Span | null;
}

export interface PostContext {
  /** NFKC-normalised text of the whole post (title line included), line endings "\n". */
  text: string;
  header: PostHeader;
  /** Offset in `text` where the body (after the title line) starts. */
  bodyStart: number;
  /** Section headings found in the body; spans are offsets into `text`. */
  sections: Section[];
}

export type Extractor<T> = (ctx: PostContext) => Extracted<T>;

/** What an extractor may add besides its value: warnings with a place. */
export interface ExtractorResult<T> extends Extracted<T> {
  warnings?: RecordWarning[];
}
