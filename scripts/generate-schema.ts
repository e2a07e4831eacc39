/** `npm run schema`: writes the bundle's JSON Schema and its compiled validator. */
import { writeFileSync } from 'node:fs';
import { schemaArtifacts } from './schema-artifacts';

for (const { path, text } of await schemaArtifacts()) {
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
