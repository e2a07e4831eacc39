import { describe, expect, it } from 'vitest';
import { newLibraryRecord } from '@shared/library';
import { mergeParsed } from '../../../src/renderer/src/db/merge';
import { postKey } from '../../../src/renderer/src/db/post-identity';
import { compareVersions } from '../../../src/renderer/src/db/values';
import { makeParsed } from './make-record';

describe('post identity', () => {
  it('keys incidents by complete case id and normalised title', () => {
    expect(postKey(makeParsed({ caseId: '2024-086', title: 'Ａ市　漏えい' }))).toBe('2024-086|A市 漏えい');
  });
  it('gives no key to non-incident posts and incomplete case ids', () => {
    expect(postKey(makeParsed({ kind: 'other', caseId: null }))).toBeNull();
    expect(postKey(makeParsed({ caseId: '2022' }))).toBeNull();
  });
});

describe('mergeParsed', () => {
  const now = 1000;

  it('creates a draft record for a new post', () => {
    const result = mergeParsed(undefined, makeParsed({ id: 'r_1' }), false, now);
    expect(result.outcome).toBe('new');
    expect(result.record).toMatchObject({
      id: 'r_1',
      status: 'draft',
      corrections: {},
      tags: [],
      needsLook: false,
    });
  });

  it('changes nothing when the same dump is imported again', () => {
    const stored = newLibraryRecord(makeParsed({ id: 'r_1' }), now);
    const result = mergeParsed(stored, makeParsed({ id: 'r_1' }), true, now + 1);
    expect(result).toMatchObject({ outcome: 'unchanged', changed: false });
    expect(result.record).toBe(stored);
  });

  it('adds the other dump to sources when the same post comes from another dump', () => {
    const stored = newLibraryRecord(makeParsed({ id: 'r_1' }), now);
    const result = mergeParsed(
      stored,
      makeParsed({ id: 'r_1', file: 'other.txt', startLine: 40 }),
      true,
      now + 1,
    );
    expect(result.outcome).toBe('unchanged');
    expect(result.record.sources.map((s) => s.file)).toEqual(['dump.txt', 'other.txt']);
  });

  it('updates extracted values of a newer version but never a corrected one, and flags it', () => {
    const stored = {
      ...newLibraryRecord(makeParsed({ id: 'r_1' }), now),
      corrections: { affectedCount: 40 },
    };
    const newer = makeParsed({ id: 'r_2', affectedCount: 36, publishedDate: '2024-03-09' });
    const result = mergeParsed(stored, newer, false, now + 1);
    expect(result.outcome).toBe('updated');
    expect(result.record.id).toBe('r_1');
    expect(result.record.extracted.publishedDate.value).toBe('2024-03-09');
    expect(result.record.corrections).toEqual({ affectedCount: 40 });
    expect(result.record.needsLook).toBe(true);
  });

  it('does not flag a correction when the extracted value under it did not change', () => {
    const stored = {
      ...newLibraryRecord(makeParsed({ id: 'r_1' }), now),
      corrections: { affectedCount: 40 },
    };
    const result = mergeParsed(stored, makeParsed({ id: 'r_2', publishedDate: '2024-03-09' }), false, now);
    expect(result.record.needsLook).toBe(false);
  });

  it('flags a reviewed record whose effective value changed', () => {
    const stored = { ...newLibraryRecord(makeParsed({ id: 'r_1' }), now), status: 'reviewed' as const };
    const result = mergeParsed(stored, makeParsed({ id: 'r_2', affectedCount: 99 }), false, now);
    expect(result.record).toMatchObject({ needsLook: true, status: 'reviewed' });
  });

  it('applies a newer parser over the same text, never an older one', () => {
    const stored = newLibraryRecord(makeParsed({ id: 'r_1', parserVersion: '1.2.0' }), now);
    const newer = mergeParsed(
      stored,
      makeParsed({ id: 'r_1', parserVersion: '1.10.0', affectedCount: 7 }),
      true,
      now,
    );
    expect(newer.outcome).toBe('updated');
    expect(newer.record.extracted.affectedCount.value).toBe(7);
    const older = mergeParsed(
      stored,
      makeParsed({ id: 'r_1', parserVersion: '1.1.0', affectedCount: 7 }),
      true,
      now,
    );
    expect(older.outcome).toBe('unchanged');
  });

  it('never goes back to an older version of the post', () => {
    const stored = newLibraryRecord(makeParsed({ id: 'r_2', affectedCount: 36 }), now);
    const result = mergeParsed(stored, makeParsed({ id: 'r_1', affectedCount: 35 }), true, now);
    expect(result.outcome).toBe('unchanged');
    expect(result.record.extracted.affectedCount.value).toBe(36);
  });
});

describe('compareVersions', () => {
  it('compares numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.0', '1.0.0')).toBe(-1);
  });
});
