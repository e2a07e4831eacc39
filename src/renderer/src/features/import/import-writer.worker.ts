/** The import worker: stores an import's records off the page's thread (see import-writer-host.ts). */
import { hostRecordWriter } from './import-writer-host';
import type { HostScope } from './import-writer-host';

hostRecordWriter(globalThis as unknown as HostScope);
