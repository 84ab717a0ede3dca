/** The HTTP server: the directory API and the built PWA. */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { DirectorySource } from './directory-source.ts';
import type { JsonBundle, JsonFileSource } from './json-file-source.ts';
import type { ClientConfig } from '../shared/client-config.ts';
import type { AppVariables } from './auth/auth-context.ts';
import type { AuthSettings } from './auth/auth-settings.ts';
import { defaultAuthSettings } from './auth/auth-settings.ts';
import { callerFromSession } from './auth/caller-middleware.ts';
import type { GuichetDatabase } from './db/database.ts';
import type { Notifier } from './referrals/notifier.ts';
import { referralRoutes } from './routes/referrals/referral-routes.ts';
import { authRoutes } from './routes/auth/auth-routes.ts';
import { dashboardApi, type DashboardOptions } from './routes/dashboard/dashboard-api.ts';
import { listingRoutes } from './routes/listings/listing-routes.ts';
import { exchangeRoutes } from './routes/hsds/exchange-routes.ts';
import { hsdsApiRoutes } from './routes/hsds/hsds-api-routes.ts';
import { freshnessRoutes } from './routes/listings/freshness-routes.ts';
import { listingHealthRoutes } from './routes/dashboard/listing-health-routes.ts';
import { defaultFreshnessSettings, type FreshnessSettings } from './freshness/freshness-settings.ts';
import { feedbackRoutes } from './routes/feedback/feedback-routes.ts';
import { reportRateLimit } from './dashboard/report-rate-limit.ts';
import { limitApiBodies, sameOriginJsonOnly } from './security/api-guard.ts';
import { respondToError } from './security/error-responses.ts';
import { securityHeaders } from './security/security-headers.ts';

export interface AppOptions {
  directory: DirectorySource;
  /** FSA areas for the map's own basemap: imported boundaries, or the project's generated ones. */
  areas?: JsonFileSource<unknown> | undefined;
  clientConfig?: ClientConfig;
  /** The built PWA; omitted when Vite serves the client itself (development). */
  distDir?: string;
  /** Accounts and everything that needs them; without it the server is the public directory only. */
  database?: GuichetDatabase | undefined;
  /** Mode, timeouts, throttling, hashing cost and clock; production-grade defaults. */
  auth?: Partial<AuthSettings>;
  /** How referral notices are sent; with a database, referrals are served only when it is given. */
  notifier?: Notifier | undefined;
  /** The coordination dashboard's freshness and report limits; production defaults. */
  dashboard?: DashboardOptions;
  /** Called after a listing change phones must see, to rebuild the region's bundle at once. */
  onRelease?: (regionId: string) => Promise<void>;
  /** When a service counts as unverified (STALE_AFTER_DAYS); also told to the app in /api/config. */
  freshness?: Pick<FreshnessSettings, 'staleAfterDays'>;
  /** Newcomer feedback: reports one address may send per hour (default 10). */
  feedback?: { reportsPerHour?: number };
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

export function createApp({ directory, areas, clientConfig = { mapStyleUrl: null }, distDir, database, auth, notifier, dashboard, onRelease = async () => {}, feedback, freshness = defaultFreshnessSettings }: AppOptions): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();
  const settings: AuthSettings = { ...defaultAuthSettings, ...auth };

  app.use('*', securityHeaders(settings));
  // Before any route: a cross-site or non-JSON state change never reaches one.
  app.use('/api/*', limitApiBodies, sameOriginJsonOnly(settings));
  if (database) {
    const deps = { db: database.db, settings };
    app.use('/api/*', callerFromSession(deps));
    // Routes that read c.get('caller') (requireCaller, requireRole) are mounted here, after it.
    app.route('/api/auth', authRoutes(deps));
    app.route('/api', dashboardApi({ database, directory, areas, origin: settings, now: settings.now, ...dashboard }));
    const { staleAfterDays } = freshness;
    app.route('/api', listingRoutes({ db: database.db, now: settings.now, onRelease, staleAfterDays }));
    app.route('/api', exchangeRoutes({ db: database.db, now: settings.now, onRelease }));
    app.route('/api', freshnessRoutes({ db: database.db, now: settings.now, staleAfterDays }));
    app.route('/api', listingHealthRoutes({ db: database.db, now: settings.now, staleAfterDays }));
    const feedbackLimit = reportRateLimit({ maxReports: feedback?.reportsPerHour ?? 10, now: () => settings.now().getTime() });
    app.route('/api', feedbackRoutes({ db: database.db, directory, rateLimit: feedbackLimit, origin: settings, now: settings.now }));
    if (notifier) {
      const publicUrl = settings.publicOrigin ?? 'http://localhost:8080';
      app.route('/api', referralRoutes({ database, directory, notifier, publicUrl, now: settings.now }));
    }
  }

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api/hsds', hsdsApiRoutes({ directory }));
  // HSDS clients are given a base URL and ask for its `/`.
  app.get('/api/hsds/', (c) => c.redirect('/api/hsds', 308));
  app.get('/api/directory', (c) => sendBundle(c, directory.current()));
  app.get('/api/config', (c) => c.json({ ...clientConfig, staleAfterDays: freshness.staleAfterDays }));
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

  app.onError(respondToError);
  return app;
}
