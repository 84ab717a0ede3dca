/**
 * The referral API, mounted by the server under /api: the newcomer's routes (no account) and
 * the provider inbox (staff, through the caller the auth middleware puts on the context).
 */
import { Hono } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import type { GuichetDatabase } from '../../db/database.ts';
import { committerFor } from '../../db/group-commit.ts';
import type { DirectorySource } from '../../directory-source.ts';
import { intakeDigest } from '../../referrals/intake-digest.ts';
import type { Notifier } from '../../referrals/notifier.ts';
import { inboxRoutes } from './inbox-routes.ts';
import { newcomerRoutes } from './newcomer-routes.ts';
import { limitBodySize } from '../../security/body-size-limit.ts';
import { setOnResponse } from '../../security/response-headers.ts';
import { answerError, MAX_BODY_BYTES } from './referral-http.ts';

export interface ReferralRouteOptions {
  database: GuichetDatabase;
  directory: DirectorySource;
  notifier: Notifier;
  /** Where people reach the app, for links in e-mails: `https://guichet.example.org`. */
  publicUrl: string;
  now?: () => Date;
}

export function referralRoutes({ database, directory, notifier, publicUrl, now = () => new Date() }: ReferralRouteOptions): Hono<{ Variables: AppVariables }> {
  const deps = { db: database.db, committer: committerFor(database), directory, notifier, intakeNotices: intakeDigest({ notifier, publicUrl }), publicUrl, now };
  const app = new Hono<{ Variables: AppVariables }>();

  // Only on this API's own paths ('/x/*' covers '/x'): mounted under /api, a '*' here would reach every other API route.
  for (const path of ['/referrals/*', '/inbox/*']) {
    app.use(path, async (c, next) => {
      await next();
      // Answers carry personal details or a status page's contents: no cache may keep them.
      setOnResponse(c, { 'Cache-Control': 'no-store' });
    });
    app.use(path, limitBodySize({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'The request is too large.' }, 413) }));
  }

  app.route('/', newcomerRoutes(deps));
  app.route('/', inboxRoutes(deps));
  app.onError(answerError);
  return app;
}
