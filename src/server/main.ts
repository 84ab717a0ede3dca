/** `npm start`: the directory API and the built PWA on one port. */
import { serve } from '@hono/node-server';
import { readEnv } from './env.ts';
import { createApp } from './app.ts';
import { fileDirectorySource } from './directory-source.ts';
import { geoJsonFileSource } from './geo-source.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
const applied = await migrateToLatest(database);
console.log(`Database: ${database.engine} at ${database.location}${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
const directory = fileDirectorySource(env.directoryFile);
const app = createApp({
  directory,
  areas: env.areasFile ? geoJsonFileSource(env.areasFile) : undefined,
  clientConfig: { mapStyleUrl: env.mapStyleUrl },
  distDir: env.distDir,
});

const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  console.log(`Guichet is running at http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${info.port}/`);
  console.log(`Directory: ${env.directoryFile} (version ${directory.current().value.version})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => void database.close().finally(() => process.exit(0))));
}
