/**
 * The published JSON Schema of the bundle, generated from the zod schema so the two cannot
 * drift: `npm run schema` writes it to resources/schema/bundle-v1.schema.json (and compiles it
 * to a validator, see scripts/schema-artifacts.ts); a unit test fails when a committed file
 * differs from what would be generated now.
 */
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleSchema } from './format';

export const BUNDLE_SCHEMA_ID = `urn:${BUNDLE_FORMAT}:v${BUNDLE_VERSION}`;

export function bundleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(BundleSchema, { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: BUNDLE_SCHEMA_ID, title: `${BUNDLE_FORMAT} v${BUNDLE_VERSION}`, ...rest };
}
