/**
 * TEMPORARY stand-ins for the field extractors (./extractors, written in parallel). They keep the
 * pipeline runnable until the real ones land; field-extractors.ts switches over. Delete then.
 */
import type { Category, CountMention, DataType, Extracted, LeakStatus, OrgType } from '@shared/record';
import type { ExtractorResult, PostContext } from './types';

const none = <T>(value: T): ExtractorResult<T> => ({ value, evidence: [], confidence: 0 });

export const extractOrganization = (ctx: PostContext): ExtractorResult<string | null> => {
  const m = /^\S+/.exec(ctx.header.title);
  if (!m) return none(null);
  const s = ctx.header.titleSpan.start;
  return { value: m[0], evidence: [{ start: s, end: s + m[0].length }], confidence: 0.3 };
};
export const extractOrgType = (_ctx: PostContext): ExtractorResult<OrgType> => none('other');
export const extractCategories = (_ctx: PostContext): ExtractorResult<Category[]> => none([]);
export const extractDataTypes = (_ctx: PostContext): ExtractorResult<DataType[]> => none([]);
export const extractAffectedCount = (_ctx: PostContext): ExtractorResult<number | null> => none(null);
export const extractCounts = (_ctx: PostContext): ExtractorResult<CountMention[]> => none([]);
export const extractLeakStatus = (_ctx: PostContext): ExtractorResult<LeakStatus> => none('unknown');
export const extractIncidentDate = (_ctx: PostContext): ExtractorResult<string | null> => none(null);
export const extractDiscoveryDate = (_ctx: PostContext): ExtractorResult<string | null> => none(null);
export const extractRelatedOrganizations = (_ctx: PostContext): ExtractorResult<Extracted<string>[]> =>
  none([]);
