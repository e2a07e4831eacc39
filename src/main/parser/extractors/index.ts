/**
 * Field extractors: pure functions of a PostContext returning a value, evidence spans into
 * ctx.text (the NFKC-normalised post text), a confidence in [0,1] and optional warnings.
 *
 * Suggested call order for a record (later ones reuse earlier values):
 *   const organization = extractOrganization(ctx);
 *   const orgType = extractOrgType(ctx, organization.value);
 *   const categories = extractCategories(ctx);
 *   const counts = extractCounts(ctx);
 *   const affectedCount = extractAffectedCount(ctx, counts.value);
 *   const leakStatus = extractLeakStatus(ctx, categories.value);
 *   const related = extractRelatedOrganizations(ctx, organization.value);
 */

/** Organisation the release is from/about: title's first token, leading name, or body fallback. */
export { extractOrganization } from './organization';

/** Organisation type from the name (`(ctx, organization)`), body self-references as fallback. */
export { extractOrgType, classifyOrganization } from './orgType';

/** Every category that applies, most specific first; `['other']` when no cue is found. */
export { extractCategories } from './categories';

/** Kinds of personal data named as exposed or possibly exposed; empty when none is named. */
export { extractDataTypes } from './dataTypes';

/** Every count mention (`約 928 万人分` → 9280000) with unit, qualifier and span. */
export { extractCounts, parseKanjiNumber, parseNumber } from './counts';

/** Headline affected count from the count mentions (`(ctx, counts)`); warns no_count / conflicting_counts. */
export { extractAffectedCount } from './affectedCount';

/** confirmed / possible / none / unknown; `(ctx, categories?)` reuses already extracted categories. */
export { extractLeakStatus } from './leakStatus';

/** Incident and discovery dates (ISO); `warekiToYear` / `parseJapaneseDates` convert 和暦 and partial dates. */
export { extractIncidentDate, extractDiscoveryDate, warekiToYear, parseJapaneseDates } from './dates';
export type { DateMention } from './dates';

/** Contractors, subsidiaries and other bodies named in the body (`(ctx, organization?)`). */
export { extractRelatedOrganizations } from './relatedOrganizations';
