/**
 * Child process of the parser bench: parses one dump file as the app and the CLI do (read in
 * chunks by parseDumpFile, never held whole) and prints a JSON line with time and memory, so the
 * parse's peak RSS is not mixed with the bench's own allocations.
 */
import { statSync } from 'node:fs';
import { parseDumpFile } from '../src/main/parser';
import type { ExtractedFields } from '../src/main/parser/field-extractors';

const file = process.argv[2]!;
/** `--pipeline-only`: field extractors replaced by empty results, to time the rest alone. */
const pipelineOnly = process.argv.includes('--pipeline-only');
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
const tRead = performance.now();
const cpu0 = process.cpuUsage();
let heapPeak = 0;
let records = 0;
const sample = () => {
  const m = process.memoryUsage();
  heapPeak = Math.max(heapPeak, m.heapUsed + m.external); // external includes arrayBuffers
};
// parseDump is synchronous, so a timer would never fire: sample from its callbacks instead.
const summary = parseDumpFile(file, {
  file,
  onRecords: (batch) => {
    records += batch.length;
    sample();
  },
  onProgress: sample,
  ...(pipelineOnly ? { extractFields: () => noFields } : {}),
});
const tParse = performance.now();
const cpu = process.cpuUsage(cpu0);
sample();
console.log(
  JSON.stringify({
    bytes: statSync(file).size,
    /** Reading is part of the parse: the file is read in chunks as it is decoded. */
    readMs: 0,
    parseMs: tParse - tRead,
    /** CPU time of the parse (user + system): steadier than wall time on a busy machine. */
    parseCpuMs: (cpu.user + cpu.system) / 1000,
    posts: summary.posts,
    incidents: summary.incidents,
    records,
    heapPeak,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
