import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'parse-worker': resolve(import.meta.dirname, 'src/main/services/parse-worker.ts'),
          harness: resolve(import.meta.dirname, 'src/main/harness/server.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      rollupOptions: {
        // A sandboxed preload must be a single CommonJS file that only requires `electron`.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react()],
  },
});
