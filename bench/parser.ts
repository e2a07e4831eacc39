/**
 * Parser throughput and memory on a ≥100 MB dump made of the real dumps (case ids renumbered so
 * every incident is distinct). Compared in the same run with a baseline that only reads, decodes
 * and runs one regex over the same bytes. Targets: ≥ 20 MB/s, ≥ 25 % of baseline, peak RSS < 3×.
 */
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchModule } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const DUMPS = resolve(here, '../../shared/dumps');
const DATA = join(here, '.data');
const MB = 1024 * 1024;
const TARGET_MB = Number(process.env.BENCH_PARSER_MB ?? 100);

const TARGETS = { mbPerSec: 20, ofBaseline: 0.25, memoryRatio: 3 };

/** Concatenates the real dumps until `targetMb`, renumbering `#YYYY-NNN` per copy. */
export function buildDump(targetMb: number): string {
  const file = join(DATA, `dump-${targetMb}mb.txt`);
  if (existsSync(file) && statSync(file).size >= targetMb * MB) return file;
  mkdirSync(DATA, { recursive: true });
  const sources = readdirSync(DUMPS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(DUMPS, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  let serial = 0;
  for (let copy = 0; size < targetMb * MB; copy++) {
    for (const text of sources) {
      const renumbered = text.replace(/#(\d{4})(-\d+)?】/g, () => {
        serial++;
        return `#${3000 + Math.floor(serial / 10000)}-${String(serial % 10000).padStart(4, '0')}】`;
      });
      const chunk = renumbered + '\n\n';
      parts.push(chunk);
      size += Buffer.byteLength(chunk);
    }
  }
  writeFileSync(file, parts.join(''));
  return file;
}

/** Read + decode + one regex pass: the floor any parser of these bytes pays. */
function baseline(file: string): { ms: number; matches: number } {
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8').decode(bytes);
  let matches = 0;
  for (const _m of text.matchAll(/^【セキュリティ事件簿#[^】]*】/gm)) matches++;
  return { ms: performance.now() - t0, matches };
}

interface ChildResult {
  bytes: number;
  readMs: number;
  parseMs: number;
  posts: number;
  incidents: number;
  records: number;
  heapPeak: number;
  maxRss: number;
  parseCpuMs: number;
  /** Characters of JSON written (JSON-lines runs only). */
  outChars: number;
}

/**
 * The child bundled by esbuild, as the app ships the parser (electron-vite bundles it into the
 * main process's parse-job chunk): plain node runs it, without tsx's loader in the process.
 * `BENCH_PARSER_TSX=1` runs the TypeScript source through tsx instead (the former figure).
 */
function childCommand(): string[] {
  if (process.env.BENCH_PARSER_TSX === '1') return ['--import', 'tsx', join(here, 'parser-child.ts')];
  return [bundle('parser-child', join(here, 'parser-child.ts'))];
}

/** The segment worker of the parallel reader, bundled as electron-vite bundles it for the app. */
function workerBundle(): string {
  return bundle('segment-worker', resolve(here, '../src/main/parser/segment-worker.ts'));
}

function bundle(name: string, entry: string): string {
  const outfile = join(DATA, `${name}.cjs`);
  mkdirSync(DATA, { recursive: true });
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs', // iconv-lite's require('buffer') needs CommonJS
    target: 'node20',
    tsconfig: resolve(here, '../tsconfig.node.json'),
    logLevel: 'warning',
  });
  return outfile;
}

function parseInChild(command: string[], file: string, ...flags: string[]): ChildResult {
  const out = execFileSync(process.execPath, [...command, file, ...flags], {
    cwd: resolve(here, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

const fmt = (n: number, d = 1) => n.toFixed(d);

export const parserBench: BenchModule = {
  name: 'parser',
  async run() {
    if (!existsSync(DUMPS)) {
      console.log(`skipped: ${DUMPS} not found`);
      return true;
    }
    const file = buildDump(TARGET_MB);
    const size = statSync(file).size;
    const sizeMb = size / MB;
    console.log(`input: ${file} (${fmt(sizeMb)} MB)`);

    baseline(file); // warm the page cache and the regex
    // The median of three: one run swings between about 110 and 230 MB/s on this machine.
    const runs = [baseline(file), baseline(file), baseline(file)].sort((a, b) => a.ms - b.ms);
    const base = runs[1]!;
    const baseMbs = sizeMb / (base.ms / 1000);
    console.log(
      `baseline (read + decode + 1 regex pass): ${fmt(base.ms, 0)} ms, ${fmt(baseMbs)} MB/s, ${base.matches} headers ` +
        `(median of 3: ${runs.map((r) => fmt(r.ms, 0)).join(' / ')} ms)`,
    );

    const command = childCommand();
    console.log(
      `parser child: ${process.env.BENCH_PARSER_TSX === '1' ? 'TypeScript via tsx' : 'esbuild bundle'}`,
    );
    const r = parseInChild(command, file);
    const pipe = parseInChild(command, file, '--pipeline-only');
    const mbsOf = (c: ChildResult) => sizeMb / ((c.readMs + c.parseMs) / 1000);
    const mbs = mbsOf(r);
    const pipeMbs = mbsOf(pipe);
    const memOf = (c: ChildResult) => c.maxRss / size;
    const extractorShare = 1 - pipe.parseCpuMs / r.parseCpuMs;
    console.log(
      `parser, one thread, records (as the app's parse worker): ${fmt(r.parseMs, 0)} ms, ${fmt(mbs)} MB/s — ` +
        `${r.posts} posts, ${r.incidents} incidents`,
    );
    console.log(
      `  of which field extractors: ${fmt(extractorShare * 100, 0)} % of parse CPU time; ` +
        `without them: ${fmt(pipeMbs)} MB/s (${fmt((100 * pipeMbs) / baseMbs)} % of baseline)`,
    );
    // Wall time suffers most when the machine is busy; the parse's CPU time is a steadier witness.
    console.log(
      `  parse CPU time: ${fmt(r.parseCpuMs, 0)} ms (${fmt(sizeMb / (r.parseCpuMs / 1000))} MB/s of CPU); ` +
        `without extractors ${fmt(pipe.parseCpuMs, 0)} ms`,
    );
    console.log(
      `  peak RSS: ${fmt(r.maxRss / MB)} MB = ${fmt(memOf(r), 2)}× input; ` +
        `JS heap + buffers high-water: ${fmt(r.heapPeak / MB)} MB; without extractors ${fmt(pipe.maxRss / MB)} MB`,
    );

    // The CLI's path: JSON lines, in one thread and in two worker threads (../src/main/parser/parallel).
    const configs: { label: string; run: ChildResult }[] = [{ label: 'one thread (app)', run: r }];
    if (process.env.BENCH_PARSER_TSX === '1')
      console.log('CLI path: not measured under tsx (no worker bundle)');
    else {
      const worker = workerBundle();
      const one = parseInChild(command, file, '--json');
      const two = parseInChild(command, file, '--json', '--threads', '2', '--worker', worker);
      for (const [label, c] of [
        ['1 thread ', one],
        ['2 threads', two],
      ] as const)
        console.log(
          `CLI path, JSON lines, ${label}: ${fmt(c.parseMs, 0)} ms, ${fmt(mbsOf(c))} MB/s ` +
            `(${fmt((100 * mbsOf(c)) / baseMbs)} % of baseline), CPU ${fmt(c.parseCpuMs, 0)} ms, ` +
            `peak RSS ${fmt(c.maxRss / MB)} MB = ${fmt(memOf(c), 2)}× input, ${fmt(c.outChars / MB)} M chars`,
        );
      console.log(`  two threads ÷ one: ${fmt(mbsOf(two) / mbsOf(one), 2)}×`);
      if (two.outChars !== one.outChars || two.records !== one.records)
        console.log(
          `! two threads wrote ${two.outChars} chars in ${two.records} lines, one thread ${one.outChars} in ${one.records}`,
        );
      configs.push({ label: 'two threads (CLI)', run: two });
    }
    if (r.incidents !== base.matches) console.log(`! incidents ${r.incidents} ≠ headers ${base.matches}`);

    // One verdict line per target and configuration, so a run can be read (or grepped) at a glance.
    let met: string | null = null;
    for (const { label, run } of configs) {
      const m = mbsOf(run);
      const checks: [boolean, string][] = [
        [m >= TARGETS.mbPerSec, `throughput ${fmt(m)} MB/s ≥ ${TARGETS.mbPerSec} MB/s`],
        [
          m / baseMbs >= TARGETS.ofBaseline,
          `parser ÷ baseline ${fmt((100 * m) / baseMbs)} % ≥ ${TARGETS.ofBaseline * 100} %`,
        ],
        [memOf(run) < TARGETS.memoryRatio, `peak RSS ${fmt(memOf(run), 2)}× input < ${TARGETS.memoryRatio}×`],
        [run.incidents === base.matches, `incidents ${run.incidents} = casebook headers ${base.matches}`],
      ];
      for (const [pass, what] of checks) console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${what}`);
      if (checks.every(([pass]) => pass)) met ??= label;
    }
    console.log(met ? `all targets met (${met})` : 'TARGET MISSED');
    return met !== null;
  },
};
