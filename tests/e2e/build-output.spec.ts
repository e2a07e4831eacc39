/**
 * Checks of the built bundles that only Electron would otherwise catch at run time: a sandboxed
 * preload must be CommonJS and may require nothing but `electron`; the page must carry the CSP.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the preload is one CommonJS file that requires only electron', () => {
  const preload = readFileSync('out/preload/index.cjs', 'utf8');
  const required = [...preload.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
  expect(required).toEqual(['electron']);
  expect(preload).not.toMatch(/^\s*import\s/m);
});

test('the built page carries the strict Content-Security-Policy', () => {
  const html = readFileSync('out/renderer/index.html', 'utf8');
  expect(html).toContain(`http-equiv="Content-Security-Policy"`);
  expect(html).toContain("script-src 'self' 'wasm-unsafe-eval';"); // no eval, own WebAssembly only
  expect(html).not.toContain('%APP_CSP%');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
});
