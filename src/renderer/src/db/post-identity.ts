/**
 * How the library recognises "the same post" across dumps and parser versions.
 *
 * 1. Same content id (a hash of the post's normalised text): the very same post. Re-importing a
 *    dump, or the same post found in another dump, changes nothing but the list of sources.
 * 2. Same post key — an incident's complete casebook number plus its title (NFKC, whitespace
 *    collapsed) — but a content id never seen before: a newer version of that post (the blog
 *    fixed a typo in the body, or a newer parser cut the post's boundaries differently).
 *    The record keeps its id, corrections, status and tags; its parser layer is replaced.
 *
 * Posts without a complete case id (non-incident posts, `#2022`-style ids) have no post key:
 * titles like 「お知らせ」 are not unique, and merging two different posts would silently
 * drop one. A changed version of such a post becomes a record of its own.
 */
import type { ParsedRecord } from '@shared/record';

const COMPLETE_CASE_ID = /^\d{4}-\d{1,4}$/;

export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function postKey(record: Pick<ParsedRecord, 'kind' | 'caseId' | 'title'>): string | null {
  const caseId = record.caseId.value;
  if (record.kind !== 'incident' || caseId === null || !COMPLETE_CASE_ID.test(caseId)) return null;
  return `${caseId}|${normaliseTitle(record.title.value)}`;
}
