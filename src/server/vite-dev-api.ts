/** In `npm run dev`, the same API as production, mounted inside Vite's dev server. */
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { createApp } from './app.ts';
import { fileDirectorySource } from './directory-source.ts';
import { geoJsonFileSource } from './geo-source.ts';
import { readEnv } from './env.ts';

export function apiDevServer(): Plugin {
  return {
    name: 'guichet-api',
    apply: 'serve',
    configureServer(server) {
      const env = readEnv();
      const app = createApp({
        directory: fileDirectorySource(env.directoryFile),
        areas: env.areasFile ? geoJsonFileSource(env.areasFile) : undefined,
        clientConfig: { mapStyleUrl: env.mapStyleUrl },
      });
      const listener = getRequestListener(app.fetch);
      server.middlewares.use((req, res, next) => (req.url?.startsWith('/api/') ? void listener(req, res) : next()));
    },
  };
}
