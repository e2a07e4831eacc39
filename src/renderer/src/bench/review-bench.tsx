/**
 * BENCH MODE ONLY. The page bench/review.ts drives in Chromium: it runs the app's real import
 * path (the import worker's RecordWriter → importParsedBatch → Dexie; or the page's), a plain Dexie bulkPut of the same objects,
 * and the real ReviewView at 100 000 records. The hooks live on `window.__reviewBench`, which
 * exists only in this separately built page.
 */
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createRoot } from 'react-dom/client';
import type { ParsedRecord } from '@shared/record';
import { db, LibrarianDatabase } from '../db/database';
import { newLibraryRecord } from '@shared/library';
import { putRecords } from '../db/write-records';
import { api } from '../api';
import { checkLines } from '@shared/bundle/check-lines';
import { storedSegments } from '../features/export/library-source';
import { runExport } from '../features/export/run-export';
import { bundleSelection, selectionFilter } from '../features/export/selection';
import type { SelectionChoice } from '../features/export/selection';
import { RecordWriter } from '../features/import/record-writer';
import type { RecordSink } from '../features/import/record-writer';
import { startImportWorker } from '../features/import/import-worker';
import { startRecordSink, WorkerRecordWriter } from '../features/import/worker-record-writer';
import { useLibraryCache } from '../features/library/library-cache';
import { DEFAULT_FILTER, filterRows, sortRows, DEFAULT_SORT } from '../features/review/filter';
import type { ReviewFilter } from '../features/review/filter';
import { ReviewView } from '../features/review/ReviewView';
import { useReviewStore } from '../features/review/store';
import { initI18n } from '../i18n';

const PARSE_EVENT_BATCH = 200; // what the parse job sends per 'records' event

/** `count` distinct posts made from real parsed templates (new ids and case ids, same texts), numbered from `from`. */
function makeRecords(templates: ParsedRecord[], count: number, seed: string, from = 0): ParsedRecord[] {
  const records: ParsedRecord[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const i = from + k;
    const template = templates[i % templates.length]!;
    const caseId = `${3000 + Math.floor(i / 10000)}-${String(i % 10000).padStart(4, '0')}`;
    records[k] = {
      ...template,
      id: `r_${seed}_${i}`,
      caseId: { ...template.caseId, value: template.kind === 'incident' ? caseId : null },
      text: `${template.text}\n#${i}`,
    };
  }
  return records;
}

/** The longest the main thread went without running a 0 ms timer: how long the UI froze. */
function watchStalls() {
  let last = performance.now();
  let worst = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    running = false;
    return worst;
  };
}

async function freshDatabase(name: string): Promise<LibrarianDatabase> {
  const database = new LibrarianDatabase(name);
  await database.delete();
  await database.open();
  return database;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Fills the app's own database with `count` records (setup for the review measures). */
async function fill(templates: ParsedRecord[], count: number) {
  await Promise.all([db.records.clear(), db.rows.clear(), db.bundleLines.clear()]);
  const now = Date.now();
  const records = makeRecords(templates, count, 'lib').map((r, i) => ({
    ...newLibraryRecord(r, now),
    status: i % 3 === 0 ? ('reviewed' as const) : ('draft' as const),
  }));
  for (let i = 0; i < records.length; i += 10_000) await putRecords(db, records.slice(i, i + 10_000));
  return db.records.count();
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as { inner?: unknown }).inner;
    return `${error.name}: ${error.message}${inner ? ` (${describe(inner)})` : ''}`;
  }
  return String(error);
}

