import { allSegments, BUNDLE_LINE_FORMAT, linesOf } from '../../../src/renderer/src/db/bundle-lines';
import type { LibrarianDatabase } from '../../../src/renderer/src/db/database';

/**
 * The test's own reading of the stored lines, by their rule: for each wanted id, the line in
 * the newest segment (of the current format) that holds it; with how many lines are stored
 * and how many of those are superseded.
 */
export async function findLines(db: LibrarianDatabase, wanted: ReadonlySet<string>) {
  const lines = new Map<string, string>();
  const seen = new Set<string>();
  let stored = 0;
  for await (const chunk of allSegments(db))
    for (const segment of chunk) {
      if (segment.format !== BUNDLE_LINE_FORMAT) continue;
      stored += segment.ids.length;
      const text = linesOf(segment);
      segment.ids.forEach((id, i) => {
        seen.add(id);
        if (wanted.has(id)) lines.set(id, text[i]!);
      });
    }
  return { lines, dead: stored - seen.size, stored };
}
