/** The HTTP server: the directory API and the built PWA. */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { DirectorySource } from './directory-source.ts';
import type { JsonBundle, JsonFileSource } from './json-file-source.ts';
import type { ClientConfig } from '../shared/client-config.ts';

export interface AppOptions {
  directory: DirectorySource;
  /** FSA areas for the map's own basemap: imported boundaries, or the project's generated ones. */
  areas?: JsonFileSource<unknown> | undefined;
  clientConfig?: ClientConfig;
  /** The built PWA; omitted when Vite serves the client itself (development). */
  distDir?: string;
}

/** A JSON file with its ETag: 304 when the phone has it, gzip when it can take it. */
function sendBundle(c: Context, bundle: JsonBundle<unknown>) {
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
}

export function createApp({ directory, areas, clientConfig = { mapStyleUrl: null }, distDir }: AppOptions): Hono {
  const app = new Hono();

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/directory', (c) => sendBundle(c, directory.current()));
  app.get('/api/config', (c) => c.json(clientConfig));
  app.get('/api/geo/areas', (c) =>
    areas ? sendBundle(c, areas.current()) : c.json({ error: 'No area boundaries are installed on this server.' }, 404),
  );

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
