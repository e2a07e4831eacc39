/**
 * The browser harness: serves the built renderer and the same main-process services over HTTP,
 * for trying the app in a browser and for end-to-end tests where Electron cannot run.
 *
 * It listens on 127.0.0.1 only. Every API call must carry the per-run token (injected into the
 * served index.html, so only the app's own page has it) and a Host header naming this server,
 * which keeps other local web pages and DNS-rebinding attacks out.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { ParseEvent } from '@shared/api';
import { fromWire, toWire } from '@shared/wire';
import { createParseService } from '../services/parse-service';
import { abandonCall, callService, createServiceTable, errorToEnvelope } from '../services/registry';
import type { ServiceMethod } from '../services/registry';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

export interface HarnessOptions {
  port: number;
  rendererDir: string;
  workerUrl?: URL;
  token?: string;
}

export async function startHarness(options: HarnessOptions) {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const services: Record<string, ServiceMethod> = createServiceTable(
    'web',
    createParseService(options.workerUrl),
  );
  const indexHtml = (await readFile(join(options.rendererDir, 'index.html'), 'utf8')).replace(
    '<head>',
    `<head>\n    <meta name="librarian-token" content="${token}" />`,
  );
  let port = options.port;

  // The raw Node request: Fetch's Request drops the Host header, and the check needs it.
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });
  app.use('/api/*', async (c, next) => {
    const host = c.env.incoming.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return c.json(forbidden('bad host'), 403);
    if (c.req.header('x-librarian-token') !== token) return c.json(forbidden('bad token'), 403);
    return next();
  });

  // One call: wire-encoded JSON in, wire-encoded envelope out. Streaming calls (parse) answer
  // with NDJSON: one line per event, then a last line holding the envelope.
  app.post('/api/service/:name', async (c) => {
    const name = c.req.param('name');
    let args: unknown;
    try {
      args = fromWire(await c.req.text());
    } catch {
      return c.text(
        toWire(errorToEnvelope(Object.assign(new Error('body is not valid JSON'), { code: 'bad_request' }))),
      );
    }
    const encoder = new TextEncoder();
    /** False once the page has gone away: later events and the result have nowhere to go. */
    let open = true;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => {
          if (open) controller.enqueue(encoder.encode(toWire(line) + '\n'));
        };
        const emit = (event: ParseEvent) => send({ event });
        try {
          send({ result: { ok: true, value: await callService(services, name, args, { emit }) } });
        } catch (error) {
          send({ result: errorToEnvelope(error) });
        }
        if (open) controller.close();
      },
      // The page went away mid-parse (reload, closed tab): nobody takes the records any more.
      cancel() {
        open = false;
        abandonCall(services, name, args);
      },
    });
    return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
  });

  const sendIndex = () =>
    new Response(indexHtml, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  app.use('/*', serveStatic({ root: options.rendererDir }));

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port }, (info) => {
      port = info.port;
      resolve(s);
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function forbidden(reason: string) {
  return { ok: false, error: { code: 'forbidden', message: reason } };
}
