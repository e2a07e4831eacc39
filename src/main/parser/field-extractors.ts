/**
 * The one place that knows the field extractors (./extractors) and their call order; the record
 * assembler sees a fixed shape. Each extractor runs guarded: one that throws on an odd post
 * yields its empty value and an `extractor_failed` warning instead of sinking the dump.
 */
import type {
  Category,
  CountMention,
  DataType,
  Extracted,
  LeakStatus,
  OrgType,
  RecordWarning,
} from '@shared/record';
import {
  extractAffectedCount,
  extractCategories,
  extractCounts,
  extractDataTypes,
  extractDiscoveryDate,
  extractIncidentDate,
  extractLeakStatus,
  extractOrgType,
  extractOrganization,
  extractRelatedOrganizations,
} from './extractors';
import type { ExtractorResult, PostContext } from './types';

export interface ExtractedFields {
  organization: ExtractorResult<string | null>;
  orgType: ExtractorResult<OrgType>;
  categories: ExtractorResult<Category[]>;
  dataTypes: ExtractorResult<DataType[]>;
  counts: ExtractorResult<CountMention[]>;
  affectedCount: ExtractorResult<number | null>;
  leakStatus: ExtractorResult<LeakStatus>;
  incidentDate: ExtractorResult<string | null>;
  discoveryDate: ExtractorResult<string | null>;
  relatedOrganizations: ExtractorResult<Extracted<string>[]>;
}

function guarded<T>(field: string, fallback: T, fn: () => ExtractorResult<T>): ExtractorResult<T> {
  try {
    return fn();
  } catch (error) {
    const warning: RecordWarning = {
      code: 'extractor_failed',
      message: `${field}: ${(error as Error).message}`,
    };
    return { value: fallback, evidence: [], confidence: 0, warnings: [warning] };
  }
}

/** Runs every field extractor in dependency order (later ones reuse earlier values). */
export function extractFields(ctx: PostContext): ExtractedFields {
  const organization = guarded('organization', null, () => extractOrganization(ctx));
  const orgType = guarded<OrgType>('orgType', 'other', () => extractOrgType(ctx, organization.value));
  const categories = guarded<Category[]>('categories', [], () => extractCategories(ctx));
  const dataTypes = guarded<DataType[]>('dataTypes', [], () => extractDataTypes(ctx));
  const counts = guarded<CountMention[]>('counts', [], () => extractCounts(ctx));
  const affectedCount = guarded('affectedCount', null, () => extractAffectedCount(ctx, counts.value));
  const leakStatus = guarded<LeakStatus>('leakStatus', 'unknown', () =>
    extractLeakStatus(ctx, categories.value),
  );
  const incidentDate = guarded('incidentDate', null, () => extractIncidentDate(ctx));
  const discoveryDate = guarded('discoveryDate', null, () => extractDiscoveryDate(ctx));
  const relatedOrganizations = guarded<Extracted<string>[]>('relatedOrganizations', [], () =>
    extractRelatedOrganizations(ctx, organization.value),
  );
  return {
    organization,
    orgType,
    categories,
    dataTypes,
    counts,
    affectedCount,
    leakStatus,
    incidentDate,
    discoveryDate,
    relatedOrganizations,
  };
}
