/**
 * Invitations. The link is `<origin>/invitation#token=<token>` (see invitationLink); the page sends
 * the token in a body, so it never appears in a URL the server sees.
 *
 * POST /api/auth/invitations  { email, role, organizationId? | regionId? }  admin (any role);
 *   coordinator (staff of organizations in their region): 201 { invitationUrl, expiresAt, resetsAccount }.
 * POST /api/auth/invitations/inspect  { token }  anyone with the link: 200 { invitation } (email,
 *   role, organization, region, expiry, and a fresh authenticator secret with `required`).
 * POST /api/auth/invitations/accept  { token, displayName, password, totp?: { secret, code } }
 *   anyone with the link: creates (or resets) the account, signs it in; 201 { user }.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { describeAccount } from '../../auth/accounts.ts';
import { acceptInvitation, describeInvitation } from '../../auth/accept-invitation.ts';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { AuthDeps } from '../../auth/auth-settings.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import { createInvitation, invitationLink } from '../../auth/invitations.ts';
import { writeSessionCookie } from '../../auth/session-cookie.ts';
import { startSession } from '../../auth/sessions.ts';
import { readJsonBody } from '../../security/readable-errors.ts';
import { serverOrigin } from '../../security/request-origin.ts';
import { displayNameField, emailField, invitationTokenField, passwordField, totpCodeField, totpSecretField } from './auth-fields.ts';

const idField = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'is not an id');
const createBody = z.discriminatedUnion('role', [
  z.strictObject({ email: emailField, role: z.literal('staff'), organizationId: idField }),
  z.strictObject({ email: emailField, role: z.literal('coordinator'), regionId: idField }),
  z.strictObject({ email: emailField, role: z.literal('admin') }),
]);
const tokenBody = z.strictObject({ token: invitationTokenField });
const acceptBody = z.strictObject({
  token: invitationTokenField,
  displayName: displayNameField,
  password: passwordField,
  totp: z.strictObject({ secret: totpSecretField, code: totpCodeField }).optional(),
});

export function invitationRoutes(deps: AuthDeps): Hono<{ Variables: AppVariables }> {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.post('/', async (c) => {
    const caller = requireCaller(c);
    const body = await readJsonBody(c, createBody);
    const invitation = await createInvitation(deps, caller, body);
    const invitationUrl = invitationLink(serverOrigin(c, deps.settings), invitation.token);
    return c.json({ invitationUrl, expiresAt: invitation.expiresAt.toISOString(), resetsAccount: invitation.resetsAccount }, 201);
  });

  routes.post('/inspect', async (c) => {
    const { token } = await readJsonBody(c, tokenBody);
    c.header('Cache-Control', 'no-store');
    return c.json({ invitation: await describeInvitation(deps, token) });
  });

  routes.post('/accept', async (c) => {
    const body = await readJsonBody(c, acceptBody);
    const { userId } = await acceptInvitation(deps, body);
    const { token } = await startSession(deps, userId);
    writeSessionCookie(c, serverOrigin(c, deps.settings), token);
    return c.json({ user: await describeAccount(deps.db, userId) }, 201);
  });

  return routes;
}
