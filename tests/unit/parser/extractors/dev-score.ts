/**
 * Dev scorer for the field extractors: splits the shared dumps by the gold startLine/endLine,
 * runs the extractors and compares with gold field by field.
 *
 *   npx tsx tests/unit/parser/extractors/dev-score.ts [SHARED_DIR] [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as X from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

interface Gold {
  startLine: number;
  endLine: number;
  kind: string;
  [k: string]: unknown;
}

const args = process.argv.slice(2);
const shared = args.find((a) => !a.startsWith('--')) ?? '../shared';
const verbose = args.includes('--verbose');
const hits: Record<string, number> = {};
const sets: Record<string, { tp: number; fp: number; fn: number }> = {};
let n = 0;
const misses: string[] = [];

for (const f of readdirSync(join(shared, 'gold')).filter((x) => x.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(join(shared, 'gold', f), 'utf8')) as { dump: string; posts: Gold[] };
  const dumpLines = readFileSync(join(shared, 'dumps', doc.dump), 'utf8').split(/\r?\n/);
  for (const g of doc.posts) {
    if (g.kind !== 'incident') continue;
    n++;
    const ctx = makeContext(dumpLines.slice(g.startLine - 1, g.endLine).join('\n'));
    const org = X.extractOrganization(ctx);
    const counts = X.extractCounts(ctx);
    const got: Record<string, unknown> = {
      organization: org.value,
      orgType: X.extractOrgType(ctx, org.value).value,
      categories: X.extractCategories(ctx).value,
      dataTypes: X.extractDataTypes(ctx).value,
      affectedCount: X.extractAffectedCount(ctx, counts.value).value,
      leakStatus: X.extractLeakStatus(ctx).value,
    };
    const where = `${doc.dump}:${g.startLine} ${String(g.title).slice(0, 30)}`;
    for (const [k, v] of Object.entries(got)) {
      const want = g[k] ?? null;
      if (Array.isArray(v)) {
        const s = (sets[k] ??= { tp: 0, fp: 0, fn: 0 });
        const w = new Set(want as string[]);
        const gs = new Set(v as string[]);
        for (const x of gs) {
          if (w.has(x)) s.tp++;
          else s.fp++;
        }
        for (const x of w) if (!gs.has(x)) s.fn++;
        if (k === 'categories') {
          hits.primaryCategory = (hits.primaryCategory ?? 0) + (v[0] === (want as string[])[0] ? 1 : 0);
          if (JSON.stringify(v) !== JSON.stringify(want)) misses.push(`${where} ${k}: got ${v} want ${want}`);
        } else if ([...gs].sort().join() !== [...w].sort().join())
          misses.push(`${where} ${k}: got ${[...gs]} want ${[...w]}`);
      } else {
        const norm = (x: unknown) =>
          typeof x === 'string' ? x.normalize('NFKC').replace(/\s+/g, ' ').trim() : x;
        if (norm(v) === norm(want)) hits[k] = (hits[k] ?? 0) + 1;
        else {
          hits[k] = hits[k] ?? 0;
          misses.push(`${where} ${k}: got ${JSON.stringify(v)} want ${JSON.stringify(want)}`);
        }
      }
    }
  }
}
const pct = (x: number) => Math.round((1000 * x) / n) / 10;
for (const [k, v] of Object.entries(hits)) console.log(`${k.padEnd(16)} ${pct(v)}%`);
for (const [k, s] of Object.entries(sets))
  console.log(`${(k + 'F1').padEnd(16)} ${Math.round((1000 * 2 * s.tp) / (2 * s.tp + s.fp + s.fn)) / 10}%`);
if (verbose) for (const m of misses) console.log('  miss ' + m);
