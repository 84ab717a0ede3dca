/**
 * Where devices send their search counts: `POST /api/regions/:regionId/search-counts`, no
 * account, JSON (the app's own origin only, like every state change), small, and rate-limited
 * by address. Answers 202 with no body worth keeping: nothing comes back to the device.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppVariables } from '../../auth/auth-context.ts';
import { MAX_REPORT_BYTES, searchCountReportSchema } from '../../../shared/dashboard/search-counts-contract.ts';
import { findRegion } from '../../../shared/regions.ts';
import type { Database } from '../../db/schema.ts';
import type { Kysely } from 'kysely';
import { addSearchCounts } from '../../dashboard/search-count-store.ts';
import type { ReportRateLimit } from '../../dashboard/report-rate-limit.ts';
import { readJsonBody } from '../../security/readable-errors.ts';
import { Refusal } from '../../security/refusal.ts';
import { clientAddress, type OriginSettings } from '../../security/request-origin.ts';

/** A week of a busy phone's counts fits in a few kilobytes. */

export interface SearchCountRouteOptions {
  db: Kysely<Database>;
  rateLimit: ReportRateLimit;
  origin: OriginSettings;
  now: () => Date;
}

export function searchCountRoutes({ db, rateLimit, origin, now }: SearchCountRouteOptions): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();
  app.post(
    '/regions/:regionId/search-counts',
    bodyLimit({
      maxSize: MAX_REPORT_BYTES,
      onError: () => {
        throw new Refusal(413, `A search count report is at most ${MAX_REPORT_BYTES / 1024} KB.`);
      },
    }),
    async (c) => {
      const regionId = c.req.param('regionId');
      if (!findRegion(regionId)) throw new Refusal(404, `There is no region "${regionId}".`);
      const wait = rateLimit.admit(clientAddress(c, origin));
      if (wait !== null) throw new Refusal(429, 'Too many reports from this address. Keep the counts and send them later.', {}, { 'Retry-After': String(wait) });
      await addSearchCounts(db, regionId, await readJsonBody(c, searchCountReportSchema), now());
      c.header('Cache-Control', 'no-store');
      return c.json({ accepted: true }, 202);
    },
  );
  return app;
}
