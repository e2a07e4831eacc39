/**
 * Child process of the parser bench: parses one dump file as the app and the CLI do (read in
 * chunks, never held whole) and prints a JSON line with time and memory, so the parse's peak RSS
 * is not mixed with the bench's own allocations.
 *
 *   parser-child FILE                      records, in this thread (as the app's parse worker)
 *   parser-child FILE --pipeline-only      the same with the field extractors replaced by empty results
 *   parser-child FILE --json [--threads N] JSON lines as the CLI writes them, N worker threads
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { parseDumpFile } from '../src/main/parser';
import { fileSource } from '../src/main/parser/decode';
import type { ExtractedFields } from '../src/main/parser/field-extractors';
import { parseSourceInParallel } from '../src/main/parser/parallel';
import type { DumpParseSummary } from '../src/main/parser/reader';

const file = process.argv[2]!;
const flag = (name: string) => process.argv.includes(name);
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** `--pipeline-only`: field extractors replaced by empty results, to time the rest alone. */
const pipelineOnly = flag('--pipeline-only');
const json = flag('--json');
const threads = Number(option('--threads') ?? 1);
/** The bundled ./segment-worker, built by the bench next to this child's bundle. */
const workerFile = option('--worker');

const none = { evidence: [], confidence: 0 };
const noFields: ExtractedFields = {
  organization: { ...none, value: null },
  orgType: { ...none, value: 'other' },
  categories: { ...none, value: [] },
  dataTypes: { ...none, value: [] },
  counts: { ...none, value: [] },
  affectedCount: { ...none, value: null },
  leakStatus: { ...none, value: 'unknown' },
  incidentDate: { ...none, value: null },
  discoveryDate: { ...none, value: null },
  relatedOrganizations: { ...none, value: [] },
};

let heapPeak = 0;
let records = 0;
let outChars = 0;
const sample = () => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed + m.external); // external includes arrayBuffers
};

async function parse(): Promise<DumpParseSummary> {
  if (!json)
    // parseDump is synchronous, so a timer would never fire: sample from its callbacks instead.
    return parseDumpFile(file, {
      file,
      onRecords: (batch) => {
        records += batch.length;
        sample();
      },
      onProgress: sample,
      ...(pipelineOnly ? { extractFields: () => noFields } : {}),
    });
  if (threads > 1 && !workerFile) throw new Error('--threads needs --worker');
  return parseSourceInParallel(
    fileSource(file),
    {
      file,
      onProgress: sample,
      deliver: {
        as: 'json',
        onJsonLines: (lines) => {
          records += lines.length;
          for (const l of lines) outChars += l.length + 1;
          sample();
        },
      },
    },
    { createWorker: () => new Worker(workerFile!), threads },
  );
}

async function main() {
  const tRead = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = await parse();
  const tParse = performance.now();
  const cpu = process.cpuUsage(cpu0);
  sample();
  console.log(
    JSON.stringify({
      bytes: statSync(file).size,
      /** Reading is part of the parse: the file is read in chunks as it is decoded. */
      readMs: 0,
      parseMs: tParse - tRead,
      /** CPU time of the whole process (user + system, every thread): steadier than wall time. */
      parseCpuMs: (cpu.user + cpu.system) / 1000,
      posts: summary.posts,
      incidents: summary.incidents,
      records,
      outChars,
      heapPeak,
      maxRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

// A CommonJS bundle (see parser.ts): no top-level await.
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
