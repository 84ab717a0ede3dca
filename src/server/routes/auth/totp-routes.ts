/**
 * Setting up an authenticator app from a signed-in account.
 *
 * POST /api/auth/totp/setup  {}  signed in: 200 { secret, uri }, a fresh secret, not yet stored.
 * POST /api/auth/totp/confirm  { secret, code, currentCode? }  signed in: stores the secret once a
 *   code from the app matches it; currentCode (from the app in use) is required to replace one. 200 { user }.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { describeAccount } from '../../auth/accounts.ts';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { AuthDeps } from '../../auth/auth-settings.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../auth/totp-enrolment.ts';
import { readJsonBody } from '../../security/readable-errors.ts';
import { clientAddress } from '../../security/request-origin.ts';
import { totpCodeField, totpSecretField } from './auth-fields.ts';

const confirmBody = z.strictObject({ secret: totpSecretField, code: totpCodeField, currentCode: totpCodeField.optional() });

export function totpRoutes(deps: AuthDeps): Hono<{ Variables: AppVariables }> {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.post('/setup', async (c) => {
    const caller = requireCaller(c);
    c.header('Cache-Control', 'no-store');
    return c.json(await startTotpEnrolment(deps, caller.userId));
  });

  routes.post('/confirm', async (c) => {
    const caller = requireCaller(c);
    const body = await readJsonBody(c, confirmBody);
    await confirmTotpEnrolment(deps, caller.userId, clientAddress(c, deps.settings), body);
    return c.json({ user: await describeAccount(deps.db, caller.userId) });
  });

  return routes;
}
