import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { DEV_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './src/shared/csp';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

/** Puts the one policy from src/shared/csp.ts into index.html (relaxed only on the dev server). */
function contentSecurityPolicy(): Plugin {
  let serving = false;
  return {
    name: 'incident-librarian-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml: (html) =>
      html.replace('%APP_CSP%', serving ? DEV_CONTENT_SECURITY_POLICY : META_CONTENT_SECURITY_POLICY),
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'parse-worker': resolve(import.meta.dirname, 'src/main/services/parse-worker.ts'),
          harness: resolve(import.meta.dirname, 'src/main/harness/index.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload must be a single CommonJS file that requires nothing but `electron`.
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react(), contentSecurityPolicy()],
  },
});
