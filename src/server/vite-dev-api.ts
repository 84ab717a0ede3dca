/** In `npm run dev`, the same API as production, mounted inside Vite's dev server. */
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { createApp } from './app.ts';
import { fileDirectorySource } from './directory-source.ts';
import { readEnv } from './env.ts';

export function apiDevServer(): Plugin {
  return {
    name: 'guichet-api',
    apply: 'serve',
    configureServer(server) {
      const listener = getRequestListener(createApp({ directory: fileDirectorySource(readEnv().directoryFile) }).fetch);
      server.middlewares.use((req, res, next) => (req.url?.startsWith('/api/') ? void listener(req, res) : next()));
    },
  };
}
