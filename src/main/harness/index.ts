/** `node out/main/harness.js [--port N]`: serves the app in a browser (see server.ts). */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const harness = await startHarness({
  port: Number(values.port),
  rendererDir: join(import.meta.dirname, '../renderer'),
  workerUrl: new URL('./parse-worker.js', import.meta.url),
});
console.log(`Incident Librarian is running at ${harness.url}`);
console.log('Open it in Chromium, Chrome, Edge or Firefox. Press Ctrl+C to stop.');
const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
