/**
 * Puts the signed-in account on the request: `c.get('caller')` for every API route, absent for
 * anonymous callers (newcomers). Routes that need an account say so with requireCaller or
 * requireRole.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { UserRole } from '../db/schema.ts';
import { Refusal } from '../security/refusal.ts';
import { serverOrigin } from '../security/request-origin.ts';
import type { AppVariables, Caller } from './auth-context.ts';
import type { AuthDeps } from './auth-settings.ts';
import { loadCaller } from './accounts.ts';
import { clearSessionCookie, readSessionCookie } from './session-cookie.ts';
import { resumeSession } from './sessions.ts';

type AppEnv = { Variables: AppVariables };

export function callerFromSession(deps: AuthDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = serverOrigin(c, deps.settings);
    const token = readSessionCookie(c, origin);
    if (token) {
      const session = await resumeSession(deps, token);
      const caller = session && (await loadCaller(deps.db, session.userId));
      if (caller) c.set('caller', caller);
      // An ended session's cookie is useless: remove it so the app shows "signed out" at once.
      else clearSessionCookie(c, origin);
    }
    return next();
  };
}

/** The signed-in caller, or a 401 the client can show. */
export function requireCaller(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new Refusal(401, 'Please sign in to continue. Your session may have ended.');
  return caller;
}

/** Middleware: only accounts with one of these roles get through (401 when signed out, 403 otherwise). */
export function requireRole(...roles: readonly UserRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = requireCaller(c);
    if (!roles.includes(caller.role)) throw new Refusal(403, 'Your account does not have access to this.');
    return next();
  };
}
