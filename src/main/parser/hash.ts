import { hash } from 'node:crypto';
import { normalise } from './normalise';

/** One-shot SHA-256 (crypto.hash): no Hash object per call, which a post's id paid every time. */
export function sha256Hex(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
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