const bench = {
  /**
   * The app's import path. Batches arrive as the parse job's events do: made as they come and
   * pushed while writes are under way, at most LEAD records ahead of what is stored (a parser
   * that keeps ahead of the writer), so the page holds what is queued, not the whole dump.
   * `upfront`: all records made before the clock starts and pushed at once (the page then
   * holds 50 000 parsed posts through the import, and collecting garbage costs more).
   */
  async importViaApp(templates: ParsedRecord[], count: number, upfront = false, onPage = false) {
    const LEAD = 2000;
    const ready = upfront ? makeRecords(templates, count, 'app') : null;
    const database = await freshDatabase('bench-app');
    let written: () => void = () => {};
    const onWritten = () => written();
    // The app's choice (startRecordSink: the import worker, or the page if it cannot start);
    // `onPage` forces the page's writer, to compare the two in one run.
    const writer: RecordSink = onPage
      ? new RecordWriter(database, onWritten)
      : await startRecordSink(database, startImportWorker, { onWritten });
    const sink = writer instanceof WorkerRecordWriter ? 'worker' : 'page';
    const stop = watchStalls();
    const start = performance.now();
    for (let i = 0; i < count; i += PARSE_EVENT_BATCH) {
      const n = Math.min(PARSE_EVENT_BATCH, count - i);
      while (!upfront && i - writer.stored >= LEAD) await new Promise<void>((resolve) => (written = resolve));
      writer.push('bench.txt', ready ? ready.slice(i, i + n) : makeRecords(templates, n, 'app', i));
      if ((i / PARSE_EVENT_BATCH) % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await writer.flush();
    const ms = performance.now() - start;
    const maxStallMs = stop();
    writer.close();
    const stored = await database.records.count();
    // Dropped once measured: the library measures below start from a store without it.
    await database.delete();
    return { ms, maxStallMs, stored, sink };
  },

  async plainBulkPut(templates: ParsedRecord[], count: number) {
    const now = Date.now();
    const records = makeRecords(templates, count, 'plain').map((r) => newLibraryRecord(r, now));
    const database = await freshDatabase('bench-plain');
    const stop = watchStalls();
    const start = performance.now();
    await database.records.bulkPut(records);
    const ms = performance.now() - start;
    const maxStallMs = stop();
    const stored = await database.records.count();
    // Dropped once measured: the library measures below start from a store without it.
    await database.delete();
    return { ms, maxStallMs, stored };
  },

  /** Fills the app's own database with `count` records (setup for the review measures). */
  async fillLibrary(templates: ParsedRecord[], count: number) {
    try {
      return await fill(templates, count);
    } catch (error) {
      // Playwright reports a DOMException by its message alone; say what it was.
      throw new Error(`fillLibrary: ${describe(error)}`);
    }
  },

  /** Mounts the real review screen; resolves with ms to the first list row and to all rows loaded. */
  async renderReview() {
    await initI18n('ja');
    const start = performance.now();
    createRoot(document.getElementById('root')!).render(
      <MantineProvider>
        <Notifications />
        <div style={{ height: '100vh', padding: 16 }}>
          <ReviewView />
        </div>
      </MantineProvider>,
    );
    let firstRowMs = -1;
    for (;;) {
      if (firstRowMs < 0 && document.querySelector('[data-testid="record-row"]'))
        firstRowMs = performance.now() - start;
      if (firstRowMs >= 0 && useLibraryCache.getState().status === 'ready') break;
      await nextFrame();
    }
    return {
      firstRowMs,
      allLoadedMs: performance.now() - start,
      rows: useLibraryCache.getState().rows.length,
    };
  },

  /** Median ms of filterRows over the loaded rows, and ms until the screen shows the result. */
  async filterLatency(patch: Partial<ReviewFilter>) {
    const rows = sortRows(useLibraryCache.getState().rows, DEFAULT_SORT);
    const filter = { ...DEFAULT_FILTER, ...patch };
    const times: number[] = [];
    let shown = 0;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      shown = filterRows(rows, filter).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const count = () => document.querySelector('[data-testid="review-count"]')?.textContent ?? '';
    const expected = `${shown.toLocaleString()} /`;
    const start = performance.now();
    useReviewStore.getState().setFilter(filter);
    while (!count().startsWith(expected) && performance.now() - start < 5000)
      await new Promise((r) => setTimeout(r, 0));
    const screenMs = performance.now() - start;
    useReviewStore.getState().setFilter(DEFAULT_FILTER);
    await nextFrame();
    return { medianMs: times[3]!, shown, screenMs };
  },
};

/** The whole library (any status, any tag), chosen the way the Export view chooses. */
const EXPORT_ALL: SelectionChoice = { mode: 'tags', statuses: [], tags: [], reviewFilter: DEFAULT_FILTER };

/** The Export view's ids for a choice, from the loaded library rows (as ExportPanel computes them). */
const exportIds = (choice: SelectionChoice) =>
  filterRows(useLibraryCache.getState().rows, selectionFilter(choice)).map((row) => row.id);

const exportBench = {
  /** Reading the stored lines from IndexedDB alone, as the export reads them. */
  async exportRead() {
    const ids = exportIds(EXPORT_ALL);
    const start = performance.now();
    let read = 0;
    for await (const chunk of storedSegments()) for (const segment of chunk) read += segment.ids.length;
    return { ms: performance.now() - start, selected: ids.length, read };
  },

  /**
   * The export's line checks (checkLines, as the workers run them) on the page's thread, over
   * every stored segment read first: the check's CPU alone, for a profile.
   */
  async exportCheckOnPage() {
    const chunks = [];
    for await (const chunk of storedSegments()) chunks.push(chunk);
    const start = performance.now();
    let lines = 0;
    for (const chunk of chunks) {
      const segments = chunk.map(({ data, ids }) => ({ data, ids, lines: ids.map((_, i) => i) }));
      lines += checkLines({ format: 'bundle', segments }).segments.reduce((n, s) => n + s.problems.length, 0);
    }
    return { ms: performance.now() - start, lines };
  },

  /**
   * The Export view's runExport, end to end (read, build, schema check, hash, serialise), with
   * api.saveFile answering at once instead of a save dialog / download. `builtMs` is when the
   * pipeline reaches its 'check' phase (every record read, built, checked and hashed).
   */
  async exportRun(format: 'bundle' | 'jsonl' | 'csv', allKeys = false) {
    // allKeys: every record's id from the rows table, without the review list loaded (for repeated runs).
    const ids = allKeys ? ((await db.rows.toCollection().primaryKeys()) as string[]) : exportIds(EXPORT_ALL);
    const realAppInfo = api.appInfo;
    const realSaveFile = api.saveFile;
    /** The file's size in bytes (its text parts are only the bundle's head and tail). */
    let bytes = 0;
    api.appInfo = async () => ({
      name: 'bench',
      version: '0',
      parserVersion: '0',
      runtime: 'web',
      platform: 'bench',
    });
    api.saveFile = async ({ data }) => {
      const encoder = new TextEncoder();
      // Most text parts are the ",\n" between lines: counted without encoding them.
      const size = (part: string | Uint8Array) =>
        typeof part !== 'string'
          ? part.length
          : /^[\x20-\x7e\n]*$/.test(part)
            ? part.length
            : encoder.encode(part).length;
      bytes = Array.isArray(data) ? data.reduce((n, part) => n + size(part), 0) : -1;
      return { saved: true, location: 'bench' };
    };
    const stop = watchStalls();
    const start = performance.now();
    let builtMs = -1;
    /** When each phase began, ms from the start. */
    const phases: Record<string, number> = {};
    try {
      const outcome = await runExport(ids, format, bundleSelection(EXPORT_ALL), (p) => {
        phases[p.phase] ??= performance.now() - start;
        if (builtMs < 0 && p.phase === 'check') builtMs = performance.now() - start;
      });
      return {
        ms: performance.now() - start,
        builtMs,
        phases,
        maxStallMs: stop(),
        count: outcome.result.count,
        sha256: outcome.result.sha256,
        bytes,
      };
    } finally {
      api.appInfo = realAppInfo;
      api.saveFile = realSaveFile;
    }
  },
};

declare global {
  interface Window {
    __reviewBench?: typeof bench & typeof exportBench;
  }
}
window.__reviewBench = { ...bench, ...exportBench };
document.documentElement.dataset['benchReady'] = 'true';
