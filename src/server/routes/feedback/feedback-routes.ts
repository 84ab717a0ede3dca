/**
 * Newcomers' feedback on listings. `POST /api/feedback`: no account, JSON from the app's own
 * origin, rate limited per address, idempotent on the device's key (201 new, 200 a resend).
 * Providers: `GET /api/listings/:organizationId/feedback?state=open|resolved&page=`,
 * `…/feedback/ratings`, `POST …/feedback/:id/resolve` and `…/reopen`, with the listing's own
 * access rules. The LIP's counts per organization are the dashboard's listing health.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppVariables } from '../../auth/auth-context.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import type { DirectorySource } from '../../directory-source.ts';
import type { ReportRateLimit } from '../../dashboard/report-rate-limit.ts';
import { listRatings, listReports, setResolved } from '../../feedback/feedback-queries.ts';
import { submitFeedback } from '../../feedback/submit-feedback.ts';
import { requireListingUse } from '../../listings/listing-access.ts';
import { requireHead, type Db } from '../../listings/listing-rows.ts';
import { parseOrRefuse, readJsonBody } from '../../security/readable-errors.ts';
import { Refusal } from '../../security/refusal.ts';
import { clientAddress, type OriginSettings } from '../../security/request-origin.ts';
import { feedbackStates, feedbackSubmissionSchema } from '../../../shared/feedback/feedback-contract.ts';

export interface FeedbackRouteDeps {
  db: Db;
  directory: DirectorySource;
  rateLimit: ReportRateLimit;
  origin: OriginSettings;
  now: () => Date;
}

type FeedbackContext = Context<{ Variables: AppVariables }>;

const listQuerySchema = z.object({
  state: z.enum(feedbackStates).default('open'),
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000).default(1),
});

export function feedbackRoutes({ db, directory, rateLimit, origin, now }: FeedbackRouteDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  /** The organization's listing, once the caller is one who may manage or oversee it. */
  async function allowed(c: FeedbackContext) {
    const caller = requireCaller(c);
    const head = await requireHead(db, c.req.param('organizationId') ?? '');
    requireListingUse(caller, head, 'edit');
    return { caller, head };
  }

  app.post('/feedback', async (c) => {
    const wait = rateLimit.admit(clientAddress(c, origin));
    if (wait !== null) {
      throw new Refusal(429, 'Too many reports from this connection. Your report is kept on your phone and will be sent later.', { retryAfterSeconds: wait }, { 'Retry-After': String(wait) });
    }
    const submission = await readJsonBody(c, feedbackSubmissionSchema);
    const { receipt, replayed } = await submitFeedback(db, directory.current().value, submission, now().toISOString());
    c.header('Cache-Control', 'no-store');
    return c.json(receipt, replayed ? 200 : 201);
  });

  app.use('/listings/:organizationId/feedback/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/listings/:organizationId/feedback', async (c) => {
    const { head } = await allowed(c);
    const { state, page } = parseOrRefuse(listQuerySchema, c.req.query());
    c.header('Cache-Control', 'no-store');
    return c.json(await listReports(db, directory.current().value, head.organization_id, state, page));
  });

  app.get('/listings/:organizationId/feedback/ratings', async (c) => {
    const { head } = await allowed(c);
    return c.json({ services: await listRatings(db, directory.current().value, head.organization_id) });
  });

  for (const [action, resolve] of [['resolve', true], ['reopen', false]] as const) {
    app.post(`/listings/:organizationId/feedback/:id/${action}`, async (c) => {
      const { caller, head } = await allowed(c);
      const resolved = resolve ? { by: caller.userId, at: now().toISOString() } : null;
      return c.json(await setResolved(db, directory.current().value, head.organization_id, c.req.param('id'), resolved));
    });
  }

  return app;
}
