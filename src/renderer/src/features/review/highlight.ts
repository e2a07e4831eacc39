/** Splits a post's text into plain and highlighted pieces for the evidence of one field. */
import type { Span } from '@shared/record';

export interface TextPiece {
  text: string;
  mark: boolean;
}

export function highlightPieces(text: string, spans: readonly Span[]): TextPiece[] {
  const ordered = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of ordered) {
    const start = Math.max(span.start, at); // overlapping spans merge
    if (span.end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
