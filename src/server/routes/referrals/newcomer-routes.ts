/**
 * What a newcomer reaches without an account: sending a request, and their private status
 * page (read, withdraw) behind the token of their link.
 */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { ReferralDeps } from '../../referrals/referral-deps.ts';
import { readStatusPage, withdrawByToken } from '../../referrals/status-page.ts';
import { submitReferral } from '../../referrals/submit-referral.ts';
import { referralSubmissionSchema } from '../../../shared/referrals/referral-contract.ts';
import { readJsonBody } from './referral-http.ts';

export function newcomerRoutes(deps: ReferralDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  // 201 with a new receipt; 200 with the first referral's receipt when the outbox resends it.
  app.post('/referrals', async (c) => {
    const { receipt, replayed } = await submitReferral(deps, await readJsonBody(c, referralSubmissionSchema));
    return c.json(receipt, replayed ? 200 : 201);
  });

  app.get('/referrals/status/:token', async (c) => c.json(await readStatusPage(deps, c.req.param('token'))));

  app.post('/referrals/status/:token/withdraw', async (c) => c.json(await withdrawByToken(deps, c.req.param('token'))));

  return app;
}
