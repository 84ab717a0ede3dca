/**
 * Signing in and out, and who is signed in.
 *
 * POST /api/auth/login  { email, password, totpCode? }  anyone
 *   200 { user }, with the session cookie. When the account uses an authenticator and no code was
 *   sent: 401 { error, totpRequired: true }, and the page sends the same body again with totpCode.
 * POST /api/auth/logout  {}  anyone: ends the session server-side; 204.
 * GET  /api/auth/me  signed in: 200 { user }, never the password hash or the TOTP secret.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { describeAccount } from '../../auth/accounts.ts';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { AuthDeps } from '../../auth/auth-settings.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../../auth/session-cookie.ts';
import { endSession, startSession } from '../../auth/sessions.ts';
import { signIn } from '../../auth/sign-in.ts';
import { readJsonBody } from '../../security/readable-errors.ts';
import { clientAddress, serverOrigin } from '../../security/request-origin.ts';
import { emailField, passwordField, totpCodeField } from './auth-fields.ts';

const loginBody = z.strictObject({ email: emailField, password: passwordField, totpCode: totpCodeField.optional() });

export function sessionRoutes(deps: AuthDeps): Hono<{ Variables: AppVariables }> {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.post('/login', async (c) => {
    const body = await readJsonBody(c, loginBody);
    const { userId } = await signIn(deps, { ...body, address: clientAddress(c, deps.settings) });
    const origin = serverOrigin(c, deps.settings);
    // A sign-in while already signed in replaces that session rather than leaving it behind.
    const previous = readSessionCookie(c, origin);
    if (previous) await endSession(deps, previous);
    const { token } = await startSession(deps, userId);
    writeSessionCookie(c, origin, token);
    return c.json({ user: await describeAccount(deps.db, userId) });
  });

  routes.post('/logout', async (c) => {
    const origin = serverOrigin(c, deps.settings);
    const token = readSessionCookie(c, origin);
    if (token) await endSession(deps, token);
    clearSessionCookie(c, origin);
    return c.body(null, 204);
  });

  routes.get('/me', async (c) => {
    const caller = requireCaller(c);
    c.header('Cache-Control', 'no-store');
    return c.json({ user: await describeAccount(deps.db, caller.userId) });
  });

  return routes;
}
