/** `npm start`: the directory API and the built PWA on one port. */
import { serve } from '@hono/node-server';
import { readEnv } from './env.ts';
import { createApp } from './app.ts';
import { basename } from 'node:path';
import { fileDirectorySource } from './directory-source.ts';
import { publishedDirectory } from './listings/published-directory.ts';
import { describeCounts, seedListingsFromFile, watchBundleFile } from './listings/seed-from-file.ts';
import { geoJsonFileSource } from './geo-source.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { authSettingsFromEnv } from './auth/auth-settings.ts';
import { seedDemo } from './demo/demo-seed.ts';
import { notifierFor } from './referrals/notifier.ts';
import { schedulePurge } from './referrals/purge-closed-referrals.ts';
import { scheduleStaleReminders } from './freshness/stale-reminders.ts';
import { seedDemoHistoryIfEmpty } from '../cli/history/seed-if-empty.ts';

const env = readEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
const applied = await migrateToLatest(database);
console.log(`Database: ${database.engine} at ${database.location}${applied.length ? ` (applied ${applied.join(', ')})` : ''}`);
const auth = authSettingsFromEnv(env);
if (env.mode === 'demo') {
  const created = await seedDemo({ db: database.db, settings: auth });
  console.log(`Demo mode: demo accounts ${created.length ? `created (${created.length})` : 'present'}; see src/server/demo/README.md. Set GUICHET_MODE=production for real use.`);
}
// The bundle file seeds the region's listings; phones get what the listings publish.
const bundleFile = fileDirectorySource(env.directoryFile);
const seed = bundleFile.current().value;
const seeded = await seedListingsFromFile(database.db, seed, basename(env.directoryFile), new Date().toISOString());
if (seeded) console.log(`Listings: ${env.directoryFile} imported (${describeCounts(seeded)}).`);
const directory = await publishedDirectory(database.db, seed.region.id);
const stopWatchingFile = watchBundleFile(database.db, bundleFile, basename(env.directoryFile), () => directory.refresh());
const notifier = notifierFor({ smtpUrl: env.smtpUrl, dataDir: env.dataDir, ...(env.mailFrom && { from: env.mailFrom }) });
const app = createApp({
  directory,
  areas: env.areasFile ? geoJsonFileSource(env.areasFile) : undefined,
  clientConfig: { mapStyleUrl: env.mapStyleUrl, retentionDays: env.retentionDays },
  distDir: env.distDir,
  database,
  auth,
  notifier,
  onRelease: () => directory.refresh(),
  freshness: { staleAfterDays: env.staleAfterDays },
});
const stopPurge = schedulePurge({ db: database.db, now: () => new Date(), retentionDays: env.retentionDays });
// Providers of services nobody confirmed for STALE_AFTER_DAYS are e-mailed, at most once per REMINDER_INTERVAL_DAYS.
const stopReminders = scheduleStaleReminders({
  db: database.db,
  notifier,
  now: () => new Date(),
  publicUrl: env.publicOrigin ?? `http://localhost:${env.port}`,
  settings: { staleAfterDays: env.staleAfterDays, reminderIntervalDays: env.reminderIntervalDays },
});

const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  console.log(`Guichet is running at http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${info.port}/`);
  console.log(`Directory: region ${seed.region.id}, release ${directory.current().value.version}`);
});

// A fresh demo opens on a dashboard with two years of sample figures. Written after the server
// is up (a few seconds), so the app is reachable at once; never in production mode.
void seedDemoHistoryIfEmpty(database.db, { directory: directory.current().value, mode: env.mode, now: new Date(), retentionDays: env.retentionDays }).then(
  (summary) => summary && console.log(`Demo mode: sample referral history written (${summary.referrals} referrals).`),
  (error: unknown) => console.error(`Demo history not written: ${error instanceof Error ? error.message : String(error)}`),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopPurge();
    stopReminders();
    directory.stop();
    stopWatchingFile();
    server.close(() => void database.close().finally(() => process.exit(0)));
  });
}
