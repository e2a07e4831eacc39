/**
 * `npm run bench`: runs every bench module below in turn. To add one, write bench/<name>.ts
 * exporting a BenchModule and list it here. `npm run bench -- parser` runs only the named ones.
 */
import { exportBench } from './export';
import { parserBench } from './parser';
import { reviewBench } from './review';
import type { BenchModule } from './types';

const MODULES: BenchModule[] = [parserBench, exportBench, reviewBench];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let ok = true;
for (const mod of MODULES) {
  if (only.length && !only.includes(mod.name)) continue;
  console.log(`\n== ${mod.name} ==`);
  try {
    if (!(await mod.run())) ok = false;
  } catch (error) {
    ok = false;
    console.error(`${mod.name}: ${(error as Error).stack ?? String(error)}`);
  }
}
process.exitCode = ok ? 0 : 1;
