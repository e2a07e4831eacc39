import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaArtifacts } from '../../../scripts/schema-artifacts';

describe('generated schema files', () => {
  it('are fresh: the committed JSON Schema and validator match the zod schema (run `npm run schema`)', async () => {
    for (const { path, text } of await schemaArtifacts()) {
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run schema`).toBe(text);
    }
  });
});
