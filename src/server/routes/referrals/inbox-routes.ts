/**
 * The provider inbox, for staff signed in to one or more organizations: their referrals,
 * each one's history, moving it along, forwarding it, and referring their own clients onward.
 */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { referFromAgency } from '../../referrals/agency-referral.ts';
import { forwardReferral } from '../../referrals/forward-referral.ts';
import { listInbox, openInboxReferral } from '../../referrals/inbox-queries.ts';
import type { ReferralDeps } from '../../referrals/referral-deps.ts';
import { requireStaff } from '../../referrals/staff-access.ts';
import { transitionReferral } from '../../referrals/transition-referral.ts';
import {
  agencyReferralSchema,
  forwardRequestSchema,
  inboxQuerySchema,
  transitionRequestSchema,
} from '../../../shared/referrals/inbox-contract.ts';
import { parseOrRefuse, readJsonBody } from './referral-http.ts';

export function inboxRoutes(deps: ReferralDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  // Who may use the inbox is settled before a body or a query is looked at ('/inbox/*' covers '/inbox').
  app.use('/inbox/*', async (c, next) => {
    requireStaff(c.get('caller'));
    await next();
  });

  app.get('/inbox', async (c) => c.json(await listInbox(deps, c.get('caller'), parseOrRefuse(inboxQuerySchema, c.req.query()))));

  app.post('/inbox/referrals', async (c) => {
    const { receipt, replayed } = await referFromAgency(deps, c.get('caller'), await readJsonBody(c, agencyReferralSchema));
    return c.json(receipt, replayed ? 200 : 201);
  });

  app.get('/inbox/:id', async (c) => c.json(await openInboxReferral(deps, c.get('caller'), c.req.param('id'))));

  app.post('/inbox/:id/transition', async (c) =>
    c.json(await transitionReferral(deps, c.get('caller'), c.req.param('id'), await readJsonBody(c, transitionRequestSchema))),
  );

  app.post('/inbox/:id/forward', async (c) =>
    c.json(await forwardReferral(deps, c.get('caller'), c.req.param('id'), await readJsonBody(c, forwardRequestSchema))),
  );

  return app;
}
