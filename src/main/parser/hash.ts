import { createHash } from 'node:crypto';
import { normalise } from './normalise';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Stable content id of a post: the same post imported from two dumps (or re-parsed by a newer
 * parser) gets the same id, whatever its line numbers, encoding or spacing.
 */
export function contentId(postText: string, normalised = normalise(postText)): string {
  // Trimmed first (the same string: trim and \s remove the same characters), so that only the
  // replace copies the text.
  return 'r_' + sha256Hex(normalised.trim().replace(/\s+/g, ' ')).slice(0, 24);
}
