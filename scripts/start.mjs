#!/usr/bin/env node
// `npm start`: builds the app and opens it in Electron. npm 11 skips dependency install scripts it
// was not told to allow, so Electron's binary is fetched here, on first start, by Electron's own
// resolver. Where that fails (an offline machine), it says so plainly and serves the same app in
// a browser through the harness instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** Electron's index.js resolves the binary's path, downloading the binary first when it is missing. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status === 0;
}

if (!run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'])) process.exit(1);

const binary = electronBinary();

if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    '\nElectron cannot run on this machine: its binary is not installed and could not be downloaded.\n' +
      'Serving the same app in your browser instead (the data stays in this browser profile).\n',
  );
  const child = spawn(process.execPath, ['out/main/harness.js'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
