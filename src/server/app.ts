/** The HTTP server: the directory API and the built PWA. */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirectorySource } from './directory-source.ts';

export interface AppOptions {
  directory: DirectorySource;
  /** The built PWA; omitted when Vite serves the client itself (development). */
  distDir?: string;
}

export function createApp({ directory, distDir }: AppOptions): Hono {
  const app = new Hono();

  app.get('/api/health', (c) => c.json({ ok: true }));

  app.get('/api/directory', (c) => {
    const bundle = directory.current();
    c.header('ETag', bundle.etag);
    // Always revalidate: a phone must see a publish on its next online visit.
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    if (c.req.header('If-None-Match') === bundle.etag) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(new Uint8Array(bundle.gzipped));
    }
    return c.body(bundle.json);
  });

  app.all('/api/*', (c) => c.json({ error: `No API route ${c.req.method} ${c.req.path}` }, 404));

  if (distDir) {
    app.use('/assets/*', async (c, next) => {
      await next();
      c.header('Cache-Control', 'public, max-age=31536000, immutable'); // file names carry a content hash
    });
    app.use('*', async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
    });
    app.use('*', serveStatic({ root: distDir }));
    // Every other page is the app shell; its router shows the page or "not found".
    app.get('*', async (c) => c.html(await readFile(join(distDir, 'index.html'), 'utf8')));
  }

  app.onError((error, c) => {
    console.error(`Request failed: ${c.req.method} ${c.req.path}: ${error.message}`);
    return c.json({ error: 'Something went wrong on our side. Please try again.' }, 500);
  });
  return app;
}
