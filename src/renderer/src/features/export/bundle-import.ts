/**
 * Importing a colleague's bundle into the library: read and check it (nothing is written if
 * anything is wrong), plan the merge against the local records (see @shared/bundle/merge for
 * the rule), and write the librarian's decision in one transaction.
 */
import type { Bundle, BundleRecord } from '@shared/bundle/format';
import { applyMerge, planMerge } from '@shared/bundle/merge';
import type { MergePlan, Resolutions } from '@shared/bundle/merge';
import { readBundleBytes } from '@shared/bundle/read';
import type { LibraryRecord } from '@shared/library';
import { db, recordTables } from '../../db/database';
import type { PostVersionRow } from '../../db/migrations/0003-versions';
import { postKey } from '../../db/post-identity';
import { putRecords } from '../../db/write-records';
import { useLibraryCache } from '../library/library-cache';

export { BundleError } from '@shared/bundle/read';

/** Throws a BundleError naming the file and what is wrong. */
export const readBundleFile = (name: string, bytes: Uint8Array): Bundle => readBundleBytes(name, bytes);

const keyOf = (r: BundleRecord) => {
  const kind = r.parserValues.kind ?? r.values.kind;
  const caseId = 'caseId' in r.parserValues ? r.parserValues.caseId! : r.values.caseId;
  const title = r.parserValues.title ?? r.values.title;
  return postKey({
    kind,
    caseId: { value: caseId, evidence: [], confidence: 1 },
    title: { value: title, evidence: [], confidence: 1 },
  });
};

/**
 * The local record each incoming one is, found as the dump import finds it: same record id,
 * a content id the library has seen, or the same post key (case number + title).
 */
async function findLocal(records: readonly BundleRecord[]): Promise<Map<string, LibraryRecord>> {
  const found = new Map<string, LibraryRecord>();
  const direct = await db.records.bulkGet(records.map((r) => r.id));
  const missing: BundleRecord[] = [];
  records.forEach((r, i) => (direct[i] ? found.set(r.id, direct[i]) : missing.push(r)));
  if (missing.length === 0) return found;

  const recordIdOf = new Map<string, string>();
  const versions = await db.versions.bulkGet(missing.map((r) => r.id));
  versions.forEach((v, i) => v && recordIdOf.set(missing[i]!.id, v.recordId));
  const byKey = new Map<string, BundleRecord[]>();
  for (const r of missing) {
    const key = recordIdOf.has(r.id) ? null : keyOf(r);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  if (byKey.size > 0)
    for (const row of await db.versions
      .where('postKey')
      .anyOf([...byKey.keys()])
      .toArray())
      for (const r of byKey.get(row.postKey!) ?? []) recordIdOf.set(r.id, row.recordId);

  const targets = [...new Set(recordIdOf.values())];
  const locals = new Map((await db.records.bulkGet(targets)).flatMap((l) => (l ? [[l.id, l] as const] : [])));
  for (const [incomingId, recordId] of recordIdOf) {
    const local = locals.get(recordId);
    if (local) found.set(incomingId, local);
  }
  return found;
}

export async function planBundleImport(bundle: Bundle): Promise<MergePlan> {
  const local = await findLocal(bundle.records);
  return planMerge(bundle.records, (id) => local.get(id));
}

export class LibraryChangedError extends Error {}

export interface AppliedImport {
  added: number;
  updated: number;
}

export async function applyBundleImport(plan: MergePlan, resolutions: Resolutions): Promise<AppliedImport> {
  const now = Date.now();
  const { records, edits } = applyMerge(plan, resolutions, now);
  const existing = plan.records.flatMap((p) => (p.local ? [p.local] : []));
  const added = new Set(plan.records.filter((p) => p.kind === 'new').map((p) => p.id));
  await db.transaction('rw', [...recordTables(db), db.edits, db.versions], async () => {
    // The preview was made from a snapshot: if a record was edited since, the decision the
    // librarian made may no longer hold, so nothing is written and they look again.
    const current = await db.records.bulkGet(existing.map((r) => r.id));
    const stale = existing.find((r, i) => current[i]?.updatedAt !== r.updatedAt);
    if (stale) throw new LibraryChangedError(`record ${stale.id} changed after the preview`);
    const clash = (await db.records.bulkGet([...added])).find((r) => r !== undefined);
    if (clash) throw new LibraryChangedError(`record ${clash.id} was added after the preview`);

    await putRecords(db, records);
    if (edits.length > 0) await db.edits.bulkAdd(edits);
    // New records get their version row, so a later dump import recognises their posts.
    const versions: PostVersionRow[] = records
      .filter((r) => added.has(r.id))
      .map((r) => ({
        contentId: r.extracted.id,
        recordId: r.id,
        postKey: postKey(r.extracted),
      }));
    await db.versions.bulkPut(versions);
  });
  // The lists show the import as soon as it is reported done, not at the watcher's next sync.
  await useLibraryCache.getState().refresh(records.map((r) => r.id));
  return { added: added.size, updated: records.length - added.size };
}
