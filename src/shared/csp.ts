/**
 * The renderer's Content-Security-Policy: only the app's own scripts; inline styles because
 * Mantine sets CSS variables through style attributes; no eval, no remote content.
 * `'wasm-unsafe-eval'` lets the app compile its own bundled WebAssembly (the export's sha256,
 * hash-wasm, where there is no WebCrypto) and nothing else: it does not allow eval or new Function.
 * `connect-src 'self'` lets the browser harness reach its own API and nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy for the <meta> tag: `frame-ancestors` only works as a header. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '');

/** Vite's dev server needs inline preamble scripts and its HMR socket; never used in a build. */
export const DEV_CONTENT_SECURITY_POLICY = META_CONTENT_SECURITY_POLICY.replace(
  "script-src 'self' 'wasm-unsafe-eval'",
  "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
