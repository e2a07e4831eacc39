/**
 * Merging a colleague's bundle into the local library: a plan first (what is new, identical,
 * taken automatically, in conflict), then the records to write once the librarian has decided.
 *
 * The rule: nothing a librarian did locally is ever replaced without their say.
 *  - SPEC fields: their value is taken only when THEY corrected it by hand; if I corrected the
 *    same field differently, it is a conflict. Their parser values never replace anything (my
 *    library's parser layer comes from my own dump imports).
 *  - status: theirs is taken when mine is still `draft`; two different decisions conflict.
 *  - note: theirs is taken when mine is empty; two different notes conflict.
 *  - tags and sources: unions (nothing is removed).
 * Unresolved conflicts keep mine.
 */
import type { EditEntry, LibraryRecord, ReviewStatus } from '../library';
import { effectiveValue } from '../library';
import { EDITABLE_FIELDS } from '../record';
import type { EditableField, Source } from '../record';
import type { BundleRecord } from './format';
import { fromBundleRecord } from './to-library';

export type MergeKind = 'new' | 'identical' | 'update' | 'conflict';
export type MergeField = EditableField | 'status' | 'note' | 'tags' | 'sources';
export type ConflictField = EditableField | 'status' | 'note';
export type Choice = 'mine' | 'theirs';

export interface FieldChange {
  field: MergeField;
  mine: unknown;
  theirs: unknown;
}

export interface RecordPlan {
  id: string;
  kind: MergeKind;
  incoming: BundleRecord;
  local: LibraryRecord | undefined;
  /** Taken automatically: no local human work is replaced. */
  changes: FieldChange[];
  /** For the librarian to decide; `field` is a ConflictField. */
  conflicts: (FieldChange & { field: ConflictField })[];
}

export interface MergePlan {
  records: RecordPlan[];
  counts: Record<MergeKind, number>;
}

/** Per record, per conflicting field: whose value to keep. Missing = mine. */
export type Resolutions = Record<string, Partial<Record<ConflictField, Choice>>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sourceKey = (s: Source) => `${s.file}\0${s.sha256}\0${s.startLine}\0${s.endLine}`;

export function planMerge(
  incoming: readonly BundleRecord[],
  local: (id: string) => LibraryRecord | undefined,
): MergePlan {
  const counts: Record<MergeKind, number> = { new: 0, identical: 0, update: 0, conflict: 0 };
  const records = incoming.map((theirs): RecordPlan => {
    const mine = local(theirs.id);
    const plan = mine
      ? compare(mine, theirs)
      : { id: theirs.id, kind: 'new' as const, changes: [], conflicts: [] };
    counts[plan.kind]++;
    return { ...plan, incoming: theirs, local: mine };
  });
  return { records, counts };
}

function compare(mine: LibraryRecord, theirs: BundleRecord) {
  const changes: FieldChange[] = [];
  const conflicts: (FieldChange & { field: ConflictField })[] = [];

  for (const field of EDITABLE_FIELDS) {
    const m = effectiveValue(mine, field);
    const t = theirs.values[field];
    if (same(m, t) || !theirs.corrected.includes(field)) continue;
    (mine.corrections[field] !== undefined ? conflicts : changes).push({ field, mine: m, theirs: t });
  }

  const status = decide<ReviewStatus>(mine.status, theirs.status, 'draft');
  if (status)
    (status === 'conflict' ? conflicts : changes).push({
      field: 'status',
      mine: mine.status,
      theirs: theirs.status,
    });
  const note = decide(mine.note, theirs.note, '');
  if (note)
    (note === 'conflict' ? conflicts : changes).push({ field: 'note', mine: mine.note, theirs: theirs.note });

  const newTags = theirs.tags.filter((t) => !mine.tags.includes(t));
  if (newTags.length > 0)
    changes.push({ field: 'tags', mine: mine.tags, theirs: [...mine.tags, ...newTags] });
  const known = new Set(mine.sources.map(sourceKey));
  const newSources = theirs.sources.filter((s) => !known.has(sourceKey(s)));
  if (newSources.length > 0)
    changes.push({ field: 'sources', mine: mine.sources, theirs: [...mine.sources, ...newSources] });

  const kind: MergeKind = conflicts.length > 0 ? 'conflict' : changes.length > 0 ? 'update' : 'identical';
  return { id: mine.id, kind, changes, conflicts };
}

/** A value with an "unset" state (draft, empty note): theirs fills mine when mine is unset. */
function decide<T>(mine: T, theirs: T, unset: T): 'take' | 'conflict' | null {
  if (mine === theirs || theirs === unset) return null;
  return mine === unset ? 'take' : 'conflict';
}

export interface MergeResult {
  /** Records to put into the library (new and changed ones only). */
  records: LibraryRecord[];
  /** One history entry per changed field of an existing record, for undo and audit. */
  edits: EditEntry[];
}

export function applyMerge(plan: MergePlan, resolutions: Resolutions, now: number): MergeResult {
  const records: LibraryRecord[] = [];
  const edits: EditEntry[] = [];
  for (const p of plan.records) {
    if (p.kind === 'new') {
      records.push(fromBundleRecord(p.incoming, now));
      continue;
    }
    if (!p.local) continue;
    const chosen = p.conflicts.filter((c) => resolutions[p.id]?.[c.field] === 'theirs');
    const taken = [...p.changes, ...chosen];
    if (taken.length === 0) continue;
    const next: LibraryRecord = { ...p.local, corrections: { ...p.local.corrections }, updatedAt: now };
    for (const change of taken) {
      setField(next, change);
      if (change.field !== 'sources')
        edits.push({ recordId: p.id, field: change.field, old: change.mine, new: change.theirs, at: now });
    }
    records.push(next);
  }
  return { records, edits };
}

function setField(record: LibraryRecord, { field, theirs }: FieldChange): void {
  switch (field) {
    case 'status':
      record.status = theirs as ReviewStatus;
      return;
    case 'note':
      record.note = theirs as string;
      return;
    case 'tags':
      record.tags = theirs as string[];
      return;
    case 'sources':
      record.sources = theirs as Source[];
      return;
    default:
      // An editable field: their hand correction becomes mine (the parser layer is untouched).
      (record.corrections as Record<string, unknown>)[field] = theirs;
  }
}
