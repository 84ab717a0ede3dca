/** The dashboard's routes and what they share, assembled for the server (app.ts mounts it under /api). */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { GuichetDatabase } from '../../db/database.ts';
import type { DirectorySource } from '../../directory-source.ts';
import type { JsonFileSource } from '../../json-file-source.ts';
import type { OriginSettings } from '../../security/request-origin.ts';
import { coverageGeography } from '../../dashboard/coverage-geography.ts';
import { rollupRefresher } from '../../dashboard/refresh-rollups.ts';
import { reportRateLimit } from '../../dashboard/report-rate-limit.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { searchCountRoutes } from './search-count-routes.ts';

export interface DashboardOptions {
  /** How stale a region's figures may get before a read rebuilds what changed (0: always up to date). */
  refreshIntervalMs?: number;
  /** Search count reports one address may send per hour. */
  reportsPerHour?: number;
}

export interface DashboardApiOptions extends DashboardOptions {
  database: GuichetDatabase;
  directory: DirectorySource;
  areas?: JsonFileSource<unknown> | undefined;
  origin: OriginSettings;
  now: () => Date;
}

export function dashboardApi({ database, directory, areas, origin, now, refreshIntervalMs, reportsPerHour }: DashboardApiOptions): Hono<{ Variables: AppVariables }> {
  const db = database.db;
  const app = new Hono<{ Variables: AppVariables }>();
  const refresher = rollupRefresher(db, { now, ...(refreshIntervalMs !== undefined && { minimumIntervalMs: refreshIntervalMs }) });
  app.route('/', dashboardRoutes({ db, directory, geography: coverageGeography(areas), refresher, now }));
  app.route('/', searchCountRoutes({ db, rateLimit: reportRateLimit({ ...(reportsPerHour !== undefined && { maxReports: reportsPerHour }) }), origin, now }));
  return app;
}
