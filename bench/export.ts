/**
 * Export of 100 000 library records (realistic size: ~1 500-character posts, evidence on every
 * field) in each format, and reading the bundle back (parse, schema check, hash check).
 * Baseline in the same run: plain JSON.stringify of the same records. Target: bundle < 5 s.
 */
import { createHash } from 'node:crypto';
import { exportLibraryRecords, exportText } from '../src/shared/bundle/export';
import type { ExportFormat } from '../src/shared/bundle/format';
import { readBundleText } from '../src/shared/bundle/read';
import { makeLibrary } from '../tests/unit/export/fixtures';
import type { BenchModule } from './types';

const COUNT = Number(process.env.BENCH_EXPORT_RECORDS ?? 100_000);
const TARGET_SECONDS = 5;
const META = {
  generator: { name: 'bench', version: '0', parserVersion: '0' },
  selection: { statuses: ['reviewed' as const], tags: [], filter: null },
};

/** Wall time, and CPU time too: on a shared machine the wall time also counts other processes. */
async function time<T>(run: () => T | Promise<T>): Promise<{ value: T; seconds: number; cpu: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const line = (label: string, t: { seconds: number; cpu: number }, extra = '') =>
  console.log(
    `${label.padEnd(24)} ${t.seconds.toFixed(2).padStart(6)} s (cpu ${t.cpu.toFixed(2).padStart(5)} s) ${Math.round(
      COUNT / t.seconds,
    )
      .toLocaleString('en')
      .padStart(8)} records/s ${extra}`,
  );

export const exportBench: BenchModule = {
  name: 'export',
  async run() {
    const records = makeLibrary(COUNT);
    console.log(`${COUNT.toLocaleString('en')} records`);
    const baseline = await time(() => JSON.stringify(records));
    line('baseline JSON.stringify', baseline, `(${(baseline.value.length / 1e6).toFixed(0)} MB)`);

    let ok = true;
    let bundleText = '';
    for (const format of ['bundle', 'jsonl', 'csv'] as ExportFormat[]) {
      // As the CLI exports: the records hash on node:crypto.
      const run = await time(() =>
        exportLibraryRecords(records, format, META, { sha256: createHash('sha256') }),
      );
      const { value, seconds } = run;
      if (format === 'bundle') {
        bundleText = exportText(value);
        if (seconds >= TARGET_SECONDS) ok = false;
      }
      line(
        `export ${format}`,
        run,
        `(${(value.parts.reduce((n, part) => n + part.length, 0) / 1e6).toFixed(0)} MB, ${(seconds / baseline.seconds).toFixed(1)}× baseline)`,
      );
    }
    const read = await time(() => readBundleText('bench.json', bundleText));
    line('read + check bundle', read);
    console.log(`target: bundle export < ${TARGET_SECONDS} s → ${ok ? 'met' : 'MISSED'}`);
    return ok;
  },
};
