/** Starts the import worker (import-writer.worker.ts); Vite bundles it from this `new Worker(new URL(…))`. */
import type { ImportWorker } from './worker-record-writer';

export const startImportWorker = (): ImportWorker =>
  new Worker(new URL('./import-writer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import-writer',
  }) as unknown as ImportWorker;
