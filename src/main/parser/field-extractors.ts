/**
 * The one place that knows where the field extractors live and what shape they return, so the
 * record assembler depends on a fixed interface.
 */
import type { Category, CountMention, DataType, Extracted, LeakStatus, OrgType } from '@shared/record';
import * as x from './fallback-extractors';
import type { ExtractorResult, PostContext } from './types';

export interface FieldExtractors {
  organization: (ctx: PostContext) => ExtractorResult<string | null>;
  orgType: (ctx: PostContext) => ExtractorResult<OrgType>;
  categories: (ctx: PostContext) => ExtractorResult<Category[]>;
  dataTypes: (ctx: PostContext) => ExtractorResult<DataType[]>;
  affectedCount: (ctx: PostContext) => ExtractorResult<number | null>;
  counts: (ctx: PostContext) => ExtractorResult<CountMention[]>;
  leakStatus: (ctx: PostContext) => ExtractorResult<LeakStatus>;
  incidentDate: (ctx: PostContext) => ExtractorResult<string | null>;
  discoveryDate: (ctx: PostContext) => ExtractorResult<string | null>;
  relatedOrganizations: (ctx: PostContext) => ExtractorResult<Extracted<string>[]>;
}

export const fieldExtractors: FieldExtractors = {
  organization: x.extractOrganization,
  orgType: x.extractOrgType,
  categories: x.extractCategories,
  dataTypes: x.extractDataTypes,
  affectedCount: x.extractAffectedCount,
  counts: x.extractCounts,
  leakStatus: x.extractLeakStatus,
  incidentDate: x.extractIncidentDate,
  discoveryDate: x.extractDiscoveryDate,
  relatedOrganizations: x.extractRelatedOrganizations,
};
