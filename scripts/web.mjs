#!/usr/bin/env node
// Serves the built app in a browser through the harness (out/main/harness.js) and prints its URL.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('out/main/harness.js')) {
  console.error('out/main/harness.js is missing: run `npm run build` first.');
  process.exit(1);
}
const child = spawn(process.execPath, ['out/main/harness.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
