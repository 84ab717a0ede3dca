/**
 * The referral API as the server mounts it, under /api, for route tests. The real auth
 * middleware is another module's; here a test names its caller in a header, which only this
 * test app reads.
 */
import { Hono } from 'hono';
import type { AppVariables, Caller } from '../../auth/auth-context.ts';
import type { GuichetDatabase } from '../../db/database.ts';
import type { DirectorySource } from '../../directory-source.ts';
import type { Notifier } from '../../referrals/notifier.ts';
import { referralRoutes } from './referral-routes.ts';

export interface TestApi {
  request(method: string, path: string, options?: { caller?: Caller; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
}

export function createTestApi(database: GuichetDatabase, directory: DirectorySource, notifier: Notifier): TestApi {
  const callers = new Map<string, Caller>();
  const app = new Hono<{ Variables: AppVariables }>();
  app.use('*', async (c, next) => {
    const caller = callers.get(c.req.header('X-Test-Caller') ?? '');
    if (caller) c.set('caller', caller);
    await next();
  });
  app.route('/api', referralRoutes({ database, directory, notifier, publicUrl: 'https://guichet.example.org' }));

  return {
    request(method, path, { caller, body, headers = {} } = {}) {
      if (caller) callers.set(caller.userId, caller);
      const init: RequestInit = { method, headers: { ...(caller && { 'X-Test-Caller': caller.userId }), ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        init.headers = { 'Content-Type': 'application/json', ...init.headers };
      }
      return Promise.resolve(app.request(path, init));
    },
  };
}
