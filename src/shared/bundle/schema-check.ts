/**
 * Checks data against the published JSON Schema with ajv's precompiled validator, so it runs
 * anywhere (renderer under its CSP, main, CLI) without compiling code at run time.
 */
import type { ErrorObject } from 'ajv';
import * as generated from './validate-bundle-v1.generated';

/** One schema violation: where (a JSON path like `$.records[3].values.orgType`) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const { validateBundle, validateRecord } = generated as unknown as Record<
  'validateBundle' | 'validateRecord',
  Validator
>;

function run(validate: Validator, data: unknown, prefix: string): SchemaIssue[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({
    path: prefix + jsonPath(e.instancePath).slice(1),
    message: describe(e),
  }));
}

/** A whole bundle `{ manifest, records }`. */
export const checkBundleSchema = (data: unknown): SchemaIssue[] => run(validateBundle, data, '$');

/** One record, by the bundle schema's own `records.items`; paths say where it sits in the bundle. */
export const checkRecordSchema = (record: unknown, index: number): SchemaIssue[] =>
  checkRecordAt(record, `$.records[${index}]`);

/** One record, with paths under `at` (a JSON path to where it sits). */
export const checkRecordAt = (record: unknown, at: string): SchemaIssue[] => run(validateRecord, record, at);

function describe(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties')
    return `has an unknown field "${String(params['additionalProperty'])}"`;
  if (e.keyword === 'enum') return `${e.message ?? 'is invalid'}: ${JSON.stringify(params['allowedValues'])}`;
  return e.message ?? 'is invalid';
}

/** ajv's instancePath (`/records/3/values/orgType`) as a JSON path (`$.records[3].values.orgType`). */
export function jsonPath(pointer: string): string {
  const step = (raw: string) => {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) return `[${part}]`;
    return /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`;
  };
  return `$${pointer.split('/').slice(1).map(step).join('')}`;
}
