/** In `npm run dev`, the same API as production, mounted inside Vite's dev server. */
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { createApp } from './app.ts';
import { fileDirectorySource } from './directory-source.ts';
import { geoJsonFileSource } from './geo-source.ts';
import { readEnv } from './env.ts';
import { authSettingsFromEnv } from './auth/auth-settings.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './demo/demo-seed.ts';
import { notifierFor } from './referrals/notifier.ts';

export function apiDevServer(): Plugin {
  return {
    name: 'guichet-api',
    apply: 'serve',
    async configureServer(server) {
      // Vitest starts a Vite server from the same config to run tests: the API and its database
      // are for people using `npm run dev`, not for test runs, which make their own.
      if (server.config.mode === 'test') return;
      const env = readEnv();
      const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
      await migrateToLatest(database);
      const auth = authSettingsFromEnv(env);
      if (env.mode === 'demo') await seedDemo({ db: database.db, settings: auth });
      server.httpServer?.once('close', () => void database.close());
      const app = createApp({
        directory: fileDirectorySource(env.directoryFile),
        areas: env.areasFile ? geoJsonFileSource(env.areasFile) : undefined,
        clientConfig: { mapStyleUrl: env.mapStyleUrl, retentionDays: env.retentionDays },
        freshness: { staleAfterDays: env.staleAfterDays },
        database,
        auth,
        notifier: notifierFor({ smtpUrl: env.smtpUrl, dataDir: env.dataDir, ...(env.mailFrom && { from: env.mailFrom }) }),
      });
      const listener = getRequestListener(app.fetch);
      server.middlewares.use((req, res, next) => (req.url?.startsWith('/api/') ? void listener(req, res) : next()));
    },
  };
}
