/** Everything under /api/auth: sessions, authenticator setup and invitations. */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { AuthDeps } from '../../auth/auth-settings.ts';
import { invitationRoutes } from './invitation-routes.ts';
import { sessionRoutes } from './session-routes.ts';
import { totpRoutes } from './totp-routes.ts';

export function authRoutes(deps: AuthDeps): Hono<{ Variables: AppVariables }> {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.route('/', sessionRoutes(deps));
  routes.route('/totp', totpRoutes(deps));
  routes.route('/invitations', invitationRoutes(deps));
  return routes;
}
